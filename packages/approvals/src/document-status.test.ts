import { describe, expect, it } from 'vitest';
import type { ApprovalRecord, ApprovalState, ClauseFacts } from './approval-state';
import { documentStatus } from './document-status';

const H = (n: number) => String(n).repeat(64);
const parties = ['FR', 'US'];
const clauses: ClauseFacts[] = [
  { id: 'c1', hash: H(1), bracketed: false },
  { id: 'c2', hash: H(2), bracketed: false },
];

function approval(
  clauseId: string,
  party: string,
  hash: string,
  state: ApprovalState = 'approved',
  note?: string,
) {
  const record: ApprovalRecord = {
    clauseId,
    party,
    state,
    by: `${party} drafter`,
    sub: party,
    at: '2025-03-01T10:00:00Z',
    hash,
  };
  if (note) record.note = note;
  return record;
}

const allApproved = [
  approval('c1', 'FR', H(1)),
  approval('c1', 'US', H(1)),
  approval('c2', 'FR', H(2)),
  approval('c2', 'US', H(2)),
];

describe('documentStatus', () => {
  it('AP11: agreed when every party approved every clause on its current text', () => {
    expect(documentStatus({ parties, clauses, approvals: allApproved })).toEqual({
      status: 'agreed',
      parties: {
        FR: { approved: 2, pending: 0, stale: 0, objection: 0, reserve: 0 },
        US: { approved: 2, pending: 0, stale: 0, objection: 0, reserve: 0 },
      },
      blockers: [],
    });
  });

  it('AP11: one missing approval keeps the document drafting and names the clause and party', () => {
    const status = documentStatus({ parties, clauses, approvals: allApproved.slice(0, 3) });
    expect(status.status).toBe('drafting');
    expect(status.blockers).toEqual([{ clauseId: 'c2', index: 2, party: 'US', reason: 'pending' }]);
    expect(status.parties.US).toEqual({ approved: 1, pending: 1, stale: 0, objection: 0, reserve: 0 });
  });

  it('AP11: a changed clause text makes its approvals stale and the document drafting', () => {
    const edited = [clauses[0]!, { id: 'c2', hash: H(3), bracketed: false }];
    const status = documentStatus({ parties, clauses: edited, approvals: allApproved });
    expect(status.status).toBe('drafting');
    expect(status.blockers).toEqual([
      { clauseId: 'c2', index: 2, party: 'FR', reason: 'stale' },
      { clauseId: 'c2', index: 2, party: 'US', reason: 'stale' },
    ]);
    expect(status.parties.FR).toEqual({ approved: 1, pending: 0, stale: 1, objection: 0, reserve: 0 });
  });

  it('AP11: a standing bracket blocks agreement even if everything else is approved', () => {
    const bracketed = [clauses[0]!, { ...clauses[1]!, bracketed: true }];
    const status = documentStatus({ parties, clauses: bracketed, approvals: allApproved });
    expect(status.status).toBe('drafting');
    expect(status.blockers).toEqual([{ clauseId: 'c2', index: 2, reason: 'bracket' }]);
  });

  it('AP11: a document without clauses is never agreed', () => {
    const status = documentStatus({ parties, clauses: [], approvals: [] });
    expect(status.status).toBe('drafting');
    expect(status.blockers).toEqual([{ clauseId: '', index: 0, reason: 'no_clauses' }]);
  });

  it('AP11: a document without parties is never agreed', () => {
    const status = documentStatus({ parties: [], clauses, approvals: allApproved });
    expect(status).toEqual({
      status: 'drafting',
      parties: {},
      blockers: [{ clauseId: '', index: 0, reason: 'no_parties' }],
    });
  });

  it('AP11: ignores approvals of removed parties and deleted clauses', () => {
    const withExtras = [
      ...allApproved,
      approval('c1', 'UK', H(1), 'objection', 'no'),
      approval('gone', 'FR', H(9)),
    ];
    const status = documentStatus({ parties, clauses, approvals: withExtras });
    expect(status.status).toBe('agreed');
    expect(Object.keys(status.parties)).toEqual(['FR', 'US']);
  });

  it('AP11: removing the only objecting party lets the document be agreed', () => {
    const approvals = [...allApproved, approval('c1', 'UK', H(1), 'objection', 'no')];
    expect(documentStatus({ parties: [...parties, 'UK'], clauses, approvals }).status).toBe('drafting');
    expect(documentStatus({ parties, clauses, approvals }).status).toBe('agreed');
  });

  it('AP12: every clause falls in exactly one bucket per party', () => {
    const four: ClauseFacts[] = [1, 2, 3, 4, 5].map((n) => ({ id: `c${n}`, hash: H(n), bracketed: false }));
    const approvals = [
      approval('c1', 'FR', H(1)),
      approval('c2', 'FR', H(2), 'objection', 'strike "Moscow"'),
      approval('c3', 'FR', H(3), 'reserve'),
      approval('c4', 'FR', H(9)),
      approval('c5', 'FR', H(5), 'pending'),
    ];
    const { parties: summary } = documentStatus({ parties: ['FR'], clauses: four, approvals });
    expect(summary.FR).toEqual({ approved: 1, pending: 1, stale: 1, objection: 1, reserve: 1 });
  });

  it('AP13: lists blockers in document order, bracket first, parties in order, with notes', () => {
    const three: ClauseFacts[] = [
      { id: 'b', hash: H(1), bracketed: true },
      { id: 'a', hash: H(2), bracketed: false },
      { id: 'c', hash: H(3), bracketed: false },
    ];
    const approvals = [
      approval('b', 'FR', H(1), 'objection', 'brackets stay'),
      approval('b', 'US', H(1), 'reserve', 'capital to confirm'),
      approval('a', 'FR', H(2)),
      approval('a', 'US', H(2)),
      approval('c', 'FR', H(3)),
    ];
    expect(documentStatus({ parties, clauses: three, approvals }).blockers).toEqual([
      { clauseId: 'b', index: 1, reason: 'bracket' },
      { clauseId: 'b', index: 1, party: 'FR', reason: 'objection', note: 'brackets stay' },
      { clauseId: 'b', index: 1, party: 'US', reason: 'reserve', note: 'capital to confirm' },
      { clauseId: 'c', index: 3, party: 'US', reason: 'pending' },
    ]);
  });

  it('AP9: a moved clause keeps its approvals', () => {
    const moved = [clauses[1]!, clauses[0]!];
    const status = documentStatus({ parties, clauses: moved, approvals: allApproved });
    expect(status.status).toBe('agreed');
  });

  it('AP8: the latest record of a party counts for the status', () => {
    const withdrawn = [
      ...allApproved,
      { ...approval('c1', 'US', H(1), 'pending'), at: '2025-03-01T12:00:00Z' },
    ];
    const status = documentStatus({ parties, clauses, approvals: withdrawn });
    expect(status.blockers).toEqual([{ clauseId: 'c1', index: 1, party: 'US', reason: 'pending' }]);
  });
});
