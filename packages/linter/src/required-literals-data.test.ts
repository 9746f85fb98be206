import { describe, expect, it } from 'vitest';
import { bundledRequiredLiterals } from '../scripts/generate-required-literals';
import { compileRule, deferredExpressions, derivedGates } from './compile-rules';
import { defaultPolicies } from './defaults';
import { fastWordBoundaries } from './regex-boundaries';
import {
  gatedAlternatives,
  requiredLiterals,
  requiredLiteralsOfAny,
  shippedRows,
  withoutShippedTable,
} from './required-literals';

/** Every analysis the bundled rules ask for, as its three answers (what compileRule reads). */
function answers(): string {
  const out: unknown[] = [];
  for (const row of shippedRows()) {
    const [flags, source] = row;
    out.push([flags, source, requiredLiterals(source, flags), gatedAlternatives(source, flags)]);
  }
  for (const rule of defaultPolicies().flatMap((p) => p.rules)) out.push([rule.id, derivedGates(rule)]);
  return JSON.stringify(out);
}

describe('the shipped required literals of the bundled policies (LT104)', () => {
  it('LT104: the shipped table is what the parser derives now from the bundled policies (run `pnpm --filter @accord/linter generate`)', () => {
    // a row too many, one missing or one derived differently: the table is stale (or was edited by hand)
    expect(JSON.stringify(bundledRequiredLiterals())).toBe(JSON.stringify(shippedRows()));
  });

  it('LT104: every answer read from the table equals the one the parser gives (gates, alternatives, any-of sets)', () => {
    const fromTable = answers();
    const parsed = withoutShippedTable(answers);
    expect(fromTable).toBe(parsed);
    // any-of sets over several expressions come from each one's exact strings and best set
    const sets = defaultPolicies()
      .flatMap((p) => p.rules)
      .flatMap((r) =>
        r.kind === 'conditional' ? [r.flag, r.when] : r.kind === 'existence' ? [r.tokens] : [],
      )
      .filter((ps) => ps.length > 1)
      .map((ps) => [ps.map(fastWordBoundaries), ps.map(fastWordBoundaries).reverse()]);
    expect(sets.length).toBeGreaterThan(40);
    const anyOf = () => JSON.stringify(sets.map((s) => s.map((ps) => requiredLiteralsOfAny(ps, 'iu'))));
    expect(anyOf()).toBe(withoutShippedTable(anyOf));
  });

  it('LT104: a pattern not in the table (a changed one, or a policy of its own) is parsed at run time', () => {
    const source = 'a\\s+newly\\s+written\\s+pattern|another (?:spelling|wording)';
    expect(shippedRows().some(([, s]) => s === source)).toBe(false);
    expect(requiredLiterals(source, 'iu')).toEqual(['another spelling|another wording|written']);
    // the table's rows are keyed by source and flags: the same source under other flags is another expression
    const [flags, shipped] = shippedRows()[0]!;
    const other = flags === 'iu' ? 'u' : 'iu';
    expect(requiredLiterals(shipped, other)).toEqual(
      withoutShippedTable(() => requiredLiterals(shipped, other)),
    );
  });

  it('LT104: every expression a bundled rule defers compiles (compileRule no longer compiles them)', () => {
    for (const rule of defaultPolicies().flatMap((p) => p.rules)) compileRule(rule);
    const all = deferredExpressions();
    expect(all.length).toBeGreaterThan(200);
    for (const { source, flags } of all) expect(() => new RegExp(source, flags)).not.toThrow();
  });
});
