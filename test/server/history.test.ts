import { createTestDatabase, openPostgresStorage, type TestDatabase } from '@accord/server';
import {
  connectEditorToDoc,
  createHeadlessStatement,
  registerStatement,
  STATEMENT_NODES,
} from '@accord/statement';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode, $isTextNode } from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Client, connectClient, synced, waitFor } from '../support/clients';
import { startTestServer, type TestServer } from '../support/server';

interface HistoryEntry {
  at: string;
  text: string;
  hash: string;
  by: { delegation: string; name: string }[];
}
interface Op {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  by?: { delegation: string; name: string }[];
}
interface ClauseJson {
  id: string;
  text: string;
  hash: string;
}

/** A delegate's editor in Node, on a real socket: the same nodes and binding the browser uses. */
function delegate(t: TestServer, docId: string, token: string) {
  const client: Client = connectClient(t.wsUrl, docId, token);
  const editor = createHeadlessEditor({
    nodes: STATEMENT_NODES,
    onError: (e) => {
      throw e;
    },
  });
  const stop = registerStatement(editor);
  const conn = connectEditorToDoc(editor, client.doc);
  return {
    client,
    /** Inserts `text` into clause `index` (0-based) after its first occurrence of `after`. */
    insert(index: number, after: string, text: string) {
      editor.update(
        () => {
          const clause = $getRoot().getChildren()[index];
          if (!$isElementNode(clause)) throw new Error('no clause');
          const node = clause.getAllTextNodes().find((n) => n.getTextContent().includes(after));
          if (!node || !$isTextNode(node)) throw new Error(`no "${after}"`);
          node.spliceText(node.getTextContent().indexOf(after) + after.length, 0, text);
        },
        { discrete: true },
      );
    },
    close() {
      conn.disconnect();
      stop();
      client.destroy();
    },
  };
}

const toText = (ops: Op[]) =>
  ops
    .filter((o) => o.op !== 'delete')
    .map((o) => o.text)
    .join('');

type Backend = {
  name: string;
  open: () => Promise<{ t: TestServer; restart: () => Promise<TestServer>; done: () => Promise<void> }>;
};

const backends: Backend[] = [
  {
    name: 'sqlite',
    open: async () => {
      let t = await startTestServer();
      return {
        t,
        restart: async () => {
          await t.stop(false);
          t = await startTestServer({ dataDir: t.dataDir });
          return t;
        },
        done: () => t.stop(),
      };
    },
  },
];
const pgAdmin = process.env.ACCORD_TEST_DATABASE_URL;
if (pgAdmin) {
  backends.push({
    name: 'postgres',
    open: async () => {
      const db: TestDatabase = await createTestDatabase(pgAdmin);
      let t = await startTestServer({ storage: await openPostgresStorage(db.url) });
      return {
        t,
        restart: async () => {
          await t.stop(false);
          t = await startTestServer({ dataDir: t.dataDir, storage: await openPostgresStorage(db.url) });
          return t;
        },
        done: async () => {
          await t.stop();
          await db.drop();
        },
      };
    },
  });
}

