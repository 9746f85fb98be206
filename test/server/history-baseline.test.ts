import { createHeadlessStatement } from '@accord/statement';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestApp, type TestApp } from '../support/app';

/**
 * The texts at creation are a clause's first history entry (api.md "History and versions"), and
 * reads never write (#14): creation writes them; loading a document writes nothing.
 */
let t: TestApp;
let fr: string;

beforeEach(async () => {
  t = await createTestApp();
  fr = await t.token('FR', 'drafter');
});
afterEach(() => t.stop());

const history = async (docId: string, clauseId: string) =>
  (await (await t.api(`/api/docs/${docId}/clauses/${clauseId}/history`, { token: fr })).json()) as {
    text: string;
    by: { delegation: string; name: string }[];
  }[];
const clauses = async (docId: string) =>
  (await (await t.api(`/api/docs/${docId}/clauses`, { token: fr })).json()) as { id: string; text: string }[];

/** A document stored as it was before creation recorded history: state and audit, no revisions. */
async function storeWithoutHistory(id: string, texts: string[]) {
  const doc = new Y.Doc();
  const view = createHeadlessStatement(doc);
  view.appendClauses(texts);
  view.destroy();
  await t.server.storage.createDocument(
    {
      id,
      title: 'Older',
      parties: ['UK', 'FR'],
      tlp: 'CLEAR',
      place: '',
      createdAt: new Date().toISOString(),
      createdBy: 'UK penholder',
    },
    Y.encodeStateAsUpdate(doc),
    {
      kind: 'document-created',
      actor: { sub: 'UK-penholder', name: 'UK penholder', delegation: 'UK' },
      data: { title: 'Older', parties: 'UK,FR' },
    },
  );
  doc.destroy();
}

describe('history baseline on the write path', () => {
  it('creating a document stores its texts at creation as history, before anyone loads it', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'We meet.\n\nWe agree.');
    const stored = await t.server.storage.lastRevisions(docId);
    expect(stored.map((r) => r.text).sort()).toEqual(['We agree.', 'We meet.']);
    expect(stored.every((r) => r.by.some((b) => b.delegation === 'UK'))).toBe(true);
  });

  it('regression: loading a document without history wrote revisions (reads never write); its first edit writes the texts at creation', async () => {
    await storeWithoutHistory('older-doc', ['We meet.', 'We agree.']);
    // Reads load the document: nothing is written.
    const [first] = await clauses('older-doc');
    expect((await history('older-doc', first!.id)).map((e) => e.text)).toEqual(['We meet.']);
    expect(await t.server.storage.lastRevisions('older-doc')).toEqual([]);

    const patched = await t.api(`/api/docs/older-doc/clauses/${first!.id}`, {
      method: 'PATCH',
      token: fr,
      body: { text: 'We meet in Paris.' },
    });
    expect(patched.status).toBe(200);
    const h = await history('older-doc', first!.id);
    expect(h.map((e) => e.text)).toEqual(['We meet.', 'We meet in Paris.']);
    expect(h[0]!.by).toEqual([{ delegation: 'UK', name: 'UK penholder' }]);
    expect(h[1]!.by).toEqual([{ delegation: 'FR', name: 'FR drafter' }]);
  });
});
