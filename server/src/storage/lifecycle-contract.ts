import { verifyChain } from '@accord/approvals';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractMeta, createEmptyDocument, freshId } from './contract-support';
import type { StoredLifecycle } from './lifecycle';
import type { DocumentMeta, Storage } from './storage';

/** A backend opened for the lifecycle contract; `reopen` closes it and opens the same data again. */
export interface LifecycleUnderTest {
  storage: Storage;
  reopen?: () => Promise<Storage>;
  cleanup: () => Promise<void>;
}

const actor = { sub: 'u-uk-1', name: 'Alice Hart', delegation: 'UK' };

const metaFor = (id: string): DocumentMeta =>
  contractMeta(id, { parties: ['UK', 'FR'], createdAt: '2026-12-01T10:00:00.000Z', createdBy: actor.name });

const silence = (version: number): StoredLifecycle => ({
  phase: 'silence',
  version,
  silence: { deadline: '2026-12-02T10:00:00.000Z', by: actor, startedAt: '2026-12-01T10:00:00.000Z' },
});

/** Document lifecycle and editable metadata, as every Storage backend keeps them (LC1–LC4). */
export function describeLifecycleContract(name: string, open: () => Promise<LifecycleUnderTest>): void {
  describe(`Lifecycle storage contract: ${name}`, () => {
    let sut: LifecycleUnderTest | undefined;
    let storage: Storage;
    beforeAll(async () => {
      sut = await open();
      storage = sut.storage;
    });
    afterAll(async () => {
      await sut?.cleanup();
    });
    const newDocument = (label: string) => createEmptyDocument(storage, metaFor(freshId(label)), actor);

    it('LC1: a document that never changed lifecycle reads as open, version 0', async () => {
      const id = await newDocument('open');
      expect(await storage.lifecycle(id)).toEqual({ phase: 'open', version: 0 });
    });

    it('LC2: compare-and-set — a change applies only to the version it was decided on; exactly one of concurrent writers wins', async () => {
      const id = await newDocument('cas');
      const results = await Promise.all([
        storage.swapLifecycle(id, 0, silence(1)),
        storage.swapLifecycle(id, 0, { phase: 'adopted', version: 1 }),
        storage.swapLifecycle(id, 0, silence(1)),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const now = await storage.lifecycle(id);
      expect(now.version).toBe(1);
      expect(await storage.swapLifecycle(id, 0, { phase: 'open', version: 1 })).toBe(false);
      const next: StoredLifecycle = { phase: 'adopted', version: 2, adoptedAt: '2026-12-02T10:00:00.000Z' };
      const second = await Promise.all([
        storage.swapLifecycle(id, 1, next),
        storage.swapLifecycle(id, 1, next),
      ]);
      expect(second.filter(Boolean)).toHaveLength(1);
      expect(await storage.lifecycle(id)).toEqual(next);
    });

    it('LC3: frozenLifecycles lists adopted, silenced and concluding documents, not open ones', async () => {
      const open = await newDocument('lc3-open');
      const adopted = await newDocument('lc3-adopted');
      const silenced = await newDocument('lc3-silenced');
      const reopened = await newDocument('lc3-reopened');
      await storage.swapLifecycle(adopted, 0, {
        phase: 'adopted',
        version: 1,
        concluding: '2026-12-02T10:00:00.000Z',
      });
      await storage.swapLifecycle(silenced, 0, silence(1));
      await storage.swapLifecycle(reopened, 0, { phase: 'adopted', version: 1 });
      await storage.swapLifecycle(reopened, 1, { phase: 'open', version: 2 });
      const listed = new Map((await storage.frozenLifecycles()).map((f) => [f.docId, f.lifecycle]));
      expect(listed.has(open)).toBe(false);
      expect(listed.has(reopened)).toBe(false);
      expect(listed.get(adopted)).toMatchObject({ phase: 'adopted', concluding: '2026-12-02T10:00:00.000Z' });
      expect(listed.get(silenced)).toEqual(silence(1));
    });

    it('LC4: updateDocumentMeta changes title, TLP and place with its audit entry; unknown documents are refused', async () => {
      const id = await newDocument('meta');
      const entry = await storage.updateDocumentMeta(
        id,
        { title: 'Joint statement', place: 'Brussels' },
        { kind: 'document-updated', actor, data: { title: 'Joint statement', place: 'Brussels' } },
        '2026-12-01T11:00:00.000Z',
      );
      expect(entry.kind).toBe('document-updated');
      expect(await storage.getDocument(id)).toMatchObject({
        title: 'Joint statement',
        place: 'Brussels',
        tlp: 'CLEAR',
      });
      await storage.updateDocumentMeta(
        id,
        { tlp: 'RED' },
        { kind: 'document-updated', actor },
        '2026-12-01T11:01:00.000Z',
      );
      expect((await storage.getDocument(id))?.tlp).toBe('RED');
      const audit = await storage.audit(id);
      expect(audit.map((e) => e.kind)).toEqual(['document-created', 'document-updated', 'document-updated']);
      expect(verifyChain(audit).ok).toBe(true);
      await expect(
        storage.updateDocumentMeta(
          'no-such-doc',
          { title: 'x' },
          { kind: 'document-updated', actor },
          '2026-12-01T11:00:00.000Z',
        ),
      ).rejects.toThrow();
    });

    it('LC5: the lifecycle survives reopening the storage', async () => {
      if (!sut?.reopen) return;
      const id = await newDocument('durable');
      await storage.swapLifecycle(id, 0, silence(1));
      storage = await sut.reopen();
      expect(await storage.lifecycle(id)).toEqual(silence(1));
    });
  });
}
