import { type AuditInput, verifyChain } from '@accord/approvals';
import { type Author, type RevisionPlan, revisionOf } from '@accord/history';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contractMeta, createEmptyDocument, freshId } from './contract-support';
import type { StoredVersion } from './history';
import type { DocumentMeta, Storage } from './storage';

/** A backend opened for the history contract; `reopen` closes it and opens the same data again. */
export interface HistoryUnderTest {
  storage: Storage;
  reopen: () => Promise<Storage>;
  cleanup: () => Promise<void>;
}

const actor = { sub: 'u-uk-1', name: 'Alice Hart', delegation: 'UK' };
const UK: Author = { delegation: 'UK', name: 'Alice Hart' };
const FR: Author = { delegation: 'FR', name: 'Camille Martin' };
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, s)).toISOString();

const metaFor = (id: string): DocumentMeta =>
  contractMeta(id, { parties: ['UK', 'FR'], createdAt: at(0), createdBy: actor.name });

const append = (clauseId: string, text: string, s: number, by: Author[], first = false): RevisionPlan => ({
  kind: 'append',
  clauseId,
  revision: revisionOf(text, at(s), by),
  ...(first ? { first } : {}),
});

/** Clause revisions and versions, as every Storage backend keeps them (HS1–HS5 in ./README.md). */
export function describeHistoryContract(name: string, open: () => Promise<HistoryUnderTest>): void {
  describe(`History storage contract: ${name}`, () => {
    let sut: HistoryUnderTest | undefined;
    let storage: Storage;
    beforeAll(async () => {
      sut = await open();
      storage = sut.storage;
    });
    afterAll(async () => {
      await sut?.cleanup();
    });
    const newDocument = (label: string) => createEmptyDocument(storage, metaFor(freshId(label)), actor);

    it('HS1: revisions of a clause come back oldest first with their authors; lastRevisions gives the newest of each', async () => {
      const id = await newDocument('revs');
      await storage.writeRevisions(id, [
        append('c1', 'One.', 0, [UK], true),
        append('c2', 'Two.', 0, [UK], true),
      ]);
      await storage.writeRevisions(id, [append('c1', 'One more.', 10, [FR, UK])]);
      const revs = await storage.clauseRevisions(id, 'c1');
      expect(revs.map((r) => [r.text, r.by, r.first ?? false])).toEqual([
        ['One.', [UK], true],
        ['One more.', [FR, UK], false],
      ]);
      const last = await storage.lastRevisions(id);
      expect(last.map((r) => [r.clauseId, r.text])).toEqual([
        ['c2', 'Two.'],
        ['c1', 'One more.'],
      ]);
      expect(await storage.clauseRevisions(id, 'nope')).toEqual([]);
    });

    it('HS2: a replace rewrites the newest revision in place and never the text at creation', async () => {
      const id = await newDocument('replace');
      await storage.writeRevisions(id, [append('c1', 'A', 0, [UK], true)]);
      await storage.writeRevisions(id, [append('c1', 'A b', 1, [FR])]);
      const [first, second] = await storage.clauseRevisions(id, 'c1');
      await storage.writeRevisions(id, [
        { kind: 'replace', id: second!.id, clauseId: 'c1', revision: revisionOf('A b c', at(2), [FR]) },
        { kind: 'replace', id: first!.id, clauseId: 'c1', revision: revisionOf('overwritten', at(2), [FR]) },
      ]);
      const revisions = await storage.clauseRevisions(id, 'c1');
      expect(revisions.slice(0, 2).map((r) => [r.id, r.text, r.at])).toEqual([
        [first!.id, 'A', at(0)],
        [second!.id, 'A b c', at(2)],
      ]);
      // The text at creation stays; the replacement of it is kept as a new revision instead.
      expect(revisions.slice(2).map((r) => r.text)).toEqual(['overwritten']);
    });

    it('HS2: a replace of a revision that is no longer the newest appends instead', async () => {
      const id = await newDocument('replace-stale');
      await storage.writeRevisions(id, [append('c1', 'A', 0, [UK], true)]);
      const [older] = await storage.writeRevisions(id, [append('c1', 'A b', 1, [FR])]);
      await storage.writeRevisions(id, [append('c1', 'A b c', 2, [UK])]);
      const [stored] = await storage.writeRevisions(id, [
        { kind: 'replace', id: older!.id, clauseId: 'c1', revision: revisionOf('A b d', at(3), [FR]) },
      ]);
      expect(stored!.id).not.toBe(older!.id);
      expect((await storage.clauseRevisions(id, 'c1')).map((r) => r.text)).toEqual([
        'A',
        'A b',
        'A b c',
        'A b d',
      ]);
    });

    it('HS3: revisionByHash finds the newest revision of that clause with that hash, and only of that clause', async () => {
      const id = await newDocument('byhash');
      await storage.writeRevisions(id, [append('c1', 'Same', 0, [UK]), append('c2', 'Same', 0, [UK])]);
      await storage.writeRevisions(id, [append('c1', 'Other', 1, [FR])]);
      const hash = revisionOf('Same', at(0)).hash;
      const found = await storage.revisionByHash(id, 'c1', hash);
      expect(found).toMatchObject({ clauseId: 'c1', text: 'Same', by: [UK] });
      expect(await storage.revisionByHash(id, 'c1', 'f'.repeat(64))).toBeUndefined();
      expect(await storage.revisionByHash('no-such-doc', 'c1', hash)).toBeUndefined();
    });

    it('HS4: a version is stored with its audit entry, listed without its clauses and read back whole', async () => {
      const id = await newDocument('versions');
      const version: StoredVersion = {
        id: freshId('v'),
        docId: id,
        name: 'Rev. 2 — after capitals’ comments',
        at: at(30),
        by: { ...UK, sub: actor.sub },
        title: 'Statement',
        clauses: [
          { id: 'c1', text: 'One.', hash: revisionOf('One.', at(0)).hash },
          { id: 'c2', text: 'Two.', hash: revisionOf('Two.', at(0)).hash },
        ],
      };
      const audit: AuditInput = {
        kind: 'version-created',
        actor,
        data: { versionId: version.id, name: version.name },
      };
      const entry = await storage.createVersion(version, audit);
      expect(entry).toMatchObject({ kind: 'version-created', seq: 2 });
      expect(await storage.listVersions(id)).toEqual([
        {
          id: version.id,
          docId: id,
          name: version.name,
          at: version.at,
          by: version.by,
          title: 'Statement',
          clauseCount: 2,
        },
      ]);
      expect(await storage.getVersion(id, version.id)).toEqual(version);
      expect(await storage.getVersion('other-doc', version.id)).toBeUndefined();
      expect(verifyChain(await storage.audit(id)).ok).toBe(true);
      await expect(storage.createVersion(version, audit)).rejects.toThrow();
      expect(await storage.audit(id)).toHaveLength(2);
    });

    it('HS5: revisions and versions survive compaction of the log and a restart', async () => {
      const id = await newDocument('survive');
      await storage.writeRevisions(id, [
        append('c1', 'Before.', 0, [UK], true),
        append('c1', 'After.', 9, [FR]),
      ]);
      await storage.createVersion(
        {
          id: freshId('v'),
          docId: id,
          name: 'Rev. 1',
          at: at(9),
          by: { ...UK, sub: actor.sub },
          title: 't',
          clauses: [],
        },
        { kind: 'version-created', actor },
      );
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      for (let i = 0; i < 20; i++) doc.getText('t').insert(0, `${i}`);
      await storage.appendUpdates(id, updates);
      expect((await storage.compact(id)).folded).toBeGreaterThan(0);
      storage = await sut!.reopen();
      expect((await storage.clauseRevisions(id, 'c1')).map((r) => [r.text, r.by])).toEqual([
        ['Before.', [UK]],
        ['After.', [FR]],
      ]);
      expect((await storage.listVersions(id)).map((v) => v.name)).toEqual(['Rev. 1']);
      const bytes = await storage.historyBytes(id);
      expect(bytes.revisions).toBeGreaterThan('Before.After.'.length);
      expect(bytes.versions).toBeGreaterThan(0);
    });
  });
}
