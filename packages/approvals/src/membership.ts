import type { AuditInput } from './audit-chain';
import { type Actor, canEdit } from './permissions';

/**
 * Membership rules (SPEC.md "Membership", MB ids): who may invite whom, who sees and revokes which
 * invites, when an invite can be redeemed, what a session redeemed from an invite may reach.
 * Pure: time is passed in as epoch milliseconds.
 */

export type Role = Actor['role'];

export interface Person {
  sub: string;
  name: string;
  delegation: string;
}

/** A stored invite, as the rules need it. */
export interface InviteFacts {
  id: string;
  docId: string;
  delegation: string;
  role: Role;
  uses: number;
  used: number;
  expiresAt: string;
  revokedAt: string | null;
}

export type MembershipCode = 'forbidden' | 'not_a_party' | 'no_such_party' | 'unauthenticated' | 'gone';

export type MembershipRefusal = { ok: false; code: MembershipCode; message: string };

const refuse = (code: MembershipCode, message: string): MembershipRefusal => ({ ok: false, code, message });

/** MB1 defaults: one use; three days; never more than seven days. */
export const INVITE_DEFAULT_USES = 1;
export const INVITE_DEFAULT_TTL_SECONDS = 3 * 24 * 60 * 60;
export const INVITE_MAX_TTL_SECONDS = 7 * 24 * 60 * 60;
/** MB6: a session redeemed from an invite lasts a day; the invite cannot outlive its own expiry. */
export const INVITE_SESSION_TTL_SECONDS = 24 * 60 * 60;

/**
 * MB1–MB2: decides a request to create an invite for `delegation` in `role` on a document whose
 * parties are `parties`. Returns what to store (and audit).
 */
export function decideInvite(input: {
  actor: Actor;
  parties: string[];
  request: { delegation: string; role: Role; uses?: number; ttlSeconds?: number };
  now: number;
}):
  | { ok: true; invite: Omit<InviteFacts, 'id' | 'docId' | 'revokedAt'>; audit: Omit<AuditInput, 'data'> }
  | MembershipRefusal {
  const { actor, parties, request, now } = input;
  if (!parties.includes(actor.delegation)) {
    return refuse('not_a_party', `${actor.delegation} is not a party to this document`);
  }
  if (!canEdit(actor)) return refuse('forbidden', 'observers cannot invite');
  if (!parties.includes(request.delegation)) {
    return refuse('no_such_party', `${request.delegation} is not a party to this document`);
  }
  const own = request.delegation === actor.delegation;
  if (request.role === 'penholder' && !(actor.role === 'penholder' && own)) {
    return refuse('forbidden', "only the penholder's own delegation may receive the role penholder");
  }
  if (actor.role === 'drafter' && !own) {
    return refuse('forbidden', `a drafter invites members of its own delegation (${actor.delegation}) only`);
  }
  const ttl = Math.min(request.ttlSeconds ?? INVITE_DEFAULT_TTL_SECONDS, INVITE_MAX_TTL_SECONDS);
  const uses = request.uses ?? INVITE_DEFAULT_USES;
  if (!Number.isInteger(uses) || uses < 1) return refuse('forbidden', 'an invite allows at least one use');
  return {
    ok: true,
    invite: {
      delegation: request.delegation,
      role: request.role,
      uses,
      used: 0,
      expiresAt: new Date(now + ttl * 1000).toISOString(),
    },
    audit: {
      kind: 'invite-created',
      actor: { sub: actor.sub, name: actor.name, delegation: actor.delegation },
      party: request.delegation,
    },
  };
}

/** MB3: the penholder sees every invite of the document; anyone else those of its own delegation. */
export function canSeeInvite(actor: Actor, invite: Pick<InviteFacts, 'delegation'>): boolean {
  return actor.role === 'penholder' || invite.delegation === actor.delegation;
}

/**
 * MB4: the penholder revokes any invite; a drafter revokes its own delegation's. Observers read
 * only. Revoking twice changes nothing (`changed: false`).
 */
export function decideRevoke(input: {
  actor: Actor;
  parties: string[];
  invite: InviteFacts;
}): { ok: true; changed: boolean; audit: Omit<AuditInput, 'data'> } | MembershipRefusal {
  const { actor, parties, invite } = input;
  if (!parties.includes(actor.delegation)) {
    return refuse('not_a_party', `${actor.delegation} is not a party to this document`);
  }
  if (!canEdit(actor)) return refuse('forbidden', 'observers cannot revoke invites');
  if (actor.role !== 'penholder' && invite.delegation !== actor.delegation) {
    return refuse('forbidden', `only ${invite.delegation} or the penholder may revoke this invite`);
  }
  return {
    ok: true,
    changed: invite.revokedAt === null,
    audit: {
      kind: 'invite-revoked',
      actor: { sub: actor.sub, name: actor.name, delegation: actor.delegation },
      party: invite.delegation,
    },
  };
}

