import type { DocStateEvent } from '@accord/protocol';
import { describe, expect, it } from 'vitest';
import { boardRows, groupBlockers } from './board-rows';

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

  it('reuses the row of a clause object it has seen, and builds a new one for a changed clause (#18)', () => {
    const asIs = (iso: string) => iso;
    const first = boardRows(state, asIs);
    const edited = { ...state.clauses[1]!, text: 'Second clause, edited.' };
    const next: DocStateEvent = { ...state, clauses: [state.clauses[0]!, edited] };
    const second = boardRows(next, asIs);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.excerpt).toBe('Second clause, edited.');
    expect(boardRows({ ...next, parties: ['FR'] }, asIs)[0]?.chips).toHaveLength(1);
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

describe('groupBlockers', () => {
  const blocked: DocStateEvent = {
    ...state,
    blockers: [
      { clauseId: 'b', index: 1, party: 'UK', reason: 'pending' },
      { clauseId: 'a', index: 0, party: 'UK', reason: 'pending' },
      { clauseId: 'b', index: 1, reason: 'bracket' },
      { clauseId: 'b', index: 1, party: 'FR', reason: 'stale' },
      { clauseId: 'b', index: 1, party: 'DE', reason: 'objection', note: 'too strong' },
    ],
  };

  it('groups blockers per clause, numbered as in the editor, worst reasons first', () => {
    const groups = groupBlockers(blocked);
    expect(groups.map((g) => g.number)).toEqual([1, 2]);
    expect(groups[1]!.items.map((i) => [i.reason, i.parties])).toEqual([
      ['objection', ['DE']],
      ['bracket', []],
      ['stale', ['FR']],
      ['pending', ['UK']],
    ]);
    expect(groups[1]!.items[0]!.notes).toEqual(['DE: too strong']);
  });

  it('gives the same groups for the same blockers and numbering, new ones when either changes (#18)', () => {
    const groups = groupBlockers(blocked);
    // A resent state where only a text changed: the blockers array and the numbering are the same.
    const edited: DocStateEvent = {
      ...blocked,
      clauses: blocked.clauses.map((c) => (c.id === 'a' ? { ...c, text: 'First clause, edited.' } : c)),
    };
    expect(groupBlockers(edited)).toBe(groups);
    const renumbered: DocStateEvent = { ...edited, clauses: [...edited.clauses].reverse() };
    renumbered.clauses = renumbered.clauses.map((c, i) => ({ ...c, index: i + 1 }));
    expect(groupBlockers(renumbered).map((g) => [g.clauseId, g.number])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    const fewer: DocStateEvent = { ...edited, blockers: blocked.blockers.slice(1) };
    expect(groupBlockers(fewer)[0]!.items.map((i) => i.parties)).toEqual([['UK']]);
    expect(groupBlockers(edited, 'FR').map((g) => g.clauseId)).toEqual(['b']);
  });

  it('keeps only my delegation’s items (and clause-wide ones) when filtered', () => {
    const groups = groupBlockers(blocked, 'FR');
    expect(groups.map((g) => g.clauseId)).toEqual(['b']);
    expect(groups[0]!.items.map((i) => i.reason)).toEqual(['bracket', 'stale']);
  });
});
