import { randomBytes, randomUUID } from 'node:crypto';
import {
  canSeeInvite,
  decideInvite,
  decideRedemption,
  decideRevoke,
  type MembershipRefusal,
  sessionReach,
} from '@accord/approvals';
import type { CreateInviteRequest, InviteView, MemberView, TokenClaims } from '@accord/protocol';
import type { Invites } from '../auth/invites';
import type { TokenService } from '../auth/tokens';
import { AccordError } from '../errors';
import type { StoredInvite, StoredMember } from '../storage/membership';
import type { Storage } from '../storage/storage';
import { actorOf, type DocumentService } from './document-service';

export interface MembershipServiceDeps {
  storage: Storage;
  tokens: TokenService;
  invites: Invites;
  publicUrl: (path: string) => string;
  now: () => number;
  /** An invite was revoked (or a member joined): open sessions re-check, here and on other instances. */
  onMembershipChanged: (docId: string) => void;
  /** A document's meta, and the same for its parties only (document-service.ts decides both). */
  docs: Pick<DocumentService, 'meta' | 'metaForParty'>;
}

const person = (c: TokenClaims) => ({ sub: c.sub, name: c.name, delegation: c.delegation });
const refused = (r: MembershipRefusal) => new AccordError(r.code, r.message);

/** Invites, members and session scope: the membership use-cases (rules in @accord/approvals, MB ids). */
export function createMembershipService(d: MembershipServiceDeps) {
  const iso = () => new Date(d.now()).toISOString();

  const { meta, metaForParty } = d.docs;

  function view(i: StoredInvite): InviteView {
    const now = d.now();
    const status =
      i.revokedAt !== null
        ? 'revoked'
        : Date.parse(i.expiresAt) <= now
          ? 'expired'
          : i.used >= i.uses
            ? 'used'
            : 'active';
    return {
      id: i.id,
      docId: i.docId,
      delegation: i.delegation,
      role: i.role,
      expiresAt: i.expiresAt,
      uses: i.uses,
      used: i.used,
      createdAt: i.createdAt,
      by: { delegation: i.by.delegation, name: i.by.name },
      revokedAt: i.revokedAt,
      status,
    };
  }

  /** Who created the document (its first audit entry) and which delegations hold penholders. */
  async function penholding(docId: string): Promise<{
    creator?: { sub: string; name: string; delegation: string; at: string };
    penholders: string[];
  }> {
    const first = (await d.storage.audit(docId)).find((e) => e.kind === 'document-created');
    const creator = first ? { ...first.actor, at: first.at } : undefined;
    const members = await d.storage.listMembers(docId);
    const penholders = new Set<string>(creator ? [creator.delegation] : []);
    for (const m of members) if (m.role === 'penholder' && m.revokedAt === null) penholders.add(m.delegation);
    return { creator, penholders: [...penholders] };
  }

  return {
    /**
     * MB7 + revocation: a session from an invite must still be a member in good standing, and
     * reach only its document. Integrator-minted sessions (no `doc`) pass.
     */
    async checkSession(
      claims: TokenClaims,
      target: { docId: string } | { create: true } | { list: true },
    ): Promise<void> {
      if (claims.doc === undefined) return;
      const m = await d.storage.getMember(claims.sub);
      if (!m || m.docId !== claims.doc) {
        throw new AccordError('unauthenticated', 'this session is not known; open your invite link again');
      }
      if (m.revokedAt !== null) {
        throw new AccordError('unauthenticated', 'this session has ended: its invite was revoked');
      }
      const reach = sessionReach(claims, target);
      if (!reach.ok) throw refused(reach);
    },

    async createInvite(claims: TokenClaims, docId: string, req: CreateInviteRequest) {
      const m = await meta(docId);
      const decision = decideInvite({
        actor: actorOf(claims),
        parties: m.parties,
        request: req,
        now: d.now(),
      });
      if (!decision.ok) throw refused(decision);
      const stored: StoredInvite = {
        ...decision.invite,
        id: randomBytes(12).toString('base64url'),
        docId: m.id,
        createdAt: iso(),
        by: person(claims),
        revokedAt: null,
        revokedBy: null,
      };
      await d.storage.createInvite(stored, {
        ...decision.audit,
        data: { inviteId: stored.id, role: stored.role, uses: stored.uses, expiresAt: stored.expiresAt },
      });
      const link = await d.invites.encode({
        iid: stored.id,
        docId: m.id,
        delegation: stored.delegation,
        role: stored.role,
      });
      return { ...view(stored), url: d.publicUrl(`/invite#${link}`) };
    },

    async listInvites(claims: TokenClaims, docId: string): Promise<InviteView[]> {
      const m = await metaForParty(claims, docId);
      const actor = actorOf(claims);
      return (await d.storage.listInvites(m.id)).filter((i) => canSeeInvite(actor, i)).map(view);
    },

    async revokeInvite(claims: TokenClaims, docId: string, inviteId: string): Promise<InviteView> {
      const m = await meta(docId);
      const invite = await d.storage.getInvite(inviteId);
      if (!m.parties.includes(claims.delegation)) {
        throw new AccordError('not_a_party', `${claims.delegation} is not a party to this document`);
      }
      if (!invite || invite.docId !== m.id) throw new AccordError('not_found', `no invite ${inviteId}`);
      const decision = decideRevoke({ actor: actorOf(claims), parties: m.parties, invite });
      if (!decision.ok) throw refused(decision);
      if (!decision.changed) return view(invite);
      const at = iso();
      await d.storage.revokeInvite(
        m.id,
        invite.id,
        { at, by: person(claims) },
        {
          ...decision.audit,
          data: { inviteId: invite.id, role: invite.role },
        },
      );
      d.onMembershipChanged(m.id);
      return view({ ...invite, revokedAt: at, revokedBy: person(claims) });
    },

    /** MB5–MB6: an invite link and a name become a session token scoped to the invite's document. */
    async redeem(link: string, name: string) {
      const payload = await d.invites.decode(link);
      const at = iso();
      const sub = randomUUID();
      const outcome = await d.storage.redeemInvite(payload.iid, at, (invite, parties) => {
        const decision = decideRedemption({ invite, parties, now: d.now() });
        if (!decision.ok || !invite) return { admit: null, result: decision };
        const member: StoredMember = {
          sub,
          docId: invite.docId,
          name,
          delegation: invite.delegation,
          role: invite.role,
          inviteId: invite.id,
          joinedAt: at,
          by: { delegation: invite.by.delegation, name: invite.by.name },
          revokedAt: null,
        };
        return {
          admit: {
            member,
            audit: {
              kind: 'member-joined',
              actor: { sub, name, delegation: invite.delegation },
              party: invite.delegation,
              data: {
                inviteId: invite.id,
                role: invite.role,
                invitedBy: `${invite.by.name} (${invite.by.delegation})`,
              },
            },
          },
          result: { ...decision, invite },
        };
      });
      if (!outcome.ok) throw refused(outcome);
      const { invite, exp } = outcome as { ok: true; exp: number; invite: StoredInvite };
      const claims = { sub, name, delegation: invite.delegation, role: invite.role, doc: invite.docId };
      const token = await d.tokens.issue(claims, exp - Math.floor(d.now() / 1000));
      d.onMembershipChanged(invite.docId);
      return { token, claims: { ...claims, exp }, docId: invite.docId };
    },

    /** `GET /api/docs/:id/members`: the creator, then everyone who joined by an invite not revoked. */
    async members(claims: TokenClaims, docId: string): Promise<MemberView[]> {
      const m = await metaForParty(claims, docId);
      const { creator } = await penholding(m.id);
      const joined = (await d.storage.listMembers(m.id)).filter((x) => x.revokedAt === null);
      const list: MemberView[] = creator
        ? [
            {
              sub: creator.sub,
              name: creator.name,
              delegation: creator.delegation,
              role: 'penholder',
              via: null,
              joinedAt: creator.at,
            },
          ]
        : [];
      for (const x of joined) {
        list.push({
          sub: x.sub,
          name: x.name,
          delegation: x.delegation,
          role: x.role,
          via: { inviteId: x.inviteId, by: x.by },
          joinedAt: x.joinedAt,
        });
      }
      return list;
    },

    /** Subs of sessions whose invite was revoked (MB9). */
    async revokedSubs(docId: string): Promise<Set<string>> {
      return new Set(
        (await d.storage.listMembers(docId)).filter((x) => x.revokedAt !== null).map((x) => x.sub),
      );
    },

    penholding,
  };
}

export type MembershipService = ReturnType<typeof createMembershipService>;
