import { normaliseClauseText } from '@accord/statement';
import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import { fromText, toText, wordDiff } from './word-diff';

/** A seeded generator (lib0's, as Yjs's own tests use), so a failing case can be replayed from its seed. */
function rng(seed: number): () => number {
  const gen = prng.create(seed);
  return () => gen.next();
}

const WORDS = [
  'the',
  'allies',
  'condemn',
  'Russia',
  'cyber-attack',
  'of',
  '12',
  'March',
  'État',
  'naïve',
  ',',
  '.',
  '—',
  'e\u0301',
];
const SPACES = [' ', '  ', '\n', '\t', ' \u00a0'];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++)
    s += WORDS[Math.floor(r() * WORDS.length)]! + SPACES[Math.floor(r() * SPACES.length)]!;
  return s;
}

/** Random inserts, deletes and replacements of character ranges, whitespace included. */
function randomEdit(r: () => number, text: string): string {
  let t = text;
  const edits = 1 + Math.floor(r() * 5);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (t.length + 1));
    const len = Math.floor(r() * 12);
    const kind = r();
    if (kind < 0.4) t = t.slice(0, at) + randomText(r, 1 + Math.floor(r() * 3)) + t.slice(at);
    else if (kind < 0.7) t = t.slice(0, at) + t.slice(at + len);
    else t = t.slice(0, at) + randomText(r, 1) + t.slice(at + len);
  }
  return t;
}

describe('word diff', () => {
  it('HI1: is word-granular: an inserted word is one insert between equal runs', () => {
    const ops = wordDiff('The allies condemn the attack', 'The allies strongly condemn the attack');
    expect(ops.filter((o) => o.op !== 'equal')).toEqual([{ op: 'insert', text: 'strongly ' }]);
    expect(ops.map((o) => o.op)).toEqual(['equal', 'insert', 'equal']);
  });

  it('HI1: a replaced word is a delete and an insert of whole words, not characters', () => {
    const ops = wordDiff('We condemn Russia.', 'We condemn Belarus.');
    expect(ops).toEqual([
      { op: 'equal', text: 'We condemn ' },
      { op: 'delete', text: 'Russia' },
      { op: 'insert', text: 'Belarus' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('HI1: equal texts are one equal op; whitespace-only differences vanish in the normalised form', () => {
    expect(wordDiff('a  b\n', ' a b')).toEqual([{ op: 'equal', text: 'a b' }]);
    expect(wordDiff('', '  ')).toEqual([]);
    expect(wordDiff('', 'new clause')).toEqual([{ op: 'insert', text: 'new clause' }]);
    expect(wordDiff('old clause', '')).toEqual([{ op: 'delete', text: 'old clause' }]);
  });

  it('HI2: on seeded random edits, equal+delete rebuild from and equal+insert rebuild to', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const r = rng(seed);
      const from = randomText(r, Math.floor(r() * 40));
      const to = randomEdit(r, from);
      const ops = wordDiff(from, to);
      expect(fromText(ops), `seed ${seed}`).toBe(normaliseClauseText(from));
      expect(toText(ops), `seed ${seed}`).toBe(normaliseClauseText(to));
      for (const [i, o] of ops.entries()) {
        expect(o.text.length, `seed ${seed}: empty op`).toBeGreaterThan(0);
        if (i > 0) expect(ops[i - 1]!.op, `seed ${seed}: unmerged ops`).not.toBe(o.op);
      }
    }
  });

  it('HI2: chains of random edits apply step by step to the final text', () => {
    const r = rng(20260101);
    let text = randomText(r, 30);
    for (let k = 0; k < 200; k++) {
      const next = randomEdit(r, text);
      expect(toText(wordDiff(text, next))).toBe(normaliseClauseText(next));
      text = next;
    }
  });
});
