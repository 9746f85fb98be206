import { describe, expect, it } from 'vitest';
import {
  canRegisterFinalExport,
  canSeeInvite,
  decideInvite,
  decideRedemption,
  decideRevoke,
  type InviteFacts,
  inviteStatus,
  removalObjection,
  sessionReach,
  sessionStanding,
} from './membership';
import type { Actor } from './permissions';

const NOW = Date.parse('2026-12-01T09:00:00Z');
const parties = ['UK', 'FR', 'US'];
const pen: Actor = { sub: 'p', name: 'Pen', delegation: 'UK', role: 'penholder' };
const frDrafter: Actor = { sub: 'd', name: 'Dra', delegation: 'FR', role: 'drafter' };
const frObserver: Actor = { sub: 'o', name: 'Obs', delegation: 'FR', role: 'observer' };

const invite = (over: Partial<InviteFacts> = {}): InviteFacts => ({
  id: 'i1',
  docId: 'doc',
  delegation: 'FR',
  role: 'drafter',
  uses: 1,
  used: 0,
  expiresAt: new Date(NOW + 3600_000).toISOString(),
  revokedAt: null,
  ...over,
});

describe('invites', () => {
  it('MB1: one use and three days by default, never more than seven days, audited with who', () => {
    const d = decideInvite({ actor: pen, parties, request: { delegation: 'FR', role: 'drafter' }, now: NOW });
    expect(d).toMatchObject({
      ok: true,
      invite: { delegation: 'FR', role: 'drafter', uses: 1, used: 0 },
      audit: { kind: 'invite-created', actor: { sub: 'p', name: 'Pen', delegation: 'UK' }, party: 'FR' },
    });
    if (!d.ok) throw new Error('refused');
    expect(Date.parse(d.invite.expiresAt) - NOW).toBe(3 * 86400_000);
    const long = decideInvite({
      actor: pen,
      parties,
      request: { delegation: 'FR', role: 'drafter', ttlSeconds: 30 * 86400, uses: 5 },
      now: NOW,
    });
    if (!long.ok) throw new Error('refused');
    expect(Date.parse(long.invite.expiresAt) - NOW).toBe(7 * 86400_000);
    expect(long.invite.uses).toBe(5);
  });

  it('MB1: non-parties and observers cannot invite; only parties can be invited', () => {
    const outsider: Actor = { ...pen, delegation: 'JP' };
    expect(
      decideInvite({ actor: outsider, parties, request: { delegation: 'JP', role: 'drafter' }, now: NOW }),
    ).toMatchObject({ ok: false, code: 'not_a_party' });
    expect(
      decideInvite({ actor: frObserver, parties, request: { delegation: 'FR', role: 'observer' }, now: NOW }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      decideInvite({ actor: pen, parties, request: { delegation: 'DE', role: 'drafter' }, now: NOW }),
    ).toMatchObject({ ok: false, code: 'no_such_party' });
  });

  it("MB2: only the penholder's own delegation may receive the role penholder", () => {
    expect(
      decideInvite({ actor: pen, parties, request: { delegation: 'FR', role: 'penholder' }, now: NOW }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      decideInvite({ actor: pen, parties, request: { delegation: 'UK', role: 'penholder' }, now: NOW }).ok,
    ).toBe(true);
    expect(
      decideInvite({ actor: frDrafter, parties, request: { delegation: 'FR', role: 'penholder' }, now: NOW }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('MB2: a drafter invites drafters and observers of its own delegation only', () => {
    for (const role of ['drafter', 'observer'] as const) {
      expect(
        decideInvite({ actor: frDrafter, parties, request: { delegation: 'FR', role }, now: NOW }).ok,
      ).toBe(true);
    }
    expect(
      decideInvite({ actor: frDrafter, parties, request: { delegation: 'US', role: 'drafter' }, now: NOW }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it("MB3: the penholder sees every invite, others their own delegation's", () => {
    expect(canSeeInvite(pen, invite())).toBe(true);
    expect(canSeeInvite(frObserver, invite())).toBe(true);
    expect(canSeeInvite({ ...frDrafter, delegation: 'US' }, invite())).toBe(false);
  });

  it("MB4: the penholder revokes any invite, a drafter its own delegation's, observers none", () => {
    expect(decideRevoke({ actor: pen, parties, invite: invite() })).toMatchObject({
      ok: true,
      changed: true,
      audit: { kind: 'invite-revoked', actor: { delegation: 'UK' }, party: 'FR' },
    });
    expect(decideRevoke({ actor: frDrafter, parties, invite: invite() }).ok).toBe(true);
    expect(
      decideRevoke({ actor: { ...frDrafter, delegation: 'US' }, parties, invite: invite() }),
    ).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(decideRevoke({ actor: frObserver, parties, invite: invite() })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(decideRevoke({ actor: pen, parties, invite: invite({ revokedAt: 'x' }) })).toMatchObject({
      ok: true,
      changed: false,
    });
  });
});

describe('redemption', () => {
  it('MB5: revoked, expired and used invites are refused with 401, 401 and 410', () => {
    expect(inviteStatus(invite(), NOW)).toBe('active');
    expect(decideRedemption({ invite: invite({ revokedAt: 'x' }), parties, now: NOW })).toMatchObject({
      ok: false,
      code: 'unauthenticated',
      message: expect.stringMatching(/revoked/),
    });
    expect(
      decideRedemption({ invite: invite({ expiresAt: new Date(NOW).toISOString() }), parties, now: NOW }),
    ).toMatchObject({ ok: false, code: 'unauthenticated', message: expect.stringMatching(/expired/) });
    expect(decideRedemption({ invite: invite({ used: 1 }), parties, now: NOW })).toMatchObject({
      ok: false,
      code: 'gone',
    });
    expect(decideRedemption({ invite: undefined, parties, now: NOW })).toMatchObject({
      ok: false,
      code: 'unauthenticated',
    });
  });

  it('MB5: an invite for a delegation that was removed is refused', () => {
    expect(decideRedemption({ invite: invite(), parties: ['UK'], now: NOW })).toMatchObject({
      ok: false,
      code: 'unauthenticated',
    });
  });

  it('MB6: a redeemed session expires a day later', () => {
    expect(decideRedemption({ invite: invite({ uses: 3, used: 2 }), parties, now: NOW })).toEqual({
      ok: true,
      exp: NOW / 1000 + 86400,
    });
  });
});

describe('sessions', () => {
  it('MB7: a session from an invite reaches its own document only and creates none', () => {
    const scoped = { delegation: 'FR', role: 'penholder' as const, doc: 'a' };
    expect(sessionReach(scoped, { docId: 'a' }).ok).toBe(true);
    expect(sessionReach(scoped, { docId: 'b' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(sessionReach(scoped, { create: true })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(sessionReach({ delegation: 'FR', role: 'penholder' }, { docId: 'b' }).ok).toBe(true);
    expect(sessionReach({ delegation: 'FR', role: 'penholder' }, { create: true }).ok).toBe(true);
  });

  it('MB8: observers cannot register a final export', () => {
    expect(canRegisterFinalExport({ role: 'observer' })).toBe(false);
    expect(canRegisterFinalExport({ role: 'drafter' })).toBe(true);
    expect(canRegisterFinalExport({ role: 'penholder' })).toBe(true);
  });

  it('MB9: a removed party ends as not_a_party, a revoked invite session as unauthenticated', () => {
    const s = { sub: 's1', delegation: 'FR', role: 'drafter' as const, doc: 'a' };
    expect(sessionStanding(s, { parties, revokedSubs: new Set() })).toBeNull();
    expect(sessionStanding(s, { parties: ['UK'], revokedSubs: new Set() })).toMatchObject({
      reason: 'removed',
      code: 'not_a_party',
    });
    expect(sessionStanding(s, { parties, revokedSubs: new Set(['s1']) })).toMatchObject({
      reason: 'revoked',
      code: 'unauthenticated',
    });
    // An integrator-minted session (no doc) is not ended by an invite's revocation.
    const { doc: _doc, ...wide } = s;
    expect(sessionStanding(wide, { parties, revokedSubs: new Set(['s1']) })).toBeNull();
  });
});

describe('party removal', () => {
  it('MB10: the creating delegation cannot be removed by another party', () => {
    const frPen: Actor = { ...pen, delegation: 'FR' };
    expect(
      removalObjection({ actor: frPen, party: 'UK', creator: 'UK', penholders: ['UK', 'FR'] }),
    ).toMatchObject({ code: 'forbidden' });
    expect(removalObjection({ actor: pen, party: 'FR', creator: 'UK', penholders: ['UK'] })).toBeNull();
  });

  it('MB10: the last penholder delegation cannot be removed', () => {
    expect(removalObjection({ actor: pen, party: 'UK', creator: 'UK', penholders: ['UK'] })).toMatchObject({
      code: 'last_party',
    });
    expect(removalObjection({ actor: pen, party: 'UK', creator: 'UK', penholders: ['UK', 'FR'] })).toBeNull();
  });
});

describe('party change with holders (decidePartyChange)', () => {
  it('MB10: decidePartyChange refuses removing the creator by another party, and the last penholder', async () => {
    const { decidePartyChange } = await import('./party-change');
    const frPen: Actor = { ...pen, delegation: 'FR' };
    const holders = { creator: 'UK', penholders: ['UK', 'FR'] };
    expect(
      decidePartyChange({ actor: frPen, parties, change: 'remove', party: 'UK', holders }),
    ).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(
      decidePartyChange({
        actor: pen,
        parties,
        change: 'remove',
        party: 'UK',
        holders: { creator: 'UK', penholders: ['UK'] },
      }),
    ).toMatchObject({ ok: false, code: 'last_party' });
    expect(decidePartyChange({ actor: pen, parties, change: 'remove', party: 'FR', holders })).toMatchObject({
      ok: true,
    });
  });
});
