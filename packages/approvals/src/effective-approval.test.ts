import { describe, expect, it } from 'vitest';
import type { ApprovalRecord } from './approval-state';
import { ApprovalIndex, effectiveApproval } from './effective-approval';

const H1 = '1'.repeat(64);
const H2 = '2'.repeat(64);

function record(overrides: Partial<ApprovalRecord> = {}): ApprovalRecord {
  return {
    clauseId: 'c1',
    party: 'FR',
    state: 'approved',
    by: 'Claire Martin',
    sub: 'u-claire',
    at: '2025-03-01T10:00:00.000Z',
    hash: H1,
    ...overrides,
  };
}

describe('effectiveApproval', () => {
  it('AP7: no record means pending and not stale', () => {
    expect(effectiveApproval(undefined, H1)).toEqual({ state: 'pending', stale: false });
  });

  it('AP7: a record on the current hash counts with its own state', () => {
    expect(effectiveApproval(record({ state: 'reserve', note: 'ad ref' }), H1)).toEqual({
      state: 'reserve',
      stale: false,
      by: 'Claire Martin',
      at: '2025-03-01T10:00:00.000Z',
      hash: H1,
      note: 'ad ref',
    });
  });

  it('AP7: goes stale when the clause text changes and then counts as pending', () => {
    const effective = effectiveApproval(record(), H2);
    expect(effective).toMatchObject({ state: 'pending', stale: true, recordedState: 'approved', hash: H1 });
  });

  it('AP7: a stale objection keeps its note but no longer counts as an objection', () => {
    const effective = effectiveApproval(record({ state: 'objection', note: 'too strong' }), H2);
    expect(effective).toMatchObject({
      state: 'pending',
      stale: true,
      recordedState: 'objection',
      note: 'too strong',
    });
  });
});

describe('ApprovalIndex', () => {
  it('AP8: the record with the latest time counts, whatever the list order', () => {
    const later = record({ state: 'objection', note: 'n', at: '2025-03-01T11:00:00.000Z' });
    const earlier = record({ state: 'approved', at: '2025-03-01T09:00:00.000Z' });
    expect(new ApprovalIndex([later, earlier]).get('c1', 'FR')).toBe(later);
    expect(new ApprovalIndex([earlier, later]).get('c1', 'FR')).toBe(later);
  });

  it('AP8: equal times fall back to list order, the later one winning', () => {
    const first = record({ state: 'approved' });
    const second = record({ state: 'reserve' });
    expect(new ApprovalIndex([first, second]).get('c1', 'FR')).toBe(second);
  });

  it('AP8: keeps clauses and parties apart', () => {
    const index = new ApprovalIndex([
      record(),
      record({ party: 'US', state: 'reserve' }),
      record({ clauseId: 'c2' }),
    ]);
    expect(index.get('c1', 'US')?.state).toBe('reserve');
    expect(index.get('c2', 'US')).toBeUndefined();
    expect(index.all()).toHaveLength(3);
  });
});
