import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPolicies } from '../../packages/linter/src/index';
import { derivedGates, mustWords } from './linter-gates';

const words = (p: string) => [...(mustWords(p) ?? [])].sort();

describe('gate words derived from a pattern (LT51, test/bench/linter-gates.ts)', () => {
  it('LT51: a word every match must contain, the most selective one known', () => {
    expect(words('hack[\\s-]?backs?')).toEqual(['hack']);
    expect(words('(?:mirror|counter)\\s+(?:attacks?|strikes?)')).toEqual(['counter', 'mirror']);
    expect(words('\\bno\\s+(?:plans?|intention)\\b')).toEqual(['intention', 'plan', 'plans']);
    expect(words('TLP\\s*:\\s*(?:RED|AMBER)')).toEqual(['TLP']);
  });

  it('LT51: nothing where a match may do without any word (optional parts, classes, lookarounds)', () => {
    expect(mustWords('(?:hack)?\\s+\\p{Lu}+')).toBeNull();
    expect(mustWords('[a-z]+\\d')).toBeNull();
    expect(mustWords('(?=secret)\\w+')).toBeNull();
    expect(mustWords('back|\\d+')).toBeNull();
  });

  it('LT51: a quantifier with nothing before it is refused, never read as a literal', () => {
    expect(() => mustWords('?x')).toThrow();
  });

  it('LT51: on the bundled rules, every match of every pattern on the first development set contains one of its words', () => {
    const texts = readFileSync(new URL('../../packages/linter/eval/dev.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
    let checked = 0;
    for (const policy of defaultPolicies())
      for (const rule of policy.rules) {
        const patterns =
          rule.kind === 'existence'
            ? rule.tokens
            : rule.kind === 'substitution'
              ? Object.keys(rule.swap)
              : rule.kind === 'conditional'
                ? [...rule.when, ...rule.and, ...rule.flag]
                : [];
        const fold = (s: string) => (rule.ignorecase ? s.toLowerCase() : s);
        for (const p of patterns) {
          const gate = mustWords(p);
          if (!gate) continue;
          const re = new RegExp(p, rule.ignorecase ? 'giu' : 'gu');
          for (const text of texts)
            for (const m of text.matchAll(re)) {
              if (m[0] === '') continue;
              checked++;
              expect(
                [...gate].some((w) => fold(m[0]).includes(fold(w))),
                `${rule.id}: /${p}/ matched "${m[0]}"`,
              ).toBe(true);
            }
        }
      }
    expect(checked).toBeGreaterThan(500);
  });

  it("LT51: every bundled gate is implied by its rule's patterns (derive it again with test/bench/linter-gates.ts after editing the rule)", () => {
    let gates = 0;
    for (const policy of defaultPolicies())
      for (const rule of policy.rules) {
        if (!('requires' in rule) || !rule.requires) continue;
        const fold = (s: string) => (rule.ignorecase ? s.toLowerCase() : s);
        const derived = derivedGates(rule);
        for (const gate of rule.requires) {
          gates++;
          const words = gate.split('|').map(fold);
          // some derived gate whose every word contains a word of this gate: the gate lets through all it needs
          const implied = derived.some((d) =>
            [...d.words].every((w) => words.some((v) => fold(w).includes(v))),
          );
          expect(implied, `${policy.delegation}/${rule.id}: '${gate}'`).toBe(true);
        }
      }
    expect(gates).toBeGreaterThan(5);
  });
});
