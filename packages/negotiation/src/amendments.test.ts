import { clauseHash } from '@accord/statement';
import { describe, expect, it } from 'vitest';
import {
  type Amendment,
  competing,
  decideProposal,
  decideTransition,
  MAX_AMENDMENT_LENGTH,
  revokeAcceptance,
  supersede,
} from './amendments';
import type { NegotiationActor } from './types';

const fr: NegotiationActor = { sub: 'fr-1', name: 'Claire', delegation: 'FR', role: 'drafter' };
const de: NegotiationActor = { sub: 'de-1', name: 'Dirk', delegation: 'DE', role: 'drafter' };
const uk: NegotiationActor = { sub: 'uk-1', name: 'Una', delegation: 'UK', role: 'penholder' };
const obs: NegotiationActor = { sub: 'o-1', name: 'Olaf', delegation: 'FR', role: 'observer' };
const text = 'The allies condemn the attack.';
const clause = { id: 'c1', text, hash: clauseHash(text) };
const at = '2026-12-01T09:00:00.000Z';

const propose = (
  actor = fr,
  request: Partial<Parameters<typeof decideProposal>[0]['request']> = {},
  extra = {},
) =>
  decideProposal({
    actor,
    clause,
    request: { text: 'The allies  strongly condemn the attack.', hash: clause.hash, ...request },
    id: 'a1',
    at,
    ...extra,
  });

const open = (): Amendment => {
  const r = propose();
  if (!r.ok) throw new Error(r.message);
  return r.amendment;
};

