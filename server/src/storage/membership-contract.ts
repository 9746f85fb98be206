import { type AuditInput, verifyChain } from '@accord/approvals';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contractMeta, freshId } from './contract-support';
import type { Admission, StoredInvite, StoredMember } from './membership';
import type { DocumentMeta, Storage } from './storage';

/** A backend opened for the membership contract; `reopen` closes it and opens the same data again. */
export interface MembershipUnderTest {
  storage: Storage;
  reopen: () => Promise<Storage>;
  cleanup: () => Promise<void>;
}

const by = { sub: 'u-uk', name: 'Alice Hart', delegation: 'UK' };
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, s)).toISOString();

const meta = (id: string): DocumentMeta =>
  contractMeta(id, { parties: ['UK', 'FR'], createdAt: at(0), createdBy: by.name });

const invite = (docId: string, over: Partial<StoredInvite> = {}): StoredInvite => ({
  id: freshId('inv'),
  docId,
  delegation: 'FR',
  role: 'drafter',
  uses: 1,
  used: 0,
  expiresAt: at(3600),
  createdAt: at(1),
  by,
  revokedAt: null,
  revokedBy: null,
  ...over,
});

const created = (inv: StoredInvite): AuditInput => ({
  kind: 'invite-created',
  actor: by,
  party: inv.delegation,
  data: { inviteId: inv.id },
});

/** Admits a member whenever uses are left (the real rules live in @accord/approvals). */
const admitIfLeft =
  (sub: string) =>
  (i: StoredInvite | undefined, parties: string[] | undefined): Admission<'admitted' | 'refused'> => {
    if (!i || !parties || i.revokedAt || i.used >= i.uses) return { admit: null, result: 'refused' };
    const member: StoredMember = {
      sub,
      docId: i.docId,
      name: sub,
      delegation: i.delegation,
      role: i.role,
      inviteId: i.id,
      joinedAt: at(5),
      by: { delegation: i.by.delegation, name: i.by.name },
      revokedAt: null,
    };
    return {
      admit: {
        member,
        audit: {
          kind: 'member-joined',
          actor: { sub, name: sub, delegation: i.delegation },
          party: i.delegation,
        },
      },
      result: 'admitted',
    };
  };

/** Invites and members, as every Storage backend keeps them (with their audit entries). */
export function describeMembershipContract(name: string, open: () => Promise<MembershipUnderTest>): void {
  describe(`membership storage contract: ${name}`, () => {
    let u: MembershipUnderTest;
    let storage: Storage;
    const newDoc = async () => {
      const id = freshId('doc');
      await storage.createDocument(meta(id), Y.encodeStateAsUpdate(new Y.Doc()), {
        kind: 'document-created',
        actor: by,
      });
      return id;
    };

    beforeAll(async () => {
      u = await open();
      storage = u.storage;
    });
    afterAll(() => u.cleanup());

    it('stores an invite with its audit entry and lists it by document', async () => {
      const docId = await newDoc();
      const i = invite(docId);
      const entry = await storage.createInvite(i, created(i));
      expect(entry).toMatchObject({ kind: 'invite-created', seq: 2 });
      expect(await storage.getInvite(i.id)).toEqual(i);
      expect(await storage.listInvites(docId)).toEqual([i]);
      expect(verifyChain(await storage.audit(docId)).ok).toBe(true);
    });

    it('redeems within uses only, counting each use and storing the member and its audit entry', async () => {
      const docId = await newDoc();
      const i = invite(docId, { uses: 2 });
      await storage.createInvite(i, created(i));
      const results = await Promise.all(
        ['a', 'b', 'c'].map((s) => storage.redeemInvite(i.id, at(5), admitIfLeft(freshId(s)))),
      );
      expect(results.filter((r) => r === 'admitted')).toHaveLength(2);
      expect((await storage.getInvite(i.id))?.used).toBe(2);
      const members = await storage.listMembers(docId);
      expect(members).toHaveLength(2);
      expect(await storage.getMember(members[0]!.sub)).toEqual(members[0]);
      expect((await storage.audit(docId)).filter((e) => e.kind === 'member-joined')).toHaveLength(2);
    });

    it('a refused redemption changes nothing', async () => {
      const docId = await newDoc();
      const before = (await storage.audit(docId)).length;
      expect(await storage.redeemInvite('no-such-invite', at(5), admitIfLeft(freshId('x')))).toBe('refused');
      expect((await storage.audit(docId)).length).toBe(before);
    });

    it('revoking marks the invite and its members revoked, once, with an audit entry; it survives reopening', async () => {
      const docId = await newDoc();
      const i = invite(docId, { uses: 3 });
      await storage.createInvite(i, created(i));
      const sub = freshId('m');
      await storage.redeemInvite(i.id, at(5), admitIfLeft(sub));
      await storage.revokeInvite(
        docId,
        i.id,
        { at: at(9), by },
        { kind: 'invite-revoked', actor: by, party: 'FR' },
      );
      await expect(
        storage.revokeInvite(
          docId,
          i.id,
          { at: at(10), by },
          { kind: 'invite-revoked', actor: by, party: 'FR' },
        ),
      ).rejects.toThrow();
      storage = await u.reopen();
      expect(await storage.getInvite(i.id)).toMatchObject({ revokedAt: at(9), revokedBy: by });
      expect(await storage.getMember(sub)).toMatchObject({ revokedAt: at(9), inviteId: i.id });
      expect(await storage.redeemInvite(i.id, at(11), admitIfLeft(freshId('late')))).toBe('refused');
      const audit = await storage.audit(docId);
      expect(audit.filter((e) => e.kind === 'invite-revoked')).toHaveLength(1);
      expect(verifyChain(audit).ok).toBe(true);
    });
  });
}
