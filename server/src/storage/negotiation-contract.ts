import { verifyChain } from '@accord/approvals';
import type { Amendment, Comment } from '@accord/negotiation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractMeta, createEmptyDocument, freshId } from './contract-support';
import type { DocumentMeta, Storage } from './storage';

/** A backend opened for the negotiation contract; `reopen` closes it and opens the same data again. */
export interface NegotiationUnderTest {
  storage: Storage;
  reopen: () => Promise<Storage>;
  cleanup: () => Promise<void>;
}

const actor = { sub: 'u-fr-1', name: 'Camille Martin', delegation: 'FR' };
const FR = { delegation: 'FR', name: 'Camille Martin' };
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, s)).toISOString();

const metaFor = (id: string): DocumentMeta =>
  contractMeta(id, { parties: ['UK', 'FR'], createdAt: at(0), createdBy: actor.name });

const comment = (id: string, s: number, over: Partial<Comment> = {}): Comment => ({
  id,
  clauseId: 'c1',
  text: `comment ${id}`,
  by: FR,
  sub: actor.sub,
  at: at(s),
  replyTo: null,
  resolved: false,
  ...over,
});

const amendment = (id: string, s: number, over: Partial<Amendment> = {}): Amendment => ({
  id,
  clauseId: 'c1',
  by: FR,
  sub: actor.sub,
  at: at(s),
  baseHash: 'a'.repeat(64),
  baseText: 'The allies condemn.',
  text: 'The allies deplore.',
  note: null,
  status: 'open',
  ...over,
});

/** Comments and amendments as every Storage backend keeps them (NS1–NS4 in ./README.md). */
export function describeNegotiationContract(name: string, open: () => Promise<NegotiationUnderTest>): void {
  describe(`Negotiation storage contract: ${name}`, () => {
    let sut: NegotiationUnderTest | undefined;
    let storage: Storage;
    beforeAll(async () => {
      sut = await open();
      storage = sut.storage;
    });
    afterAll(async () => {
      await sut?.cleanup();
    });
    const newDocument = (label: string) => createEmptyDocument(storage, metaFor(freshId(label)), actor);

    it('NS1: comments come back oldest first, as stored, and survive a reopen', async () => {
      const doc = await newDocument('ns1');
      const anchored = comment('k2', 2, {
        start: 1,
        end: 4,
        anchor: { start: 'AQ==', end: 'Ag==' },
        replyTo: 'k1',
      });
      await storage.addComment(doc, comment('k1', 1));
      await storage.addComment(doc, anchored);
      expect(await storage.comments(doc)).toEqual([comment('k1', 1), anchored]);
      storage = await sut!.reopen();
      expect(await storage.getComment(doc, 'k2')).toEqual(anchored);
      expect(await storage.getComment(doc, 'nope')).toBeUndefined();
      expect(await storage.comments(await newDocument('ns1-empty'))).toEqual([]);
    });

    it('NS2: resolving a comment is committed with its audit entry; a refusal writes nothing', async () => {
      const doc = await newDocument('ns2');
      await storage.addComment(doc, comment('k1', 1));
      const before = (await storage.audit(doc)).length;
      await expect(
        storage.changeComment(
          doc,
          'k1',
          () => {
            throw new Error('refused');
          },
          at(3),
        ),
      ).rejects.toThrow('refused');
      expect(await storage.audit(doc)).toHaveLength(before);
      const resolved = { ...comment('k1', 1), resolved: true, resolvedBy: FR, resolvedAt: at(3) };
      const seen: (Comment | undefined)[] = [];
      const { comment: stored, entry } = await storage.changeComment(
        doc,
        'k1',
        (current) => {
          seen.push(current);
          return {
            row: resolved,
            audit: { kind: 'comment-resolved', actor, clauseId: 'c1', data: { commentId: 'k1' } },
          };
        },
        at(3),
      );
      expect(seen).toEqual([comment('k1', 1)]);
      expect(stored).toEqual(resolved);
      expect(entry).toMatchObject({ kind: 'comment-resolved', seq: before + 1, at: at(3) });
      expect(await storage.getComment(doc, 'k1')).toEqual(resolved);
      expect(verifyChain(await storage.audit(doc))).toEqual({ ok: true });
    });

    it('NS3: an amendment is stored with its audit entry; transitions under the lock, each audited', async () => {
      const doc = await newDocument('ns3');
      const a1 = amendment('a1', 1);
      const a2 = amendment('a2', 2, { by: { delegation: 'UK', name: 'Alice' }, clauseId: 'c2' });
      const e1 = await storage.addAmendment(
        doc,
        a1,
        { kind: 'amendment-proposed', actor, clauseId: 'c1' },
        a1.at,
      );
      await storage.addAmendment(doc, a2, { kind: 'amendment-proposed', actor, clauseId: 'c2' }, a2.at);
      expect(e1).toMatchObject({ kind: 'amendment-proposed', seq: 2 });
      expect(await storage.amendments(doc)).toEqual([a1, a2]);

      const supersededAt = at(5);
      const changed = await storage.changeAmendments(
        doc,
        'open',
        (open) =>
          open.map((a) => ({
            row: {
              ...a,
              status: 'superseded' as const,
              decision: { by: { delegation: 'ALL', name: 'Accord' }, at: supersededAt },
            },
            audit: {
              kind: 'amendment-superseded' as const,
              actor,
              clauseId: a.clauseId,
              data: { amendmentId: a.id },
            },
          })),
        supersededAt,
      );
      expect(changed.map((c) => [c.amendment.id, c.entry.kind, c.entry.seq])).toEqual([
        ['a1', 'amendment-superseded', 4],
        ['a2', 'amendment-superseded', 5],
      ]);
      // Nothing is open any more: a second pass finds nothing to do.
      const none = await storage.changeAmendments(
        doc,
        'open',
        (open) => {
          expect(open).toEqual([]);
          return [];
        },
        at(6),
      );
      expect(none).toEqual([]);
      storage = await sut!.reopen();
      expect((await storage.getAmendment(doc, 'a2'))?.status).toBe('superseded');
      expect(verifyChain(await storage.audit(doc))).toEqual({ ok: true });
    });

    it('NS4: a refused amendment change writes neither the row nor the audit entry', async () => {
      const doc = await newDocument('ns4');
      await storage.addAmendment(doc, amendment('a1', 1), { kind: 'amendment-proposed', actor }, at(1));
      const before = await storage.audit(doc);
      await expect(
        storage.changeAmendments(
          doc,
          { ids: ['a1'] },
          (rows) => {
            expect(rows.map((r) => r.id)).toEqual(['a1']);
            throw new Error('not the penholder');
          },
          at(2),
        ),
      ).rejects.toThrow('not the penholder');
      expect(await storage.audit(doc)).toEqual(before);
      expect((await storage.getAmendment(doc, 'a1'))?.status).toBe('open');
      const picked = await storage.changeAmendments(
        doc,
        { ids: ['a1', 'missing'] },
        (rows) => {
          expect(rows.map((r) => r.id)).toEqual(['a1']);
          return [
            {
              row: { ...rows[0]!, status: 'withdrawn' as const },
              audit: { kind: 'amendment-withdrawn' as const, actor },
            },
          ];
        },
        at(3),
      );
      expect(picked[0]?.amendment.status).toBe('withdrawn');
      expect((await storage.getAmendment(doc, 'a1'))?.status).toBe('withdrawn');
    });
  });
}
