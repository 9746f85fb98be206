import { describe, expect, it } from 'vitest';
import type { ApprovalRecord } from './approval-state';
import { clauseDeletionAudit, splitByLiveClauses } from './clause-deletion';

const H1 = '1'.repeat(64);
const base = { by: 'Someone', sub: 's', at: '2025-03-01T10:00:00.000Z', hash: H1 };
const approvals: ApprovalRecord[] = [
  { ...base, clauseId: 'c1', party: 'FR', state: 'approved' },
  { ...base, clauseId: 'c2', party: 'FR', state: 'objection', note: 'drop it', by: 'Claire' },
  { ...base, clauseId: 'c2', party: 'US', state: 'reserve' },
];
const deleter = { sub: 'u-pen', name: 'Pat', delegation: 'US' };

describe('clause deletion', () => {
  it('AP9: approvals of a deleted clause leave the document, those of the others stay', () => {
    const { kept, orphaned } = splitByLiveClauses(approvals, ['c1']);
    expect(kept.map((r) => r.clauseId)).toEqual(['c1']);
    expect(orphaned.map((r) => [r.clauseId, r.party])).toEqual([
      ['c2', 'FR'],
      ['c2', 'US'],
    ]);
  });

  it('AP9: the clause-deleted audit entry carries the approvals the clause held', () => {
    expect(clauseDeletionAudit({ actor: deleter, clauseId: 'c2', hash: H1, approvals })).toEqual({
      kind: 'clause-deleted',
      actor: deleter,
      clauseId: 'c2',
      hash: H1,
      data: {
        approvals: 2,
        'FR.state': 'objection',
        'FR.by': 'Claire',
        'FR.at': base.at,
        'FR.hash': H1,
        'FR.note': 'drop it',
        'US.state': 'reserve',
        'US.by': 'Someone',
        'US.at': base.at,
        'US.hash': H1,
      },
    });
  });

  it('AP9: a clause without approvals is still audited when deleted', () => {
    expect(clauseDeletionAudit({ actor: deleter, clauseId: 'c9', approvals })).toEqual({
      kind: 'clause-deleted',
      actor: deleter,
      clauseId: 'c9',
      data: { approvals: 0 },
    });
  });
});