describe.each(backends)('clause history and versions ($name)', (backend) => {
  let t: TestServer;
  let restart: () => Promise<TestServer>;
  let done: () => Promise<void>;
  let uk: string;
  let fr: string;
  let observer: string;

  beforeAll(async () => {
    ({ t, restart, done } = await backend.open());
    uk = await t.token('UK');
    fr = await t.token('FR');
    observer = await t.token('FR', 'observer');
  });
  afterAll(() => done());

  const json = async <T>(path: string, token = uk, init: { method?: string; body?: unknown } = {}) => {
    const res = await t.api(path, { token, ...init });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const clauses = (docId: string) => json<ClauseJson[]>(`/api/docs/${docId}/clauses`);
  const history = (docId: string, clauseId: string) =>
    json<HistoryEntry[]>(`/api/docs/${docId}/clauses/${clauseId}/history`);
  const patch = (docId: string, clauseId: string, text: string, token: string) =>
    t.api(`/api/docs/${docId}/clauses/${clauseId}`, { method: 'PATCH', token, body: { text } });

  it('starts with the text at creation by its creator; PATCH edits are attributed; one burst is one entry', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'The allies condemn the attack.\n\nSecond clause.');
    const [c1, c2] = await clauses(docId);
    expect(await history(docId, c1!.id)).toEqual([
      {
        at: expect.any(String),
        text: 'The allies condemn the attack.',
        hash: c1!.hash,
        by: [{ delegation: 'UK', name: 'UK penholder' }],
      },
    ]);
    expect((await patch(docId, c1!.id, 'The allies firmly condemn the attack.', fr)).status).toBe(200);
    expect((await patch(docId, c1!.id, 'The allies firmly condemn the cyber attack.', fr)).status).toBe(200);
    expect(
      (await patch(docId, c1!.id, 'The allies firmly condemn the cyber attack of March.', uk)).status,
    ).toBe(200);
    const h = await history(docId, c1!.id);
    expect(h.map((e) => [e.text, e.by.map((b) => b.delegation)])).toEqual([
      ['The allies condemn the attack.', ['UK']],
      ['The allies firmly condemn the cyber attack.', ['FR']],
      ['The allies firmly condemn the cyber attack of March.', ['UK']],
    ]);
    expect((await history(docId, c2!.id)).map((e) => e.text)).toEqual(['Second clause.']);
    expect((await t.api(`/api/docs/${docId}/clauses/nope/history`, { token: uk })).status).toBe(404);
  });

  it('keeps the text at creation when the first thing anyone does is an edit', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'Untouched at first.');
    // Its clause id, read from storage without loading the document on the server.
    const stored = await t.server.storage.loadDocument(docId);
    const copy = new Y.Doc();
    for (const u of stored.updates) Y.applyUpdate(copy, u.data);
    const view = createHeadlessStatement(copy);
    const c = view.read()[0];
    view.destroy();
    expect((await patch(docId, c!.id, 'Edited at once.', fr)).status).toBe(200);
    expect((await history(docId, c!.id)).map((e) => [e.text, e.by[0]?.delegation])).toEqual([
      ['Untouched at first.', 'UK'],
      ['Edited at once.', 'FR'],
    ]);
  });

  it("diff from approval:UK is what UK decided on, with FR's insertion marked as FR's", async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'We condemn the attack.');
    const [c] = await clauses(docId);
    const approve = await t.api(`/api/docs/${docId}/clauses/${c!.id}/approval`, {
      token: uk,
      body: { state: 'approved', hash: c!.hash },
    });
    expect(approve.status).toBe(200);
    await patch(docId, c!.id, 'We strongly condemn the attack.', fr);
    const diff = await json<{ from: string; to: string; ops: Op[]; decision?: { party: string } }>(
      `/api/docs/${docId}/clauses/${c!.id}/diff?from=approval:UK`,
    );
    expect(diff.from).toBe(c!.hash);
    expect(diff.to).toBe((await clauses(docId))[0]!.hash);
    expect(diff.ops.filter((o) => o.op !== 'equal')).toEqual([
      { op: 'insert', text: 'strongly ', by: [{ delegation: 'FR', name: 'FR drafter' }] },
    ]);
    expect(toText(diff.ops)).toBe('We strongly condemn the attack.');
    expect(diff.decision?.party).toBe('UK');
    // The same diff by hash, and the reverse direction.
    const byHash = await json<{ ops: Op[] }>(`/api/docs/${docId}/clauses/${c!.id}/diff?from=${c!.hash}`);
    expect(byHash.ops).toEqual(diff.ops);
    const back = await json<{ ops: Op[] }>(
      `/api/docs/${docId}/clauses/${c!.id}/diff?from=${diff.to}&to=${c!.hash}`,
    );
    expect(back.ops.filter((o) => o.op !== 'equal')).toEqual([{ op: 'delete', text: 'strongly ' }]);

    const status = async (q: string) =>
      (await t.api(`/api/docs/${docId}/clauses/${c!.id}/diff?${q}`, { token: uk })).status;
    expect(await status(`from=${'f'.repeat(64)}`)).toBe(404);
    expect(await status('from=approval:DE')).toBe(404);
    expect(await status('from=nonsense')).toBe(400);
    expect(await status('')).toBe(400);
    expect(await status(`from=${c!.hash}&to=xyz`)).toBe(400);
  });

  it('concurrent edits by two delegations in one clause are each attributed to their author', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'The allies condemn the attack on the grid.');
    const [c] = await clauses(docId);
    const a = delegate(t, docId, uk);
    const b = delegate(t, docId, fr);
    await Promise.all([synced(a.client), synced(b.client)]);
    await waitFor(
      () => a.client.doc.get('root', Y.XmlText).length > 0 && b.client.doc.get('root', Y.XmlText).length > 0,
      {
        what: 'content',
      },
    );
    // Both type before either hears of the other.
    a.insert(0, 'allies ', 'firmly ');
    b.insert(0, 'the grid', ' of Estonia');
    const merged = 'The allies firmly condemn the attack on the grid of Estonia.';
    await waitFor(async () => (await clauses(docId))[0]!.text === merged, { what: 'both edits' });
    const diff = await json<{ ops: Op[] }>(`/api/docs/${docId}/clauses/${c!.id}/diff?from=${c!.hash}`);
    expect(diff.ops.filter((o) => o.op === 'insert')).toEqual([
      { op: 'insert', text: 'firmly ', by: [{ delegation: 'UK', name: 'UK drafter' }] },
      { op: 'insert', text: ' of Estonia', by: [{ delegation: 'FR', name: 'FR drafter' }] },
    ]);
    const h = await history(docId, c!.id);
    expect(h.at(-1)!.text).toBe(merged);
    expect(new Set(h.slice(1).flatMap((e) => e.by.map((x) => x.delegation)))).toEqual(new Set(['UK', 'FR']));
    a.close();
    b.close();
  });

  it('named versions: a drafter freezes the statement, anyone compares and exports it, both audited', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'Alpha.\n\nBravo.\n\nCharlie.');
    const [a, b, c] = await clauses(docId);
    const created = await t.api(`/api/docs/${docId}/versions`, { token: uk, body: { name: 'Rev. 1' } });
    expect(created.status).toBe(201);
    const rev1 = (await created.json()) as {
      id: string;
      name: string;
      at: string;
      by: { delegation: string; name: string };
    };
    expect(rev1).toMatchObject({ name: 'Rev. 1', by: { delegation: 'UK', name: 'UK drafter' } });
    expect(
      (await t.api(`/api/docs/${docId}/versions`, { token: observer, body: { name: 'x' } })).status,
    ).toBe(403);
    expect((await t.api(`/api/docs/${docId}/versions`, { token: uk, body: { name: '  ' } })).status).toBe(
      400,
    );

    await patch(docId, b!.id, 'Bravo two.', fr);
    const v2 = await json<{ id: string }>(`/api/docs/${docId}/versions`, uk, {
      method: 'POST',
      body: { name: 'Rev. 2' },
    });
    expect(
      (await json<{ name: string }[]>(`/api/docs/${docId}/versions`, observer)).map((v) => v.name),
    ).toEqual(['Rev. 1', 'Rev. 2']);

    const cmp = await json<{ clauses: { id: string; change: string; ops?: Op[] }[] }>(
      `/api/docs/${docId}/compare?from=${rev1.id}&to=${v2.id}`,
    );
    expect(cmp.clauses.map((x) => [x.id, x.change])).toEqual([
      [a!.id, 'same'],
      [b!.id, 'changed'],
      [c!.id, 'same'],
    ]);
    expect(cmp.clauses[1]!.ops!.filter((o) => o.op === 'insert').map((o) => o.text)).toEqual([' two']);
    const now = await json<{ clauses: { change: string }[] }>(
      `/api/docs/${docId}/compare?from=${rev1.id}&to=current`,
    );
    expect(now.clauses.map((x) => x.change)).toEqual(['same', 'changed', 'same']);
    expect((await t.api(`/api/docs/${docId}/compare?from=nope&to=current`, { token: uk })).status).toBe(404);
    expect((await t.api(`/api/docs/${docId}/compare?from=${rev1.id}`, { token: uk })).status).toBe(400);

    const html = await t.api(`/api/docs/${docId}/export?format=html&version=${rev1.id}`, { token: fr });
    expect(html.status).toBe(200);
    const page = await html.text();
    expect(page).toContain('Bravo.');
    expect(page).not.toContain('Bravo two.');
    expect((await t.api(`/api/docs/${docId}/export?format=html&version=nope`, { token: fr })).status).toBe(
      404,
    );
    // Without version, the export route is the document's own.
    const current = await t.api(`/api/docs/${docId}/export?format=md`, { token: fr });
    expect(await current.text()).toContain('Bravo two.');

    // The comparison as a redline file, HTML and PDF.
    const redline = await t.api(`/api/docs/${docId}/compare?from=${rev1.id}&to=current&format=html`, {
      token: fr,
    });
    expect(redline.status).toBe(200);
    expect(redline.headers.get('content-type')).toContain('text/html');
    expect(await redline.text()).toMatch(
      /Bravo<ins title="inserted by FR drafter \(FR\)"> two<sup>FR<\/sup><\/ins>\./,
    );
    const pdf = await t.api(`/api/docs/${docId}/compare?from=${rev1.id}&to=${v2.id}&format=pdf`, {
      token: fr,
    });
    expect(pdf.status).toBe(200);
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    expect(
      (await t.api(`/api/docs/${docId}/compare?from=${rev1.id}&to=current&format=docx`, { token: fr }))
        .status,
    ).toBe(400);

    const audit = await json<{ kind: string; verified: boolean; data?: Record<string, unknown> }[]>(
      `/api/docs/${docId}/audit`,
    );
    expect(audit.filter((e) => e.kind === 'version-created').map((e) => e.data?.name)).toEqual([
      'Rev. 1',
      'Rev. 2',
    ]);
    expect(audit.some((e) => e.kind === 'export' && e.data?.versionId === rev1.id)).toBe(true);
    expect(audit.filter((e) => e.kind === 'export' && e.data?.compareFrom === rev1.id)).toHaveLength(2);
    expect(audit.every((e) => e.verified)).toBe(true);
  });

  it('history and authorship survive compaction of the log and a restart', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'Keep me.');
    const [c] = await clauses(docId);
    await patch(docId, c!.id, 'Keep me, FR said.', fr);
    await patch(docId, c!.id, 'Keep me, FR said, and UK agreed.', uk);
    const before = await history(docId, c!.id);
    expect(before).toHaveLength(3);
    await waitFor(async () => (await t.server.storage.compact(docId)).folded >= 0, { what: 'compaction' });
    expect((await t.server.storage.loadDocument(docId)).updates).toHaveLength(0);
    t = await restart();
    expect(await history(docId, c!.id)).toEqual(before);
    const diff = await json<{ ops: Op[] }>(`/api/docs/${docId}/clauses/${c!.id}/diff?from=${c!.hash}`);
    expect(diff.ops.filter((o) => o.op === 'insert').map((o) => [o.text, o.by?.[0]?.delegation])).toEqual([
      [', FR said', 'FR'],
      [', and UK agreed', 'UK'],
    ]);
  });
});
