import type { DocStateEvent } from '@accord/protocol';
import { describe, expect, it } from 'vitest';
import { boardRows } from './board-rows';

const state: DocStateEvent = {
  type: 'state',
  docId: 'd',
  parties: ['FR', 'UK'],
  status: 'drafting',
  summary: {},
  blockers: [],
  suppressions: [],
  clauses: [
    {
      id: 'a',
      index: 1,
      text: 'First clause.',
      hash: 'h1',
      bracketed: false,
      approvals: { FR: { state: 'approved', stale: false }, UK: { state: 'pending', stale: false } },
    },
    {
      id: 'b',
      index: 2,
      text: 'Second clause, which is long enough that the board has to shorten it for the matrix.',
      hash: 'h2',
      bracketed: true,
      approvals: { FR: { state: 'pending', recordedState: 'approved', stale: true } },
    },
  ],
};

describe('boardRows', () => {
  it('has one chip per party for every clause, in party order', () => {
    const rows = boardRows(state, (s) => s);
    expect(rows.map((r) => r.chips.map((c) => `${c.party}:${c.kind}`))).toEqual([
      ['FR:approved', 'UK:pending'],
      ['FR:stale', 'UK:pending'],
    ]);
  });

  it('shortens long clause texts for the matrix', () => {
    const rows = boardRows(state, (s) => s);
    expect(rows[1]!.excerpt.length).toBeLessThanOrEqual(60);
    expect(rows[1]!.excerpt.endsWith('…')).toBe(true);
  });

  it('filters to the clauses awaiting my delegation, counting stale approvals as pending', () => {
    expect(boardRows(state, (s) => s, 'FR').map((r) => r.clauseId)).toEqual(['b']);
    expect(boardRows(state, (s) => s, 'UK').map((r) => r.clauseId)).toEqual(['a', 'b']);
  });
});
