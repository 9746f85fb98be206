import { type ApprovalRecord, type AuditInput, verifyChain } from '@accord/approvals';
import type { SuppressionView } from '@accord/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contractMeta, freshId } from './contract-support';
import type { DocumentMeta, Storage, StoredExport } from './storage';

/** A backend opened for the contract suite. */
export interface StorageUnderTest {
  storage: Storage;
  /** Closes the storage and removes everything it wrote (files, database). */
  cleanup: () => Promise<void>;
  /**
   * Runs one SQL statement on the backend's database behind the adapter's back, so the suite can
   * check guarantees the database itself enforces (the append-only audit log). Absent for a backend
   * without a database (memory), whose log callers can only read copies of.
   */
  execSql?: (statement: string) => Promise<void>;
}

const actor = { sub: 'u-fr-1', name: 'Camille Martin', delegation: 'FR' };
const created: AuditInput = { kind: 'document-created', actor };

/** Document ids unique within a run, so tests sharing one backend never see each other's rows. */

const metaFor = (id: string, createdAt = '2025-03-01T10:00:00.000Z'): DocumentMeta =>
  contractMeta(id, { tlp: 'AMBER', place: 'Brussels', createdAt, createdBy: actor.sub });

/** A Y.Doc whose every local change is captured as the update a client would send. */
function author(clientID?: number) {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  const pending: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => pending.push(u));
  return { doc, take: () => pending.splice(0) };
}

/** Edits touching text (inserts and deletes), a map and rich text, one update per call. */
function edit(doc: Y.Doc, i: number): void {
  doc.transact(() => {
    const t = doc.getText('t');
    t.insert(t.length, `clause ${i}; `);
    if (i % 3 === 0 && t.length > 4) t.delete(0, 2);
    doc.getMap('m').set(`k${i % 4}`, i);
    doc.get('root', Y.XmlText).insert(0, `${i}`, i % 2 ? { bold: true } : {});
  });
}

function contentOf(doc: Y.Doc) {
  return {
    text: doc.getText('t').toString(),
    map: doc.getMap('m').toJSON(),
    rich: doc.get('root', Y.XmlText).toDelta(),
  };
}

/** What a server does on load: apply snapshot, then the tail in order, to a fresh doc. */
async function restore(storage: Storage, docId: string): Promise<Y.Doc> {
  const stored = await storage.loadDocument(docId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u.data);
  return doc;
}

const approval = (
  clauseId: string,
  party: string,
  state: ApprovalRecord['state'],
  at: string,
): ApprovalRecord => ({
  clauseId,
  party,
  state,
  by: `${party} delegate`,
  sub: `u-${party.toLowerCase()}`,
  at,
  hash: 'a'.repeat(64),
});

const approvalAuditFor = (a: ApprovalRecord): AuditInput => ({
  kind: 'approval',
  actor: { sub: a.sub, name: a.by, delegation: a.party },
  clauseId: a.clauseId,
  hash: a.hash,
  state: a.state,
  // The entry records the whole approval (AP21): adapters refuse a row its entry does not record.
  ...(a.note !== undefined ? { note: a.note } : {}),
});

/**
 * The behaviour every Storage backend must show (rules SG1–SG11 and SG15–SG16 in ./README.md). Call it from a
 * backend's test file with a function that opens a fresh, empty instance; it is opened once for
 * the whole suite and every test works on documents of its own.
 */