describe('amendments', () => {
  it('NG6: a drafter proposes against the current hash; it starts open and is audited', () => {
    const r = propose(fr, { note: ' softer ' });
    expect(r).toMatchObject({
      ok: true,
      amendment: {
        id: 'a1',
        clauseId: 'c1',
        by: { delegation: 'FR', name: 'Claire' },
        baseHash: clause.hash,
        baseText: text,
        text: 'The allies strongly condemn the attack.',
        note: 'softer',
        status: 'open',
      },
      audit: { kind: 'amendment-proposed', clauseId: 'c1', hash: clause.hash, note: 'softer' },
    });
  });

  it('NG1: observers cannot propose', () => {
    expect(propose(obs)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('NG7: empty, over-long, unchanged texts and long notes are refused', () => {
    expect(propose(fr, { text: '   ' })).toMatchObject({ code: 'invalid_request' });
    expect(propose(fr, { text: 'x'.repeat(MAX_AMENDMENT_LENGTH + 1) })).toMatchObject({
      code: 'invalid_request',
    });
    expect(propose(fr, { text: ` ${text}  ` })).toMatchObject({ code: 'invalid_request' });
    expect(propose(fr, { note: 'n'.repeat(2001) })).toMatchObject({ code: 'invalid_request' });
  });

  it('NG8: a stale hash is refused', () => {
    expect(propose(fr, { hash: clauseHash('older text') })).toMatchObject({ code: 'stale_hash' });
  });

  it('NG9: competing amendments stand together, oldest first', () => {
    const a = { ...open(), id: 'x', at: '2' };
    const b = { ...open(), id: 'y', at: '1', by: { delegation: 'DE', name: 'Dirk' } };
    const c = { ...open(), id: 'z', status: 'withdrawn' as const };
    expect(competing([a, b, c], 'c1').map((x) => x.id)).toEqual(['y', 'x']);
  });

  it('NG10: a rebase names a superseded amendment of the same delegation', () => {
    const superseded = { ...open(), id: 'old', status: 'superseded' as const };
    expect(propose(fr, { rebaseOf: 'old' }, { rebased: superseded })).toMatchObject({
      ok: true,
      amendment: { rebaseOf: 'old', status: 'open' },
    });
    expect(propose(de, { rebaseOf: 'old' }, { rebased: superseded })).toMatchObject({ code: 'forbidden' });
    expect(propose(fr, { rebaseOf: 'old' }, { rebased: { ...superseded, status: 'open' } })).toMatchObject({
      code: 'conflict',
    });
    expect(propose(fr, { rebaseOf: 'gone' })).toMatchObject({ code: 'not_found' });
  });

  it('NG11: only the penholder accepts, while the clause reads as at the base hash', () => {
    const a = open();
    expect(
      decideTransition({ actor: fr, amendment: a, action: 'accept', currentHash: clause.hash, at }),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect(
      decideTransition({ actor: uk, amendment: a, action: 'accept', currentHash: 'other', at }),
    ).toMatchObject({
      code: 'stale_hash',
    });
    expect(
      decideTransition({ actor: uk, amendment: a, action: 'accept', currentHash: clause.hash, at }),
    ).toMatchObject({
      ok: true,
      amendment: { status: 'accepted', decision: { by: { delegation: 'UK', name: 'Una' }, at } },
      audit: { kind: 'amendment-accepted', party: 'FR', data: { amendmentId: 'a1' } },
    });
  });

  it('NG11: rejection is the penholder’s and needs a note', () => {
    const a = open();
    expect(
      decideTransition({ actor: uk, amendment: a, action: 'reject', currentHash: clause.hash, at }),
    ).toMatchObject({
      code: 'invalid_request',
    });
    expect(
      decideTransition({
        actor: de,
        amendment: a,
        action: 'reject',
        note: 'no',
        currentHash: clause.hash,
        at,
      }),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      decideTransition({
        actor: uk,
        amendment: a,
        action: 'reject',
        note: 'too strong',
        currentHash: clause.hash,
        at,
      }),
    ).toMatchObject({ ok: true, amendment: { status: 'rejected', decision: { note: 'too strong' } } });
  });

  it('NG12: only the proposing delegation withdraws', () => {
    const a = open();
    expect(
      decideTransition({ actor: de, amendment: a, action: 'withdraw', currentHash: 'x', at }),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect(
      decideTransition({ actor: uk, amendment: a, action: 'withdraw', currentHash: 'x', at }),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect(
      decideTransition({ actor: fr, amendment: a, action: 'withdraw', currentHash: 'x', at }),
    ).toMatchObject({
      ok: true,
      amendment: { status: 'withdrawn' },
      audit: { kind: 'amendment-withdrawn' },
    });
  });

  it('NG13: only an open amendment moves', () => {
    for (const status of ['accepted', 'rejected', 'withdrawn', 'superseded'] as const) {
      const a = { ...open(), status };
      expect(
        decideTransition({ actor: fr, amendment: a, action: 'withdraw', currentHash: clause.hash, at }),
      ).toMatchObject({
        code: 'conflict',
      });
      expect(
        decideTransition({ actor: uk, amendment: a, action: 'accept', currentHash: clause.hash, at }),
      ).toMatchObject({
        code: 'conflict',
      });
    }
    expect(
      decideTransition({ actor: uk, amendment: undefined, action: 'accept', currentHash: 'x', at }),
    ).toMatchObject({
      code: 'not_found',
    });
  });

  it('NG14: open amendments whose clause changed or went are superseded, the rest untouched', () => {
    const a = open();
    const b = { ...open(), id: 'a2', clauseId: 'c2' };
    const c = { ...open(), id: 'a3', status: 'withdrawn' as const, baseHash: 'old' };
    const d = { ...open(), id: 'a4', clauseId: 'c3' };
    const out = supersede([a, b, c, d], [clause, { id: 'c2', hash: 'changed' }], at);
    expect(out.map((o) => o.amendment.id)).toEqual(['a2', 'a4']);
    expect(out[0]).toMatchObject({
      amendment: { status: 'superseded' },
      audit: { kind: 'amendment-superseded', data: { amendmentId: 'a2', currentHash: 'changed' } },
    });
    expect(out[1]?.audit.data).toMatchObject({ clauseDeleted: true });
  });

  it('NG14: an amendment whose text the clause now reads is not superseded (it is being accepted)', () => {
    const a = open();
    expect(supersede([a], [{ id: 'c1', hash: clauseHash(a.text) }], at)).toEqual([]);
  });

  it('NG18: an acceptance the text could not take is undone as superseded, with the reason', () => {
    const accepted = { ...open(), status: 'accepted' as const };
    expect(revokeAcceptance(accepted, 'an edit landed first', at)).toMatchObject({
      amendment: {
        status: 'superseded',
        decision: { by: { delegation: 'ALL' }, note: 'an edit landed first' },
      },
      audit: { kind: 'amendment-superseded', note: 'an edit landed first', data: { acceptanceUndone: true } },
    });
    expect(revokeAcceptance(open(), 'x', at)).toBeUndefined();
    expect(revokeAcceptance(undefined, 'x', at)).toBeUndefined();
  });
});