/** MB5: the state an invite is in at `now`. */
export function inviteStatus(invite: InviteFacts, now: number): 'active' | 'used' | 'expired' | 'revoked' {
  if (invite.revokedAt !== null) return 'revoked';
  if (Date.parse(invite.expiresAt) <= now) return 'expired';
  if (invite.used >= invite.uses) return 'used';
  return 'active';
}

/**
 * MB5–MB6: redeeming an invite at `now`. Unknown, revoked or expired → `unauthenticated` (401);
 * no uses left → `gone` (410); its delegation no longer a party → `unauthenticated`. Accepted: the
 * redeemed session's expiry (`exp`, epoch seconds), a day from now.
 */
export function decideRedemption(input: {
  invite: InviteFacts | undefined;
  parties: string[] | undefined;
  now: number;
}): { ok: true; exp: number } | MembershipRefusal {
  const { invite, parties, now } = input;
  if (!invite) return refuse('unauthenticated', 'this invite is not valid (unknown or revoked)');
  const status = inviteStatus(invite, now);
  if (status === 'revoked') return refuse('unauthenticated', 'this invite was revoked; ask for a new one');
  if (status === 'expired') return refuse('unauthenticated', 'this invite has expired; ask for a new one');
  if (status === 'used') return refuse('gone', 'this invite has been used as often as it allows');
  if (!parties?.includes(invite.delegation)) {
    return refuse('unauthenticated', `${invite.delegation} is no longer a party to this document`);
  }
  return { ok: true, exp: Math.floor(now / 1000) + INVITE_SESSION_TTL_SECONDS };
}

/** Claims of a session, as far as scoping goes. */
export interface SessionFacts {
  delegation: string;
  role: Role;
  /** Present on sessions redeemed from an invite: the one document they are valid for. */
  doc?: string;
}

/**
 * MB7: a session redeemed from an invite reaches its own document only (`forbidden`, 403
 * elsewhere) and cannot create documents; a session without `doc` (minted by an integrator) is
 * delegation-wide. `docId` null means a route outside any document (listing, creating).
 */
export function sessionReach(
  session: SessionFacts,
  target: { docId: string } | { create: true } | { list: true },
): { ok: true } | MembershipRefusal {
  if (session.doc === undefined) return { ok: true };
  if ('create' in target) {
    return refuse('forbidden', 'a session from an invite cannot create documents');
  }
  if ('list' in target) return { ok: true };
  if (target.docId !== session.doc) {
    return refuse('forbidden', 'this session is valid for one other document only');
  }
  return { ok: true };
}

/** MB8: observers read and download, but only drafters and penholders register a final export. */
export function canRegisterFinalExport(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'drafter' || actor.role === 'penholder';
}

/**
 * Why an open session ends (MB9), with the domain code of the refusal; the boundary maps the code
 * to a close code (server/src/errors.ts), this package knows no transport.
 */
export type SessionEnd =
  | { reason: 'removed'; code: Extract<MembershipCode, 'not_a_party'>; message: string }
  | { reason: 'revoked'; code: Extract<MembershipCode, 'unauthenticated'>; message: string };

/**
 * MB9: whether an open session may stay open: its delegation must still be a party, and a session
 * redeemed from an invite must not have been revoked. `null` means it stays.
 */
export function sessionStanding(
  session: SessionFacts & { sub: string },
  facts: { parties: string[]; revokedSubs: ReadonlySet<string> },
): null | SessionEnd {
  if (!facts.parties.includes(session.delegation)) {
    return { reason: 'removed', code: 'not_a_party', message: `${session.delegation} is no longer a party` };
  }
  if (session.doc !== undefined && facts.revokedSubs.has(session.sub)) {
    return { reason: 'revoked', code: 'unauthenticated', message: 'the invite of this session was revoked' };
  }
  return null;
}

/**
 * MB10: the delegation that created a document cannot be removed by another party, and the last
 * delegation holding the penholder role cannot be removed at all. `null`: no objection.
 */
export function removalObjection(input: {
  actor: Actor;
  party: string;
  creator: string | undefined;
  penholders: readonly string[];
}): null | { code: 'forbidden' | 'last_party'; message: string } {
  const { actor, party, creator, penholders } = input;
  if (creator !== undefined && party === creator && actor.delegation !== creator) {
    return { code: 'forbidden', message: `${party} created this document; another party cannot remove it` };
  }
  const remaining = penholders.filter((p) => p !== party);
  if (penholders.includes(party) && remaining.length === 0) {
    return { code: 'last_party', message: `${party} holds the last penholder; it cannot be removed` };
  }
  return null;
}
