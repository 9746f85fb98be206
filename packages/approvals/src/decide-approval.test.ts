import { describe, expect, it } from 'vitest';
import type { ApprovalRequest, ClauseFacts } from './approval-state';
import { approvalAudit, decideApproval } from './decide-approval';
import type { Actor } from './permissions';

const H1 = '1'.repeat(64);
const H2 = '2'.repeat(64);
const AT = '2025-03-01T10:00:00.000Z';
const claire: Actor = { sub: 'u-claire', name: 'Claire Martin', delegation: 'FR', role: 'drafter' };
const clause: ClauseFacts = { id: 'c1', hash: H1, bracketed: false };
const parties = ['FR', 'US', 'EU'];

function decide(
  overrides: { actor?: Actor; clause?: ClauseFacts | undefined; request?: ApprovalRequest } = {},
) {
  return decideApproval({
    actor: overrides.actor ?? claire,
    parties,
    clause: 'clause' in overrides ? overrides.clause : clause,
    request: overrides.request ?? { state: 'approved', hash: H1 },
    at: AT,
  });
}

describe('decideApproval', () => {
  it('AP6: records the actor delegation state on the hash it saw, with who and when', () => {
    expect(decide()).toEqual({
      ok: true,
      record: {
        clauseId: 'c1',
        party: 'FR',
        state: 'approved',
        by: 'Claire Martin',
        sub: 'u-claire',
        at: AT,
        hash: H1,
      },
    });
  });

  it('AP6: keeps the note and records an explicit pending', () => {
    const objection = decide({ request: { state: 'objection', hash: H1, note: 'no public attribution' } });
    expect(objection.ok && objection.record).toMatchObject({
      state: 'objection',
      note: 'no public attribution',
    });
    const pending = decide({ request: { state: 'pending', hash: H1 } });
    expect(pending.ok && pending.record.state).toBe('pending');
  });

  it('AP2: refuses observers with forbidden', () => {
    const result = decide({ actor: { ...claire, role: 'observer' } });
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('AP2: refuses a delegation that is not a party with not_a_party', () => {
    const result = decide({ actor: { ...claire, delegation: 'CA', role: 'penholder' } });
    expect(result).toMatchObject({ ok: false, code: 'not_a_party' });
  });

  it('AP2: a penholder sets its own delegation state like a drafter', () => {
    const result = decide({ actor: { ...claire, delegation: 'US', role: 'penholder' } });
    expect(result.ok && result.record.party).toBe('US');
  });

  it('AP3: refuses a clause the document does not hold', () => {
    expect(decide({ clause: undefined })).toMatchObject({ ok: false, code: 'no_such_clause' });
  });

  it('AP4: refuses a hash that is not the current one with stale_hash, whatever the state', () => {
    for (const request of [
      { state: 'approved', hash: H2 },
      { state: 'pending', hash: H2 },
      { state: 'objection', hash: H2, note: 'x' },
    ] as const) {
      expect(decide({ request })).toMatchObject({ ok: false, code: 'stale_hash' });
    }
  });

  it('AP5: refuses approved on a bracketed clause with clause_bracketed', () => {
    const bracketed = { ...clause, bracketed: true };
    expect(decide({ clause: bracketed })).toMatchObject({ ok: false, code: 'clause_bracketed' });
  });

  it('AP5: allows objection, reserve and pending on a bracketed clause', () => {
    const bracketed = { ...clause, bracketed: true };
    for (const request of [
      { state: 'objection', hash: H1, note: 'remove the brackets first' },
      { state: 'reserve', hash: H1 },
      { state: 'pending', hash: H1 },
    ] as const) {
      expect(decide({ clause: bracketed, request }).ok).toBe(true);
    }
  });

  it('AP15: turns a record into an approval audit entry with who, clause, hash, state, party and note', () => {
    const result = decide({ request: { state: 'objection', hash: H1, note: 'too strong' } });
    if (!result.ok) throw new Error(result.message);
    expect(approvalAudit(result.record)).toEqual({
      kind: 'approval',
      actor: { sub: 'u-claire', name: 'Claire Martin', delegation: 'FR' },
      clauseId: 'c1',
      hash: H1,
      state: 'objection',
      party: 'FR',
      note: 'too strong',
    });
  });
});
