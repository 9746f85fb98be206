import { clauseHash } from '@accord/statement';
import { describe, expect, it } from 'vitest';
import { compareClauses } from './compare';

const c = (id: string, text: string) => ({ id, text, hash: clauseHash(text) });

describe('version comparison', () => {
  it('HI7: added, deleted, changed and same clauses, in the new order with deletions in place', () => {
    const from = [c('a', 'Alpha.'), c('b', 'Bravo.'), c('c', 'Charlie.')];
    const to = [c('a', 'Alpha.'), c('c', 'Charlie two.'), c('d', 'Delta.')];
    const result = compareClauses(from, to);
    expect(result.map((r) => [r.id, r.change])).toEqual([
      ['a', 'same'],
      ['b', 'deleted'],
      ['c', 'changed'],
      ['d', 'added'],
    ]);
    expect(result[0]!.ops).toBeUndefined();
    expect(result[1]!.ops).toEqual([{ op: 'delete', text: 'Bravo.' }]);
    expect(result[2]!.ops).toEqual([
      { op: 'equal', text: 'Charlie' },
      { op: 'insert', text: ' two' },
      { op: 'equal', text: '.' },
    ]);
    expect(result[3]!.ops).toEqual([{ op: 'insert', text: 'Delta.' }]);
  });

  it('HI8: a clause taken out of the common order is moved, the others are not', () => {
    const from = [c('a', 'A'), c('b', 'B'), c('c', 'C'), c('d', 'D')];
    const to = [c('a', 'A'), c('c', 'C'), c('d', 'D'), c('b', 'B')];
    const result = compareClauses(from, to);
    expect(result.filter((r) => r.moved).map((r) => r.id)).toEqual(['b']);
    expect(result.every((r) => r.change === 'same')).toBe(true);
  });

  it('HI7: a deleted first clause comes first', () => {
    const result = compareClauses([c('x', 'X'), c('a', 'A')], [c('a', 'A')]);
    expect(result.map((r) => r.id)).toEqual(['x', 'a']);
  });
});
