import { describe, expect, it } from 'vitest';
import { attributedDiff } from './attribution';
import { revisionOf } from './revisions';
import { fromText, toText } from './word-diff';

const UK = { delegation: 'UK', name: 'Alice' };
const FR = { delegation: 'FR', name: 'Camille' };
const DE = { delegation: 'DE', name: 'Jonas' };
const at = '2026-01-01T10:00:00.000Z';

describe('attributed diff', () => {
  it('HI6: each insertion is marked with whoever typed it, across several revisions', () => {
    const chain = [
      revisionOf('The allies condemn the attack.', at, [UK]),
      revisionOf('The allies firmly condemn the attack.', at, [FR]),
      revisionOf('The allies firmly condemn the cyber attack.', at, [DE]),
    ];
    const ops = attributedDiff(chain);
    expect(toText(ops)).toBe('The allies firmly condemn the cyber attack.');
    expect(fromText(ops)).toBe('The allies condemn the attack.');
    expect(ops.filter((o) => o.op === 'insert')).toEqual([
      { op: 'insert', text: 'firmly ', by: [FR] },
      { op: 'insert', text: 'cyber ', by: [DE] },
    ]);
  });

  it('HI6: a deletion is marked with whoever removed the words', () => {
    const ops = attributedDiff([
      revisionOf('We strongly condemn Russia.', at, [UK]),
      revisionOf('We condemn Russia.', at, [FR]),
    ]);
    expect(ops.find((o) => o.op === 'delete')).toEqual({ op: 'delete', text: 'strongly ', by: [FR] });
  });

  it('HI6: words inserted and then removed again leave no trace', () => {
    const ops = attributedDiff([
      revisionOf('a b', at, [UK]),
      revisionOf('a x b', at, [FR]),
      revisionOf('a b', at, [DE]),
    ]);
    expect(ops).toEqual([{ op: 'equal', text: 'a b' }]);
  });

  it('HI6: on a seeded random chain of edits the attributed ops still rebuild both ends', () => {
    let seed = 42;
    const r = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const words = ['alpha', 'beta', 'gamma', ',', 'delta', '.'];
    let text = 'alpha beta gamma delta.';
    const chain = [revisionOf(text, at, [UK])];
    for (let k = 0; k < 60; k++) {
      const parts = text.split(' ');
      const i = Math.floor(r() * (parts.length + 1));
      if (r() < 0.6) parts.splice(i, 0, words[Math.floor(r() * words.length)]!);
      else parts.splice(i, 1);
      text = parts.join(' ');
      chain.push(revisionOf(text, at, [[UK, FR, DE][k % 3]!]));
    }
    const ops = attributedDiff(chain);
    expect(fromText(ops)).toBe(chain[0]!.text);
    expect(toText(ops)).toBe(revisionOf(text, at).text.replace(/\s+/g, ' ').trim());
    for (const o of ops) if (o.op === 'insert') expect(o.by!.length).toBeGreaterThan(0);
  });
});