export function describeStorageContract(name: string, open: () => Promise<StorageUnderTest>): void {
  describe(`Storage contract: ${name}`, () => {
    let sut: StorageUnderTest | undefined;
    const storage = (): Storage => {
      if (!sut) throw new Error('storage under test did not open');
      return sut.storage;
    };
    /** A document created with an empty Y.Doc as its initial state. */
    const newDocument = async (label: string, initial = Y.encodeStateAsUpdate(new Y.Doc())) => {
      const id = freshId(label);
      await storage().createDocument(metaFor(id), initial, created);
      return id;
    };

    beforeAll(async () => {
      sut = await open();
    });
    afterAll(async () => {
      await sut?.cleanup();
    });

    describe('documents', () => {
      it('SG1: getDocument of an unknown id resolves to undefined', async () => {
        expect(await storage().getDocument('no-such-document')).toBeUndefined();
      });

      it('SG1: a created document reads back with all its metadata', async () => {
        const id = freshId('meta');
        const meta = { ...metaFor(id), parties: ['FR', 'DE', 'IT'], tlp: 'AMBER+STRICT' as const };
        await storage().createDocument(meta, Y.encodeStateAsUpdate(new Y.Doc()), created);
        expect(await storage().getDocument(id)).toEqual(meta);
      });

      it('SG1: listDocuments returns every document ordered by creation time, then id', async () => {
        const later = freshId('list-b');
        const earlier = freshId('list-a');
        await storage().createDocument(
          metaFor(later, '2001-01-02T00:00:00.000Z'),
          new Uint8Array([0, 0]),
          created,
        );
        await storage().createDocument(
          metaFor(earlier, '2001-01-01T00:00:00.000Z'),
          new Uint8Array([0, 0]),
          created,
        );
        const ids = (await storage().listDocuments()).map((d) => d.id);
        expect(ids).toContain(earlier);
        expect(ids.indexOf(earlier)).toBeLessThan(ids.indexOf(later));
        const all = await storage().listDocuments();
        const keys = all.map((d) => `${d.createdAt}|${d.id}`);
        expect(keys).toEqual([...keys].sort());
      });

      it('SG2: the initial state is the first logged update and the audit log starts with document-created', async () => {
        const seed = author();
        seed.doc.getText('t').insert(0, 'Preamble. ');
        const id = await newDocument('initial', Y.encodeStateAsUpdate(seed.doc));
        const stored = await storage().loadDocument(id);
        expect(stored.snapshot).toBeNull();
        expect(stored.updates).toHaveLength(1);
        expect(contentOf(await restore(storage(), id)).text).toBe('Preamble. ');
        const audit = await storage().audit(id);
        expect(audit).toHaveLength(1);
        expect(audit[0]).toMatchObject({
          seq: 1,
          kind: 'document-created',
          at: metaFor(id).createdAt,
          actor,
        });
      });

      it('SG2: creating a document twice under one id is refused and keeps the first', async () => {
        const id = await newDocument('dup');
        await expect(
          storage().createDocument({ ...metaFor(id), title: 'Impostor' }, new Uint8Array([0, 0]), created),
        ).rejects.toThrow();
        expect((await storage().getDocument(id))?.title).toBe(`Joint statement ${id}`);
        expect(await storage().tailLength(id)).toBe(1);
        expect(await storage().audit(id)).toHaveLength(1);
      });
    });

    describe('update log', () => {
      it('SG3: appended updates come back in append order with the seqs appendUpdates returned', async () => {
        const id = await newDocument('append');
        const a = author();
        const batches: Uint8Array[][] = [];
        for (let i = 0; i < 4; i++) {
          edit(a.doc, i);
          edit(a.doc, i + 100);
          batches.push(a.take());
        }
        const seqs: number[] = [];
        for (const b of batches) seqs.push(...(await storage().appendUpdates(id, b)));
        expect(seqs).toHaveLength(8);
        for (let i = 1; i < seqs.length; i++)
          expect(seqs[i]).toBeGreaterThan(seqs[i - 1] ?? Number.POSITIVE_INFINITY);

        const stored = await storage().loadDocument(id);
        const tail = stored.updates.slice(1); // after the initial state
        expect(tail.map((u) => u.seq)).toEqual(seqs);
        expect(tail.map((u) => [...u.data])).toEqual(batches.flat().map((u) => [...u]));
        expect(contentOf(await restore(storage(), id))).toEqual(contentOf(a.doc));
      });

      it('SG3: appending nothing returns no seqs and changes nothing', async () => {
        const id = await newDocument('empty-append');
        expect(await storage().appendUpdates(id, [])).toEqual([]);
        expect(await storage().tailLength(id)).toBe(1);
      });

      it("SG3: one document's log never shows another document's updates", async () => {
        const one = await newDocument('iso-1');
        const two = await newDocument('iso-2');
        await storage().appendUpdates(one, [new Uint8Array([1, 2, 3])]);
        expect((await storage().loadDocument(two)).updates).toHaveLength(1);
        expect(await storage().tailLength(one)).toBe(2);
      });

      it('SG6: discardUpdate removes exactly the update with that seq', async () => {
        const id = await newDocument('discard');
        const a = author();
        edit(a.doc, 1);
        edit(a.doc, 2);
        edit(a.doc, 3);
        const [u1, u2, u3] = a.take();
        if (!u1 || !u2 || !u3) throw new Error('expected three updates');
        const [s1, s2, s3] = await storage().appendUpdates(id, [u1, u2, u3]);
        if (s2 === undefined) throw new Error('expected three seqs');
        await storage().discardUpdate(id, s2);
        const stored = await storage().loadDocument(id);
        expect(stored.updates.map((u) => u.seq).slice(1)).toEqual([s1, s3]);
        expect(stored.updates.slice(1).map((u) => [...u.data])).toEqual([[...u1], [...u3]]);
        expect(await storage().tailLength(id)).toBe(3);
      });
    });

    describe('compaction', () => {
      it('SG4: snapshot + tail restore the same document before and after compacting halfway', async () => {
        const a = author(1);
        const b = author(2);
        a.doc.getText('t').insert(0, 'Preamble. ');
        const id = await newDocument('compact', Y.encodeStateAsUpdate(a.doc));
        a.take();
        for (let i = 0; i < 20; i++) {
          edit(a.doc, i);
          edit(b.doc, 1000 + i);
          await storage().appendUpdates(id, [...a.take(), ...b.take()]);
        }
        expect(await storage().tailLength(id)).toBe(41);

        expect(await storage().compact(id)).toEqual({ folded: 41, quarantined: 0 });
        const compacted = await storage().loadDocument(id);
        expect(compacted.snapshot).not.toBeNull();
        expect(compacted.updates).toEqual([]);
        expect(await storage().tailLength(id)).toBe(0);

        const lastSeqs: number[] = [];
        for (let i = 20; i < 30; i++) {
          edit(a.doc, i);
          edit(b.doc, 1000 + i);
          lastSeqs.push(...(await storage().appendUpdates(id, [...a.take(), ...b.take()])));
        }
        const stored = await storage().loadDocument(id);
        expect(stored.updates.map((u) => u.seq)).toEqual(lastSeqs);
        expect(stored.snapshotSeq).toBeLessThan(lastSeqs[0] ?? 0);
        expect(await storage().tailLength(id)).toBe(20);

        // The two authors never synced; the stored document must hold both of their histories.
        const expected = new Y.Doc();
        Y.applyUpdate(expected, Y.encodeStateAsUpdate(a.doc));
        Y.applyUpdate(expected, Y.encodeStateAsUpdate(b.doc));
        const restored = await restore(storage(), id);
        expect(contentOf(restored)).toEqual(contentOf(expected));
        expect(contentOf(restored).text).toContain('clause 29; ');
        expect(Y.encodeStateVector(restored)).toEqual(Y.encodeStateVector(expected));
      });

      it('SG4: compacting an already compacted log folds nothing and keeps the snapshot', async () => {
        const a = author();
        const id = await newDocument('compact-twice');
        edit(a.doc, 1);
        await storage().appendUpdates(id, a.take());
        expect((await storage().compact(id)).folded).toBe(2);
        const first = await storage().loadDocument(id);
        expect(await storage().compact(id)).toEqual({ folded: 0, quarantined: 0 });
        expect(await storage().loadDocument(id)).toEqual(first);
      });

      it('SG5: five concurrent compactions leave the document whole and fold each update once', async () => {
        const a = author();
        const id = await newDocument('compact-race');
        for (let i = 0; i < 30; i++) {
          edit(a.doc, i);
          await storage().appendUpdates(id, a.take());
        }
        const results = await Promise.all(Array.from({ length: 5 }, () => storage().compact(id)));
        expect(results.reduce((n, r) => n + r.folded, 0)).toBe(31);
        expect(await storage().tailLength(id)).toBe(0);
        expect(contentOf(await restore(storage(), id))).toEqual(contentOf(a.doc));
      });

      it('SG5: updates appended while compactions run are never lost', async () => {
        const a = author();
        const id = await newDocument('compact-append-race');
        const appends = (async () => {
          for (let i = 0; i < 40; i++) {
            edit(a.doc, i);
            await storage().appendUpdates(id, a.take());
          }
        })();
        const compactions = (async () => {
          for (let i = 0; i < 8; i++) await Promise.all([storage().compact(id), storage().compact(id)]);
        })();
        await Promise.all([appends, compactions]);
        expect(contentOf(await restore(storage(), id))).toEqual(contentOf(a.doc));
        await storage().compact(id);
        expect(contentOf(await restore(storage(), id))).toEqual(contentOf(a.doc));
      });
    });

    describe('approvals and audited changes', () => {
      it('SG7: an approval is upserted per clause and party, and listed by clause then party', async () => {
        const id = await newDocument('approvals');
        const first = approval('c2', 'FR', 'reserve', '2025-03-01T10:01:00.000Z');
        const replaced = approval('c2', 'FR', 'approved', '2025-03-01T10:02:00.000Z');
        const other = approval('c2', 'DE', 'approved', '2025-03-01T10:03:00.000Z');
        const earlier = {
          ...approval('c1', 'FR', 'objection', '2025-03-01T10:04:00.000Z'),
          note: 'too vague',
        };
        for (const a of [first, replaced, other, earlier]) {
          await storage().commitChange(id, { audit: approvalAuditFor(a), at: a.at, approval: a });
        }
        expect(await storage().approvals(id)).toEqual([earlier, other, replaced]);
      });

      it("SG7: dropApprovalsOf removes every party's approval of that clause and no other", async () => {
        const id = await newDocument('drop');
        for (const a of [
          approval('c1', 'FR', 'approved', '2025-03-01T10:01:00.000Z'),
          approval('c1', 'DE', 'approved', '2025-03-01T10:02:00.000Z'),
          approval('c2', 'DE', 'approved', '2025-03-01T10:03:00.000Z'),
        ]) {
          await storage().commitChange(id, { audit: approvalAuditFor(a), at: a.at, approval: a });
        }
        await storage().commitChange(id, {
          audit: { kind: 'clause-deleted', actor, clauseId: 'c1' },
          at: '2025-03-01T10:05:00.000Z',
          dropApprovalsOf: 'c1',
        });
        expect((await storage().approvals(id)).map((a) => `${a.clauseId}/${a.party}`)).toEqual(['c2/DE']);
        expect((await storage().audit(id)).map((e) => e.kind)).toEqual([
          'document-created',
          'approval',
          'approval',
          'approval',
          'clause-deleted',
        ]);
      });

      it('SG8: commitChange with parties changes the document’s parties', async () => {
        const id = await newDocument('parties');
        await storage().commitChange(id, {
          audit: { kind: 'party-added', actor, party: 'IT' },
          at: '2025-03-01T10:01:00.000Z',
          parties: ['FR', 'DE', 'IT'],
        });
        expect((await storage().getDocument(id))?.parties).toEqual(['FR', 'DE', 'IT']);
        expect((await storage().listDocuments()).find((d) => d.id === id)?.parties).toEqual([
          'FR',
          'DE',
          'IT',
        ]);
      });

      it('SG8: suppressions are kept in the order they were committed', async () => {
        const id = await newDocument('suppressions');
        const s = (ruleId: string): SuppressionView => ({
          ruleId,
          clauseId: 'c1',
          clauseHash: 'b'.repeat(64),
          start: 3,
          end: 9,
          policy: 'default',
          reason: 'agreed wording',
          by: actor.name,
          at: '2025-03-01T10:01:00.000Z',
        });
        for (const rule of ['L2', 'L1', 'L3']) {
          await storage().commitChange(id, {
            audit: { kind: 'suppression', actor, clauseId: 'c1', data: { ruleId: rule } },
            at: '2025-03-01T10:01:00.000Z',
            suppression: s(rule),
          });
        }
        expect(await storage().suppressions(id)).toEqual([s('L2'), s('L1'), s('L3')]);
      });

      it('SG8: a change to an unknown document is refused and nothing of it is kept', async () => {
        const a = approval('c1', 'FR', 'approved', '2025-03-01T10:01:00.000Z');
        await expect(
          storage().commitChange('no-such-document', { audit: approvalAuditFor(a), at: a.at, approval: a }),
        ).rejects.toThrow();
        expect(await storage().approvals('no-such-document')).toEqual([]);
        expect(await storage().audit('no-such-document')).toEqual([]);
      });

      it('SG9: commitChange returns the entry it appended, and the chain verifies', async () => {
        const id = await newDocument('chain');
        const a = { ...approval('c1', 'DE', 'objection', '2025-03-01T10:01:00.000Z'), note: 'see line 3' };
        const entry = await storage().commitChange(id, {
          audit: { ...approvalAuditFor(a), note: 'see line 3', data: { round: 2, final: false, ref: null } },
          at: a.at,
          approval: a,
        });
        expect(entry).toMatchObject({
          seq: 2,
          kind: 'approval',
          clauseId: 'c1',
          at: a.at,
          note: 'see line 3',
        });
        const log = await storage().audit(id);
        expect(log.at(-1)).toEqual(entry);
        expect(log[1]?.prevHash).toBe(log[0]?.entryHash);
        expect(verifyChain(log)).toEqual({ ok: true });
      });

      it('SG9: twenty concurrent commitChange calls produce a gap-free chain that verifies', async () => {
        const id = await newDocument('chain-race');
        const entries = await Promise.all(
          Array.from({ length: 20 }, (_, i) => {
            const a = approval(
              `c${i}`,
              i % 2 ? 'FR' : 'DE',
              'approved',
              `2025-03-01T10:${String(i).padStart(2, '0')}:00.000Z`,
            );
            return storage().commitChange(id, { audit: approvalAuditFor(a), at: a.at, approval: a });
          }),
        );
        expect(entries.map((e) => e.seq).sort((x, y) => x - y)).toEqual(
          Array.from({ length: 20 }, (_, i) => i + 2),
        );
        const log = await storage().audit(id);
        expect(log.map((e) => e.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
        expect(verifyChain(log)).toEqual({ ok: true });
        expect(await storage().approvals(id)).toHaveLength(20);
      });

      it('SG10: the database refuses to update or delete audit entries', async (ctx) => {
        if (!sut) throw new Error('storage under test did not open');
        const execSql = sut.execSql;
        if (!execSql) {
          ctx.skip();
          return;
        }
        const id = await newDocument('append-only');
        await storage().commitChange(id, {
          audit: { kind: 'party-added', actor, party: 'IT' },
          at: '2025-03-01T10:01:00.000Z',
          parties: ['FR', 'DE', 'IT'],
        });
        const before = await storage().audit(id);
        await expect(execSql(`UPDATE audit_log SET entry = '{}' WHERE doc_id = '${id}'`)).rejects.toThrow(
          /append-only/,
        );
        await expect(execSql(`DELETE FROM audit_log WHERE doc_id = '${id}' AND seq = 2`)).rejects.toThrow(
          /append-only/,
        );
        expect(await storage().audit(id)).toEqual(before);
        expect(verifyChain(await storage().audit(id))).toEqual({ ok: true });
      });
    });

    describe('changes decided under the document lock', () => {
      /** A party change decided on the parties as stored, as the document service makes it. */
      const partyChange =
        (party: string, add: boolean, at = '2025-03-01T10:02:00.000Z') =>
        (stored: DocumentMeta) => {
          const has = stored.parties.includes(party);
          if (add === has) throw new Error(`${party} is ${has ? 'already' : 'not'} a party`);
          return {
            at,
            parties: add ? [...stored.parties, party] : stored.parties.filter((p) => p !== party),
            audit: { kind: add ? 'party-added' : 'party-removed', actor, party } as AuditInput,
          };
        };

      it('SG15: ten concurrent party additions are all kept, each audited once', async () => {
        const id = await newDocument('party-race');
        const added = ['IT', 'ES', 'NL', 'BE', 'PL', 'SE', 'AT', 'PT', 'IE', 'DK'];
        await Promise.all(added.map((p) => storage().commitChange(id, partyChange(p, true))));
        const parties = (await storage().getDocument(id))?.parties ?? [];
        expect([...parties].sort()).toEqual(['FR', 'DE', ...added].sort());
        const audited = (await storage().audit(id))
          .filter((e) => e.kind === 'party-added')
          .map((e) => e.party);
        expect([...audited].sort()).toEqual([...added].sort());
        expect(verifyChain(await storage().audit(id))).toEqual({ ok: true });
      });

      it('SG15: "remove RU" racing "add FR" always leaves both applied, in every round', async () => {
        for (let round = 0; round < 20; round++) {
          const id = freshId('remove-add-race');
          await storage().createDocument(
            { ...metaFor(id), parties: ['DE', 'RU'] },
            Y.encodeStateAsUpdate(new Y.Doc()),
            created,
          );
          await Promise.all([
            storage().commitChange(id, partyChange('RU', false)),
            storage().commitChange(id, partyChange('FR', true)),
          ]);
          expect([...((await storage().getDocument(id))?.parties ?? [])].sort()).toEqual(['DE', 'FR']);
          const kinds = (await storage().audit(id))
            .map((e) => `${e.kind}:${e.party ?? ''}`)
            .slice(1)
            .sort();
          expect(kinds).toEqual(['party-added:FR', 'party-removed:RU']);
        }
      });

      it('SG16: a change refused under the lock keeps nothing; the decision sees the stored document', async () => {
        const id = await newDocument('refused-under-lock');
        const before = await storage().audit(id);
        await expect(storage().commitChange(id, partyChange('FR', true))).rejects.toThrow(/already a party/);
        expect((await storage().getDocument(id))?.parties).toEqual(['FR', 'DE']);
        expect(await storage().audit(id)).toEqual(before);
        // Two additions of one party at once: exactly one is kept, the other refused.
        const results = await Promise.allSettled([
          storage().commitChange(id, partyChange('IT', true)),
          storage().commitChange(id, partyChange('IT', true)),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        expect((await storage().getDocument(id))?.parties).toEqual(['FR', 'DE', 'IT']);
        await expect(storage().commitChange('no-such-document', partyChange('IT', true))).rejects.toThrow();
      });
    });

    describe('exports', () => {
      const exportOf = (docId: string, id: string, bytes: Uint8Array, createdAt: string): StoredExport => ({
        id,
        docId,
        format: 'pdf',
        fingerprint: 'f'.repeat(64),
        createdAt,
        createdBy: actor.sub,
        bytes,
      });

      it('SG11: an export reads back byte for byte', async () => {
        const id = await newDocument('export');
        const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
        await storage().saveExport(exportOf(id, 'x1', bytes, '2025-03-01T11:00:00.000Z'));
        const back = await storage().getExport(id, 'x1');
        expect(back).toMatchObject({ id: 'x1', docId: id, format: 'pdf', createdBy: actor.sub });
        expect(back?.bytes).toBeInstanceOf(Uint8Array);
        expect(Buffer.from(back?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
      });

      it("SG11: listExports gives each of the document's exports with its size, without the bytes", async () => {
        const id = await newDocument('export-list');
        const other = await newDocument('export-other');
        await storage().saveExport(exportOf(id, `${id}-b`, new Uint8Array(5), '2025-03-01T11:02:00.000Z'));
        await storage().saveExport(
          exportOf(id, `${id}-a`, new Uint8Array([1, 2, 3]), '2025-03-01T11:01:00.000Z'),
        );
        await storage().saveExport(
          exportOf(other, `${other}-c`, new Uint8Array(9), '2025-03-01T11:00:00.000Z'),
        );
        const listed = await storage().listExports(id);
        expect(listed).toEqual([
          {
            id: `${id}-a`,
            docId: id,
            format: 'pdf',
            fingerprint: 'f'.repeat(64),
            createdAt: '2025-03-01T11:01:00.000Z',
            createdBy: actor.sub,
            size: 3,
          },
          {
            id: `${id}-b`,
            docId: id,
            format: 'pdf',
            fingerprint: 'f'.repeat(64),
            createdAt: '2025-03-01T11:02:00.000Z',
            createdBy: actor.sub,
            size: 5,
          },
        ]);
      });

      it('SG11: getExport of an unknown export, or of another document, resolves to undefined', async () => {
        const id = await newDocument('export-missing');
        const other = await newDocument('export-elsewhere');
        await storage().saveExport(
          exportOf(other, `${other}-x`, new Uint8Array(1), '2025-03-01T11:00:00.000Z'),
        );
        expect(await storage().getExport(id, 'nope')).toBeUndefined();
        expect(await storage().getExport(id, `${other}-x`)).toBeUndefined();
      });
    });
  });
}
