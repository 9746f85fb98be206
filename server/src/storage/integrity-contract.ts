import { type ApprovalRecord, type AuditInput, deriveAuditKey, verifyAuditRecord } from '@accord/approvals';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contractMeta, freshId } from './contract-support';
import type { QuarantineNotice } from './integrity';
import type { DocumentMeta } from './storage';
import type { StorageUnderTest } from './storage-contract';

const KEY = deriveAuditKey('integrity-contract-secret-0123456789abcdef');
const actor = { sub: 'u-fr-1', name: 'Camille Martin', delegation: 'FR' };
const created: AuditInput = { kind: 'document-created', actor };
const metaFor = (id: string): DocumentMeta => contractMeta(id, { createdBy: actor.sub });
const approval = (
  clauseId: string,
  state: ApprovalRecord['state'],
  at: string,
  note?: string,
): ApprovalRecord => ({
  clauseId,
  party: 'FR',
  state,
  by: actor.name,
  sub: actor.sub,
  at,
  hash: 'a'.repeat(64),
  ...(note ? { note } : {}),
});
const auditOf = (a: ApprovalRecord): AuditInput => ({
  kind: 'approval',
  actor,
  clauseId: a.clauseId,
  hash: a.hash,
  state: a.state,
  party: a.party,
  ...(a.note ? { note: a.note } : {}),
});

/**
 * Integrity rules every Storage backend keeps (SG12–SG14 in ./README.md): a sealed and anchored
 * audit log read back in one snapshot, approvals bound to their entries, and compaction that keeps
 * what it cannot apply.
 */
export function describeIntegrityContract(name: string, open: () => Promise<StorageUnderTest>): void {
  describe(`Storage integrity contract: ${name}`, () => {
    let under: StorageUnderTest;
    const notices: QuarantineNotice[] = [];
    const storage = () => under.storage;
    beforeAll(async () => {
      under = await open();
      under.storage.bindIntegrity({ auditKey: KEY, onQuarantine: (n) => notices.push(n) });
    });
    afterAll(async () => {
      await under?.cleanup();
    });

    async function newDocument(label: string) {
      const id = freshId(label);
      await storage().createDocument(metaFor(id), Y.encodeStateAsUpdate(new Y.Doc()), created);
      return id;
    }

    it('SG12: every entry is sealed and the head anchored with it; the record reads back whole and verifies', async () => {
      const id = await newDocument('sealed');
      const a = approval('c1', 'objection', '2025-03-01T10:01:00.000Z', 'too vague');
      await storage().commitChange(id, { audit: auditOf(a), at: a.at, approval: a });
      const record = await storage().auditRecord(id);
      expect(record.entries.map((e) => e.seq)).toEqual([1, 2]);
      expect(record.entries.every((e) => /^[0-9a-f]{64}$/.test(e.mac ?? ''))).toBe(true);
      expect(record.head).toMatchObject({ seq: 2, entryHash: record.entries[1]!.entryHash });
      expect(record.approvals).toEqual([a]);
      expect(verifyAuditRecord(id, record, KEY)).toEqual({ ok: true });
    });

    it('SG12: the head follows every writer, party changes and concurrent commits included', async () => {
      const id = await newDocument('heads');
      await Promise.all(
        ['c1', 'c2', 'c3', 'c4'].map((c, i) => {
          const a = approval(c, 'approved', `2025-03-01T10:0${i + 1}:00.000Z`);
          return storage().commitChange(id, { audit: auditOf(a), at: a.at, approval: a });
        }),
      );
      await storage().commitChange(id, {
        at: '2025-03-01T10:09:00.000Z',
        parties: ['FR', 'DE', 'EU'],
        audit: { kind: 'party-added', actor, party: 'EU' },
      });
      const record = await storage().auditRecord(id);
      expect(record.head?.seq).toBe(6);
      expect(verifyAuditRecord(id, record, KEY)).toEqual({ ok: true });
    });

    it('SG13: a change whose approval row its own entry does not record is refused and keeps nothing', async () => {
      const id = await newDocument('mismatch');
      const a = approval('c1', 'approved', '2025-03-01T10:01:00.000Z');
      await expect(
        storage().commitChange(id, {
          audit: { ...auditOf(a), state: 'objection', note: 'x' },
          at: a.at,
          approval: a,
        }),
      ).rejects.toThrow(/does not record/);
      const record = await storage().auditRecord(id);
      expect(record.entries).toHaveLength(1);
      expect(record.approvals).toEqual([]);
      expect(verifyAuditRecord(id, record, KEY)).toEqual({ ok: true });
    });

    it('SG12: nothing is appended onto a log whose sealed head is gone or moved, so a cut end is never sealed over', async () => {
      if (!under.execSql) return; // the memory adapter has no SQL to tamper with
      const a = approval('c1', 'approved', '2025-03-01T10:01:00.000Z');
      const gone = await newDocument('headless');
      await under.execSql(`DELETE FROM audit_heads WHERE doc_id = '${gone}'`);
      await expect(
        storage().commitChange(gone, { audit: auditOf(a), at: a.at, approval: a }),
      ).rejects.toMatchObject({
        code: 'audit_chain_broken',
      });
      const moved = await newDocument('moved');
      await storage().commitChange(moved, { audit: auditOf(a), at: a.at, approval: a });
      await under.execSql(`UPDATE audit_heads SET seq = 1 WHERE doc_id = '${moved}'`);
      const b = approval('c2', 'approved', '2025-03-01T10:02:00.000Z');
      await expect(
        storage().commitChange(moved, { audit: auditOf(b), at: b.at, approval: b }),
      ).rejects.toMatchObject({
        code: 'audit_chain_broken',
      });
      const record = await storage().auditRecord(moved);
      expect(record.entries).toHaveLength(2);
      expect(record.approvals).toEqual([a]);
    });

    it('SG14: compaction over an unappliable update keeps it in quarantine, reports and counts it', async () => {
      const id = await newDocument('poisoned');
      const author = new Y.Doc();
      author.getText('t').insert(0, 'kept text');
      const good = Y.encodeStateAsUpdate(author);
      const poison = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x01, 0x02]);
      expect(() => Y.applyUpdate(new Y.Doc(), poison)).toThrow();
      const [, poisonSeq] = await storage().appendUpdates(id, [good, poison]);
      const before = notices.length;
      expect(await storage().compact(id)).toEqual({ folded: 2, quarantined: 1 });
      const kept = await storage().quarantined(id);
      expect(kept).toHaveLength(1);
      expect(kept[0]).toMatchObject({ docId: id, seq: poisonSeq, error: expect.any(String) });
      expect([...kept[0]!.data]).toEqual([...poison]);
      expect(Number.isNaN(Date.parse(kept[0]!.at))).toBe(false);
      expect(notices.slice(before)).toEqual([{ docId: id, seq: poisonSeq, error: kept[0]!.error }]);
      // The good update was folded; the poisoned one is out of the log but not lost.
      const stored = await storage().loadDocument(id);
      expect(stored.updates).toEqual([]);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, stored.snapshot!);
      expect(doc.getText('t').toString()).toBe('kept text');
    });
  });
}
