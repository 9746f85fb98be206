import { connectEditorToDoc, registerStatement, STATEMENT_NODES } from '@accord/statement';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, synced, waitFor } from '../support/clients';
import { startTestServer, type TestServer } from '../support/server';

interface ClauseJson {
  id: string;
  text: string;
  hash: string;
  approvals: Record<string, { state: string; stale: boolean }>;
}

/** A delegate's editor in Node: the same Lexical nodes and binding the browser uses. */
function editorOn(doc: import('yjs').Doc) {
  const editor = createHeadlessEditor({
    nodes: STATEMENT_NODES,
    onError: (e) => {
      throw e;
    },
  });
  const stop = registerStatement(editor);
  const conn = connectEditorToDoc(editor, doc);
  return {
    editor,
    close() {
      conn.disconnect();
      stop();
    },
  };
}

describe('clause lifecycle', () => {
  let t: TestServer;
  let docId: string;
  let fr: string;
  const clauses = async () =>
    (await (await t.api(`/api/docs/${docId}/clauses`, { token: fr })).json()) as ClauseJson[];

  beforeAll(async () => {
    t = await startTestServer();
    docId = await t.createDoc(['FR'], 'Alpha.\n\nBravo.\n\nCharlie.');
    fr = await t.token('FR');
    for (const c of await clauses()) {
      await t.api(`/api/docs/${docId}/clauses/${c.id}/approval`, {
        token: fr,
        body: { state: 'approved', hash: c.hash },
      });
    }
  });
  afterAll(() => t.stop());

  it('keeps the approvals of a moved clause', async () => {
    const client = connectClient(t.wsUrl, docId, fr);
    await synced(client);
    const { editor, close } = editorOn(client.doc);
    editor.update(
      () => {
        const [first, , third] = $getRoot().getChildren();
        third!.insertBefore(first!);
      },
      { discrete: true },
    );
    await waitFor(async () => (await clauses()).map((c) => c.text).join(' ') === 'Bravo. Alpha. Charlie.', {
      what: 'move',
    });
    expect(
      (await clauses()).every((c) => c.approvals.FR?.state === 'approved' && !c.approvals.FR.stale),
    ).toBe(true);
    close();
    client.destroy();
  });

  it('takes the approvals of a deleted clause to the audit log', async () => {
    const client = connectClient(t.wsUrl, docId, fr);
    await synced(client);
    const { editor, close } = editorOn(client.doc);
    const bravo = (await clauses()).find((c) => c.text === 'Bravo.')!;
    editor.update(() => $getRoot().getChildren()[0]!.remove(), { discrete: true });
    await waitFor(async () => (await clauses()).length === 2, { what: 'deletion' });
    type Entry = { kind: string; clauseId?: string; data?: Record<string, unknown> };
    const audit = async () =>
      (await (await t.api(`/api/docs/${docId}/audit`, { token: fr })).json()) as Entry[];
    // Retired on the write path, once the deletion is stored: wait for the entry, not a sleep.
    await waitFor(async () => (await audit()).some((e) => e.kind === 'clause-deleted'), {
      what: 'clause-deleted entry',
    });
    const entry = (await audit()).find((e) => e.kind === 'clause-deleted');
    expect(entry?.clauseId).toBe(bravo.id);
    // AP9: who approved, when, on which hash, per party (no "FR:approved:hash" strings).
    expect(entry?.data).toMatchObject({ approvals: 1, 'FR.state': 'approved', 'FR.hash': bravo.hash });
    expect(entry?.data?.['FR.by']).toEqual(expect.any(String));
    expect(entry?.data?.['FR.at']).toEqual(expect.any(String));
    expect((await (await t.api(`/api/docs/${docId}`, { token: fr })).json()).status).toBe('agreed');
    close();
    client.destroy();
  });
});
