import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sign } from 'hono/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { closeCodeOf, connectClient, synced, waitFor } from '../support/clients';
import { openNamedEvents } from '../support/live-events';
import { openSocket, openStream } from '../support/membership';
import { startTestServer, TEST_SECRET, type TestServer } from '../support/server';

/**
 * /work/shared/design/api.md, walked in order as an outside acceptance test would: a real server
 * on port 0, tokens minted by an integrator over AUTH_SECRET, plain fetch, a stock y-websocket
 * WebsocketProvider and raw sockets. Every expectation is written from api.md alone.
 */

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const HEX64 = /^[0-9a-f]{64}$/;
const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const sha = (s: string) => createHash('sha256').update(normalise(s)).digest('hex');

interface Clause {
  id: string;
  index: number;
  text: string;
  hash: string;
  approvals: Record<
    string,
    { state: string; by: string; at: string; hash: string; stale: boolean; note?: string }
  >;
}

let t: TestServer;
let clientDir: string;
const tok = {} as Record<'ukPen' | 'frPen' | 'fr' | 'us' | 'usPen' | 'de' | 'frObs', string>;

async function json<T = unknown>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
/** `{error:{code,message}}` with the given status. */
async function expectError(res: Response, status: number, code?: string) {
  expect(res.status).toBe(status);
  const body = await json<{ error: { code: string; message: string } }>(res);
  expect(body.error).toEqual(
    expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
  );
  if (code) expect(body.error.code).toBe(code);
  return body;
}
const call = (path: string, token?: string, body?: unknown, method?: string) =>
  t.api(path, { token, body, ...(method ? { method } : {}) });
const clausesOf = async (docId: string, token = tok.ukPen) =>
  json<Clause[]>(await call(`/api/docs/${docId}/clauses`, token));
async function newDoc(parties: string[], text: string, extra: Record<string, unknown> = {}) {
  const res = await call('/api/docs', tok.ukPen, { title: 'Joint statement', parties, text, ...extra });
  expect(res.status).toBe(201);
  return (await json<{ id: string }>(res)).id;
}
async function approveAll(docId: string, parties: Record<string, string>) {
  for (const c of await clausesOf(docId)) {
    for (const token of Object.values(parties)) {
      const res = await call(`/api/docs/${docId}/clauses/${c.id}/approval`, token, {
        state: 'approved',
        hash: c.hash,
      });
      expect(res.status).toBe(200);
    }
  }
}
const status = async (docId: string) =>
  (await json<{ status: string }>(await call(`/api/docs/${docId}`, tok.ukPen))).status;

function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'accord-contract-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(
    join(clientDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-Abc123.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(
    join(clientDir, 'assets', 'index-Abc123.js'),
    `console.log(${JSON.stringify('accord '.repeat(3000))});\n`,
  );
  t = await startTestServer({ clientDir, metricsToken: 'contract-metrics-token' });
  tok.ukPen = await t.token('UK', 'penholder');
  tok.frPen = await t.token('FR', 'penholder');
  tok.fr = await t.token('FR', 'drafter');
  tok.us = await t.token('US', 'drafter');
  tok.usPen = await t.token('US', 'penholder');
  tok.de = await t.token('DE', 'drafter');
  tok.frObs = await t.token('FR', 'observer');
}, 30_000);

let stopped = false;
afterAll(async () => {
  if (!stopped) await t?.stop();
  else rmSync(t.dataDir, { recursive: true, force: true });
  rmSync(clientDir, { recursive: true, force: true });
});

describe('Running', () => {
  it('GET /api/health answers 200 {"ok":true}', async () => {
    const res = await call('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe('Identity', () => {
  it('REST without a token, with a bad signature or past exp answers 401 {error:{code,message}}', async () => {
    await expectError(await call('/api/docs'), 401);
    const forged = await sign(
      { sub: 'x', name: 'X', delegation: 'UK', role: 'penholder', exp: Math.floor(Date.now() / 1000) + 60 },
      'not-the-secret-not-the-secret-not-the-secret',
      'HS256',
    );
    await expectError(await call('/api/docs', forged), 401);
    await expectError(
      await call('/api/docs', await t.token('UK', 'penholder', { exp: Math.floor(Date.now() / 1000) - 5 })),
      401,
    );
  });

  it('a token without exp is refused (401)', async () => {
    const noExp = await sign(
      { sub: 'n', name: 'N', delegation: 'UK', role: 'penholder' },
      TEST_SECRET,
      'HS256',
    );
    await expectError(await call('/api/docs', noExp), 401);
  });
});

describe('REST (original section)', () => {
  let docId: string;

  it('POST /api/docs (penholder) → 201 {id, title, parties}; text split on blank lines becomes the clauses', async () => {
    const res = await call('/api/docs', tok.ukPen, {
      title: 'Cyber statement',
      parties: ['UK', 'FR', 'US'],
      text: 'We meet in London.\n\nWe   agree  on cooperation.\n\n\nWe will meet again.',
    });
    expect(res.status).toBe(201);
    const body = await json<{ id: string; title: string; parties: string[] }>(res);
    expect(body).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        title: 'Cyber statement',
        parties: ['UK', 'FR', 'US'],
      }),
    );
    docId = body.id;
  });

  it('POST /api/docs: a drafter or observer → 403, an invalid body → 400', async () => {
    await expectError(await call('/api/docs', tok.fr, { title: 'x', parties: ['FR'] }), 403);
    await expectError(await call('/api/docs', tok.frObs, { title: 'x', parties: ['FR'] }), 403);
    await expectError(await call('/api/docs', tok.ukPen, { parties: 'UK' }), 400);
  });

  it('GET /api/docs lists the documents the caller’s delegation is party to', async () => {
    const fr = await json<{ id: string }[]>(await call('/api/docs', tok.fr));
    expect(fr.map((d) => d.id)).toContain(docId);
    const de = await json<{ id: string }[]>(await call('/api/docs', tok.de));
    expect(de.map((d) => d.id)).not.toContain(docId);
  });

  it('GET /api/docs/:id (party) → {id, title, parties, status:"drafting"}; non-party 403; unknown 404', async () => {
    const res = await call(`/api/docs/${docId}`, tok.fr);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(
      expect.objectContaining({
        id: docId,
        title: 'Cyber statement',
        parties: ['UK', 'FR', 'US'],
        status: 'drafting',
      }),
    );
    await expectError(await call(`/api/docs/${docId}`, tok.de), 403);
    await expectError(await call('/api/docs/no-such-document', tok.fr), 404);
  });

  it('GET /api/docs/:id/clauses → [{id, index, text, hash, approvals}] in document order; hash is SHA-256 of the normalised text', async () => {
    const res = await call(`/api/docs/${docId}/clauses`, tok.fr);
    expect(res.status).toBe(200);
    const clauses = await json<Clause[]>(res);
    const indexes = clauses.map((c) => c.index);
    expect(indexes).toHaveLength(3);
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
    expect(new Set(indexes).size).toBe(3);
    expect(normalise(clauses[1]!.text)).toBe('We agree on cooperation.');
    for (const c of clauses) {
      expect(c).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          index: expect.any(Number),
          text: expect.any(String),
        }),
      );
      // No decision yet: every party is listed as pending (by/at/hash come with a decision).
      for (const code of ['UK', 'FR', 'US']) {
        expect(c.approvals[code]).toEqual(expect.objectContaining({ state: 'pending', stale: false }));
      }
      expect(c.hash).toMatch(HEX64);
      expect(c.hash).toBe(sha(c.text));
    }
  });

  it('POST …/approval {state, hash, note?} records the delegation’s state; approvals carry {state, by, at, hash, stale, note?}', async () => {
    const [c] = await clausesOf(docId);
    const res = await call(`/api/docs/${docId}/clauses/${c!.id}/approval`, tok.fr, {
      state: 'approved',
      hash: c!.hash,
    });
    expect(res.status).toBe(200);
    const obj = await call(`/api/docs/${docId}/clauses/${c!.id}/approval`, tok.us, {
      state: 'objection',
      hash: c!.hash,
      note: 'Not yet.',
    });
    expect(obj.status).toBe(200);
    const after = (await clausesOf(docId))[0]!;
    expect(after.approvals.FR).toEqual(
      expect.objectContaining({ state: 'approved', by: expect.any(String), hash: c!.hash, stale: false }),
    );
    expect(after.approvals.FR!.at).toMatch(ISO);
    expect(after.approvals.US).toEqual(
      expect.objectContaining({ state: 'objection', note: 'Not yet.', stale: false }),
    );
  });

  it('POST …/approval: a stale hash → 409; an objection without a note or an unknown state → 400; an observer → 403', async () => {
    const [c] = await clausesOf(docId);
    const path = `/api/docs/${docId}/clauses/${c!.id}/approval`;
    await expectError(await call(path, tok.fr, { state: 'approved', hash: '0'.repeat(64) }), 409);
    await expectError(await call(path, tok.fr, { state: 'objection', hash: c!.hash }), 400);
    await expectError(await call(path, tok.fr, { state: 'maybe', hash: c!.hash }), 400);
    await expectError(await call(path, tok.frObs, { state: 'approved', hash: c!.hash }), 403);
    for (const state of ['reserve', 'pending', 'approved']) {
      expect((await call(path, tok.fr, { state, hash: c!.hash })).status).toBe(200);
    }
  });

  it('PATCH …/clauses/:clauseId {text} (drafter) is applied as a Yjs change connected editors see; approvals go stale and count as pending', async () => {
    const [c] = await clausesOf(docId);
    const editor = connectClient(t.wsUrl, docId, tok.us);
    try {
      await synced(editor);
      const root = editor.doc.get('root', Y.XmlText);
      let changed = false;
      editor.doc.on('update', () => {
        changed = true;
      });
      const res = await call(
        `/api/docs/${docId}/clauses/${c!.id}`,
        tok.fr,
        { text: 'We meet in Paris.' },
        'PATCH',
      );
      expect(res.status).toBe(200);
      await waitFor(() => changed && root.toString().includes('Paris'), { what: 'the edit on the socket' });
    } finally {
      editor.destroy();
    }
    const after = (await clausesOf(docId))[0]!;
    expect(after.text).toBe('We meet in Paris.');
    expect(after.hash).toBe(sha('We meet in Paris.'));
    expect(after.approvals.FR).toEqual(expect.objectContaining({ stale: true }));
    await expectError(
      await call(`/api/docs/${docId}/clauses/${c!.id}`, tok.frObs, { text: 'x' }, 'PATCH'),
      403,
    );
    await expectError(
      await call(`/api/docs/${docId}/clauses/no-such-clause`, tok.fr, { text: 'x' }, 'PATCH'),
      404,
    );
    await expectError(await call(`/api/docs/${docId}/clauses/${c!.id}`, tok.fr, { words: 1 }, 'PATCH'), 400);
  });

  it('GET /api/docs/:id/audit (party) → the append-only log of approvals and party changes', async () => {
    const res = await call(`/api/docs/${docId}/audit`, tok.fr);
    expect(res.status).toBe(200);
    const log = await json<unknown[]>(res);
    expect(Array.isArray(log)).toBe(true);
    expect(log.length).toBeGreaterThanOrEqual(6);
  });

  it('GET /api/docs/:id/lint → [{ruleId, category, severity, message, clauseId, start, end, policy, suggestion?}] with UTF-16 offsets into the clause text', async () => {
    const lintDoc = await newDoc(
      ['UK', 'FR'],
      'We thank the NCSC for its work.\n\nAttribution to the GRU unit 26165 is classified SECRET.',
    );
    const res = await call(`/api/docs/${lintDoc}/lint`, tok.fr);
    expect(res.status).toBe(200);
    const findings = await json<Record<string, unknown>[]>(res);
    expect(Array.isArray(findings)).toBe(true);
    const clauses = await clausesOf(lintDoc);
    for (const f of findings) {
      expect(f).toEqual(
        expect.objectContaining({
          ruleId: expect.any(String),
          category: expect.any(String),
          severity: expect.any(String),
          message: expect.any(String),
          clauseId: expect.any(String),
          start: expect.any(Number),
          end: expect.any(Number),
          policy: expect.any(String),
        }),
      );
      const clause = clauses.find((c) => c.id === f.clauseId)!;
      expect(clause).toBeDefined();
      expect(f.end as number).toBeLessThanOrEqual(clause.text.length);
      expect(f.start as number).toBeLessThanOrEqual(f.end as number);
    }
  });

  it('GET …/export?format=md|html|pdf|docx → the communiqué file', async () => {
    const types: Record<string, RegExp> = {
      md: /^text\/markdown/,
      html: /^text\/html/,
      pdf: /^application\/pdf/,
      docx: /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/,
    };
    for (const [format, type] of Object.entries(types)) {
      const res = await call(`/api/docs/${docId}/export?format=${format}`, tok.fr);
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type'), format).toMatch(type);
      const body = Buffer.from(await res.arrayBuffer());
      if (format === 'md' || format === 'html') expect(body.toString()).toContain('Paris');
      if (format === 'pdf') expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      if (format === 'docx') expect(body.subarray(0, 2).toString()).toBe('PK');
    }
    await expectError(await call(`/api/docs/${docId}/export?format=rtf`, tok.fr), 400);
  });

  it('GET …/export?final=1 → 409 {reasons:[…]} unless every party approved every clause on its current text', async () => {
    const res = await call(`/api/docs/${docId}/export?format=md&final=1`, tok.fr);
    expect(res.status).toBe(409);
    const body = await json<{ reasons: unknown[] }>(res);
    expect(Array.isArray(body.reasons)).toBe(true);
    expect(body.reasons.length).toBeGreaterThan(0);
  });

  it('a document every party approved is "agreed" and its final export is served', async () => {
    const d = await newDoc(['UK', 'FR'], 'We meet.\n\nWe agree.');
    await approveAll(d, { UK: tok.ukPen, FR: tok.fr });
    expect(await status(d)).toBe('agreed');
    const res = await call(`/api/docs/${d}/export?format=md&final=1`, tok.fr);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('We agree.');
  });

  it('a body over the limit answers 413 {error}', async () => {
    const d = await newDoc(['UK'], 'We meet.');
    const [c] = await clausesOf(d);
    await expectError(
      await call(
        `/api/docs/${d}/clauses/${c!.id}`,
        tok.ukPen,
        { text: 'x'.repeat(5 * 1024 * 1024) },
        'PATCH',
      ),
      413,
    );
  });
});

describe('Live sync', () => {
  let docId: string;
  beforeAll(async () => {
    docId = await newDoc(['UK', 'FR'], 'We meet.');
  });

  it('two stock WebsocketProviders sync any Yjs content through the server', async () => {
    const a = connectClient(t.wsUrl, docId, tok.ukPen, 'anything');
    const b = connectClient(t.wsUrl, docId, tok.fr, 'anything');
    try {
      await Promise.all([synced(a), synced(b)]);
      a.text.insert(0, 'hello from UK');
      await waitFor(() => b.text.toString() === 'hello from UK', { what: 'sync' });
      // The editor's content is the Lexical binding's root XmlText.
      expect(b.doc.get('root', Y.XmlText).toString()).toContain('We meet.');
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it('an observer receives everything; the server drops the updates it sends', async () => {
    const obs = connectClient(t.wsUrl, docId, tok.frObs, 'obs');
    const pen = connectClient(t.wsUrl, docId, tok.ukPen, 'obs');
    try {
      await Promise.all([synced(obs), synced(pen)]);
      obs.text.insert(0, 'observer wrote');
      pen.text.insert(0, 'penholder wrote ');
      await waitFor(() => obs.text.toString().includes('penholder wrote'), { what: 'observer receives' });
      // A third client connecting afresh sees the penholder's text and never the observer's.
      const late = connectClient(t.wsUrl, docId, tok.fr, 'obs');
      try {
        await synced(late);
        await waitFor(() => late.text.toString().includes('penholder wrote'), { what: 'late sync' });
        expect(late.text.toString()).not.toContain('observer wrote');
      } finally {
        late.destroy();
      }
    } finally {
      obs.destroy();
      pen.destroy();
    }
  });

  it('close codes: 4401 bad token, 4403 not a party, 4404 no such document, 1009 too large, 4400 malformed', async () => {
    expect(await closeCodeOf(`${t.wsUrl}/${docId}`)).toBe(4401);
    expect(await closeCodeOf(`${t.wsUrl}/${docId}?token=garbage`)).toBe(4401);
    expect(
      await closeCodeOf(`${t.wsUrl}/${docId}?token=${await t.token('UK', 'penholder', { exp: 1 })}`),
    ).toBe(4401);
    expect(await closeCodeOf(`${t.wsUrl}/${docId}?token=${tok.de}`)).toBe(4403);
    expect(await closeCodeOf(`${t.wsUrl}/no-such-doc?token=${tok.fr}`)).toBe(4404);
    expect(
      await closeCodeOf(`${t.wsUrl}/${docId}?token=${tok.fr}`, (ws) =>
        ws.send(new Uint8Array(3 * 1024 * 1024)),
      ),
    ).toBe(1009);
    expect(
      await closeCodeOf(`${t.wsUrl}/${docId}?token=${tok.fr}`, (ws) => ws.send(Uint8Array.of(42, 1, 2))),
    ).toBe(4400);
  });

  it('a token expiring while connected closes its connection with 4401', async () => {
    const short = await t.token('FR', 'drafter', { exp: Math.floor(Date.now() / 1000) + 2 });
    const s = openSocket(t.wsUrl, docId, short);
    expect(await s.outcome).toBe('open');
    expect((await s.closed).code).toBe(4401);
  });
});

describe('Membership and sessions (revision 2)', () => {
  let docId: string;
  let other: string;
  beforeAll(async () => {
    docId = await newDoc(['UK', 'FR', 'US'], 'We meet.\n\nWe agree.');
    other = await newDoc(['UK', 'FR'], 'Elsewhere.');
  });

  it('POST /parties {party} and DELETE /parties/:party (penholder) change the parties', async () => {
    const added = await call(`/api/docs/${docId}/parties`, tok.ukPen, { party: 'DE' });
    expect(added.status).toBe(200);
    expect((await json<{ parties: string[] }>(added)).parties).toContain('DE');
    await expectError(await call(`/api/docs/${docId}/parties`, tok.fr, { party: 'JP' }), 403);
    const removed = await call(`/api/docs/${docId}/parties/DE`, tok.ukPen, undefined, 'DELETE');
    expect(removed.status).toBe(200);
    expect(
      (await json<{ parties: string[] }>(await call(`/api/docs/${docId}`, tok.ukPen))).parties,
    ).not.toContain('DE');
  });

  it('GET /events (Bearer or ?token=) is an SSE stream whose state events carry status and approvals', async () => {
    const viaQuery = await fetch(`${t.url}/api/docs/${docId}/events?token=${tok.fr}`);
    expect(viaQuery.status).toBe(200);
    expect(viaQuery.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await viaQuery.body?.cancel();
    const stream = await openNamedEvents(t.url, docId, tok.fr);
    try {
      const first = stream.events.find((e) => e.event === 'state')!.data as Record<string, unknown>;
      expect(first).toEqual(expect.objectContaining({ status: 'drafting' }));
      expect(JSON.stringify(first)).toMatch(/approvals/);
      const [c] = await clausesOf(docId);
      await call(`/api/docs/${docId}/clauses/${c!.id}/approval`, tok.fr, {
        state: 'approved',
        hash: c!.hash,
      });
      await stream.next(
        (e) => e.event === 'state' && JSON.stringify(e.data).includes('"approved"'),
        'a state event naming the approval',
      );
    } finally {
      await stream.close();
    }
  });

  it('POST /invites → 201 {id, delegation, role, url, expiresAt, uses}; redeem → 200 {token, claims, docId}; past its uses → 410', async () => {
    const res = await call(`/api/docs/${docId}/invites`, tok.ukPen, { delegation: 'FR', role: 'drafter' });
    expect(res.status).toBe(201);
    const inv = await json<{
      id: string;
      delegation: string;
      role: string;
      url: string;
      expiresAt: string;
      uses: number;
    }>(res);
    expect(inv).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        delegation: 'FR',
        role: 'drafter',
        url: expect.any(String),
        uses: 1,
      }),
    );
    expect(inv.expiresAt).toMatch(ISO);
    expect(Date.parse(inv.expiresAt) - Date.now()).toBeLessThanOrEqual(7 * 86400_000 + 5000);
    expect(inv.url).toContain('#');
    const invite = inv.url.slice(inv.url.indexOf('#') + 1);
    const redeemed = await call('/api/invites/redeem', undefined, { invite, name: 'Marie Curie' });
    expect(redeemed.status).toBe(200);
    const r = await json<{ token: string; claims: Record<string, unknown>; docId: string }>(redeemed);
    expect(r.docId).toBe(docId);
    expect(r.claims).toEqual(
      expect.objectContaining({
        name: 'Marie Curie',
        delegation: 'FR',
        role: 'drafter',
        doc: docId,
        exp: expect.any(Number),
      }),
    );
    await expectError(await call('/api/invites/redeem', undefined, { invite, name: 'Again' }), 410);

    // The redeemed token is valid for that document only: 403 elsewhere, WebSocket 4403.
    expect((await call(`/api/docs/${docId}`, r.token)).status).toBe(200);
    await expectError(await call(`/api/docs/${other}`, r.token), 403);
    expect(await closeCodeOf(`${t.wsUrl}/${other}?token=${r.token}`)).toBe(4403);
    // Integrator tokens without `doc` keep their delegation-wide meaning.
    expect((await call(`/api/docs/${other}`, tok.fr)).status).toBe(200);
  });

  it('invite rules: only the penholder’s own delegation receives penholder; a drafter invites its own delegation’s drafters and observers', async () => {
    await expectError(
      await call(`/api/docs/${docId}/invites`, tok.ukPen, { delegation: 'FR', role: 'penholder' }),
      403,
    );
    expect(
      (await call(`/api/docs/${docId}/invites`, tok.ukPen, { delegation: 'UK', role: 'penholder' })).status,
    ).toBe(201);
    expect(
      (await call(`/api/docs/${docId}/invites`, tok.fr, { delegation: 'FR', role: 'observer' })).status,
    ).toBe(201);
    await expectError(
      await call(`/api/docs/${docId}/invites`, tok.fr, { delegation: 'US', role: 'drafter' }),
      403,
    );
    const multi = await json<{ uses: number }>(
      await call(`/api/docs/${docId}/invites`, tok.ukPen, {
        delegation: 'US',
        role: 'observer',
        uses: 3,
        ttlSeconds: 60,
      }),
    );
    expect(multi.uses).toBe(3);
  });

  it('GET /invites lists them; DELETE /invites/:id revokes one and ends the sessions it opened', async () => {
    const list = await call(`/api/docs/${docId}/invites`, tok.ukPen);
    expect(list.status).toBe(200);
    expect((await json<unknown[]>(list)).length).toBeGreaterThan(0);
    expect((await call(`/api/docs/${docId}/invites`, tok.fr)).status).toBe(200);
    const inv = await json<{ id: string; url: string }>(
      await call(`/api/docs/${docId}/invites`, tok.ukPen, { delegation: 'FR', role: 'drafter' }),
    );
    const r = await json<{ token: string }>(
      await call('/api/invites/redeem', undefined, {
        invite: inv.url.slice(inv.url.indexOf('#') + 1),
        name: 'Revoked One',
      }),
    );
    const s = openSocket(t.wsUrl, docId, r.token);
    expect(await s.outcome).toBe('open');
    const del = await call(`/api/docs/${docId}/invites/${inv.id}`, tok.ukPen, undefined, 'DELETE');
    expect(del.status).toBe(200);
    expect((await s.closed).code).toBe(4401);
    await expectError(await call(`/api/docs/${docId}`, r.token), 401);
  });

  it('GET /members → [{sub, name, delegation, role, via, joinedAt}]; via {inviteId, by:{delegation, name}} or null; joining is audited', async () => {
    const res = await call(`/api/docs/${docId}/members`, tok.fr);
    expect(res.status).toBe(200);
    const members = await json<Record<string, unknown>[]>(res);
    for (const m of members) {
      expect(m).toEqual(
        expect.objectContaining({
          sub: expect.any(String),
          name: expect.any(String),
          delegation: expect.any(String),
          role: expect.any(String),
          joinedAt: expect.stringMatching(ISO),
        }),
      );
      expect('via' in m).toBe(true);
    }
    const invited = members.find((m) => m.name === 'Marie Curie')!;
    expect(invited.via).toEqual({
      inviteId: expect.any(String),
      by: { delegation: 'UK', name: 'UK penholder' },
    });
    expect(members.some((m) => m.via === null)).toBe(true);
    const audit = await json<{ kind: string }[]>(await call(`/api/docs/${docId}/audit`, tok.fr));
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).toContain('Marie Curie');
  });

  it('observers download drafts but cannot register a final export (403)', async () => {
    expect((await call(`/api/docs/${docId}/export?format=md`, tok.frObs)).status).toBe(200);
    await expectError(await call(`/api/docs/${docId}/export?format=md&final=1`, tok.frObs), 403);
  });

  it('a removed party’s WebSocket closes with 4403 and its event stream ends within 1 s', async () => {
    const d = await newDoc(['UK', 'JP'], 'We meet.');
    const jp = await t.token('JP', 'drafter');
    const s = openSocket(t.wsUrl, d, jp);
    expect(await s.outcome).toBe('open');
    const stream = await openStream(t.url, d, jp);
    expect(stream.status).toBe(200);
    const before = performance.now();
    expect((await call(`/api/docs/${d}/parties/JP`, tok.ukPen, undefined, 'DELETE')).status).toBe(200);
    expect((await s.closed).code).toBe(4403);
    const ended = await stream.ended;
    expect(ended.at - before).toBeLessThan(1000);
  });
});

describe('Integrity (revision 2)', () => {
  it('x-accord-audit-chain does not say broken on an intact chain; GET /api/docs/:id does not say integrity broken', async () => {
    const d = await newDoc(['UK', 'FR'], 'We meet.');
    const res = await call(`/api/docs/${d}`, tok.fr);
    expect(res.headers.get('x-accord-audit-chain') ?? '').not.toMatch(/^broken/);
    expect((await json<{ integrity?: string }>(res)).integrity).not.toBe('broken');
  });

  it('a note with blank lines stays inside its annex entry (no user string changes an export’s structure)', async () => {
    const d = await newDoc(['UK', 'FR'], 'We meet.');
    const [c] = await clausesOf(d);
    await call(`/api/docs/${d}/clauses/${c!.id}/approval`, tok.fr, {
      state: 'objection',
      hash: c!.hash,
      note: 'Line one.\n\n# Injected heading\n\n1. Injected paragraph',
    });
    const md = await (await call(`/api/docs/${d}/export?format=md`, tok.fr)).text();
    expect(md).not.toMatch(/^# Injected heading$/m);
    expect(md).not.toMatch(/^1\. Injected paragraph$/m);
  });
});

describe('History and versions (revision 2)', () => {
  let docId: string;
  let clauseId: string;
  const first = 'The parties meet in London to discuss cooperation.';
  const second = 'The parties met in Paris to discuss close cooperation today.';
  beforeAll(async () => {
    docId = await newDoc(['UK', 'FR'], `${first}\n\nWe agree.`);
    clauseId = (await clausesOf(docId))[0]!.id;
  });

  it('GET …/history → [{at, text, hash, by:[{delegation, name}]}], oldest first, starting with the text at creation', async () => {
    const c = (await clausesOf(docId))[0]!;
    await call(`/api/docs/${docId}/clauses/${clauseId}/approval`, tok.fr, {
      state: 'approved',
      hash: c.hash,
    });
    expect(
      (await call(`/api/docs/${docId}/clauses/${clauseId}`, tok.fr, { text: second }, 'PATCH')).status,
    ).toBe(200);
    const res = await call(`/api/docs/${docId}/clauses/${clauseId}/history`, tok.fr);
    expect(res.status).toBe(200);
    const h =
      await json<{ at: string; text: string; hash: string; by: { delegation: string; name: string }[] }[]>(
        res,
      );
    expect(h.length).toBeGreaterThanOrEqual(2);
    expect(h[0]!.text).toBe(first);
    expect(h[0]!.hash).toBe(sha(first));
    expect(h.at(-1)!.text).toBe(second);
    expect(h.at(-1)!.by).toEqual(expect.arrayContaining([{ delegation: 'FR', name: 'FR drafter' }]));
    for (const e of h) expect(e.at).toMatch(ISO);
  });

  it('GET …/diff?from=<hash>[&to=<hash>] → {from, to, ops}; equal+delete concatenate to from, equal+insert to to', async () => {
    const res = await call(`/api/docs/${docId}/clauses/${clauseId}/diff?from=${sha(first)}`, tok.fr);
    expect(res.status).toBe(200);
    const d = await json<{ from: string; to: string; ops: { op: string; text: string }[] }>(res);
    expect(d.from).toBe(sha(first));
    expect(d.to).toBe(sha(second));
    for (const o of d.ops) expect(['equal', 'insert', 'delete']).toContain(o.op);
    expect(
      d.ops
        .filter((o) => o.op !== 'insert')
        .map((o) => o.text)
        .join(''),
    ).toBe(normalise(first));
    expect(
      d.ops
        .filter((o) => o.op !== 'delete')
        .map((o) => o.text)
        .join(''),
    ).toBe(normalise(second));
    const explicit = await json<{ to: string }>(
      await call(`/api/docs/${docId}/clauses/${clauseId}/diff?from=${sha(first)}&to=${sha(second)}`, tok.fr),
    );
    expect(explicit.to).toBe(sha(second));
  });

  it('diff from=approval:<CODE> starts at the text that delegation last decided on; unknown from → 404, malformed → 400', async () => {
    const res = await call(`/api/docs/${docId}/clauses/${clauseId}/diff?from=approval:FR`, tok.ukPen);
    expect(res.status).toBe(200);
    const d = await json<{ from: string; ops: { op: string; text: string }[] }>(res);
    expect(d.from).toBe(sha(first));
    expect(
      d.ops
        .filter((o) => o.op !== 'insert')
        .map((o) => o.text)
        .join(''),
    ).toBe(normalise(first));
    await expectError(
      await call(`/api/docs/${docId}/clauses/${clauseId}/diff?from=${'a'.repeat(64)}`, tok.fr),
      404,
    );
    await expectError(await call(`/api/docs/${docId}/clauses/${clauseId}/diff?from=not-a-hash`, tok.fr), 400);
  });

  it('POST /versions {name} (drafter) → 201 {id, name, at, by}; GET /versions; compare → {clauses:[{id, change, ops?}]}; export &version=', async () => {
    const res = await call(`/api/docs/${docId}/versions`, tok.fr, { name: 'Before Paris' });
    expect(res.status).toBe(201);
    const v = await json<{ id: string; name: string; at: string; by: unknown }>(res);
    expect(v).toEqual(
      expect.objectContaining({ id: expect.any(String), name: 'Before Paris', by: expect.anything() }),
    );
    expect(v.at).toMatch(ISO);
    await expectError(await call(`/api/docs/${docId}/versions`, tok.frObs, { name: 'x' }), 403);
    const list = await json<{ id: string }[]>(await call(`/api/docs/${docId}/versions`, tok.fr));
    expect(list.map((x) => x.id)).toContain(v.id);

    const [, c2] = await clausesOf(docId);
    await call(`/api/docs/${docId}/clauses/${c2!.id}`, tok.fr, { text: 'We agree on everything.' }, 'PATCH');
    const cmp = await call(`/api/docs/${docId}/compare?from=${v.id}&to=current`, tok.fr);
    expect(cmp.status).toBe(200);
    const body = await json<{
      clauses: { id: string; change: string; ops?: { op: string; text: string }[] }[];
    }>(cmp);
    const byId = new Map(body.clauses.map((c) => [c.id, c]));
    expect(byId.get(clauseId)!.change).toBe('same');
    expect(byId.get(c2!.id)!.change).toBe('changed');
    const ops = byId.get(c2!.id)!.ops!;
    expect(
      ops
        .filter((o) => o.op !== 'insert')
        .map((o) => o.text)
        .join(''),
    ).toBe('We agree.');
    expect(
      ops
        .filter((o) => o.op !== 'delete')
        .map((o) => o.text)
        .join(''),
    ).toBe('We agree on everything.');
    for (const c of body.clauses) expect(['added', 'deleted', 'changed', 'same']).toContain(c.change);
    const same = await json<{ clauses: { change: string }[] }>(
      await call(`/api/docs/${docId}/compare?from=${v.id}&to=${v.id}`, tok.fr),
    );
    expect(same.clauses.every((c) => c.change === 'same')).toBe(true);

    const exp = await call(`/api/docs/${docId}/export?format=md&version=${v.id}`, tok.fr);
    expect(exp.status).toBe(200);
    const md = await exp.text();
    expect(md).toContain('We agree.');
    expect(md).not.toContain('We agree on everything.');
  });
});

describe('Comments (revision 2)', () => {
  it('POST …/comments → 201 {id, clauseId, text, by, at, replyTo, resolved:false}; GET /comments; resolve; `comment` events; never exported', async () => {
    const docId = await newDoc(['UK', 'FR'], 'We meet.');
    const [c] = await clausesOf(docId);
    const stream = await openNamedEvents(t.url, docId, tok.ukPen);
    try {
      const res = await call(`/api/docs/${docId}/clauses/${c!.id}/comments`, tok.fr, {
        text: 'Which city? ZQXCOMMENT',
      });
      expect(res.status).toBe(201);
      const cm = await json<Record<string, unknown>>(res);
      expect(cm).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          clauseId: c!.id,
          text: 'Which city? ZQXCOMMENT',
          by: { delegation: 'FR', name: 'FR drafter' },
          at: expect.stringMatching(ISO),
          replyTo: null,
          resolved: false,
        }),
      );
      const ev = await stream.next(
        (e) => e.event === 'comment' && (e.data as { id: string }).id === cm.id,
        'comment event',
      );
      expect(ev.data).toEqual(expect.objectContaining({ id: cm.id, text: 'Which city? ZQXCOMMENT' }));

      const reply = await call(`/api/docs/${docId}/clauses/${c!.id}/comments`, tok.ukPen, {
        text: 'London.',
        replyTo: cm.id,
        start: 0,
        end: 2,
      });
      expect(reply.status).toBe(201);
      expect(await reply.json()).toEqual(expect.objectContaining({ replyTo: cm.id, resolved: false }));
      await expectError(
        await call(`/api/docs/${docId}/clauses/${c!.id}/comments`, tok.frObs, { text: 'x' }),
        403,
      );
      await expectError(await call(`/api/docs/${docId}/clauses/${c!.id}/comments`, tok.fr, {}), 400);

      const list = await call(`/api/docs/${docId}/comments`, tok.frObs);
      expect(list.status).toBe(200);
      expect((await json<{ id: string }[]>(list)).map((x) => x.id)).toContain(cm.id);

      const resolved = await call(
        `/api/docs/${docId}/comments/${cm.id as string}/resolve`,
        tok.ukPen,
        undefined,
        'POST',
      );
      expect(resolved.status).toBe(200);
      const after = await json<{ id: string; resolved: boolean }[]>(
        await call(`/api/docs/${docId}/comments`, tok.fr),
      );
      expect(after.find((x) => x.id === cm.id)!.resolved).toBe(true);

      for (const format of ['md', 'html', 'akn']) {
        const text = await (await call(`/api/docs/${docId}/export?format=${format}`, tok.fr)).text();
        expect(text, format).not.toContain('ZQXCOMMENT');
      }
    } finally {
      await stream.close();
    }
  });
});

describe('Amendments (revision 2)', () => {
  it('propose → 201 {id, clauseId, by, at, baseHash, text, note, status:"open"}; stale → 409; `amendment` events; list; accept/reject/withdraw; compilation=1', async () => {
    const docId = await newDoc(['UK', 'FR', 'US'], 'We meet in London.\n\nWe agree.');
    const [c1, c2] = await clausesOf(docId);
    await call(`/api/docs/${docId}/clauses/${c1!.id}/approval`, tok.us, {
      state: 'approved',
      hash: c1!.hash,
    });
    const stream = await openNamedEvents(t.url, docId, tok.ukPen);
    try {
      const res = await call(`/api/docs/${docId}/clauses/${c1!.id}/amendments`, tok.fr, {
        text: 'We meet in Paris.',
        hash: c1!.hash,
        note: 'Venue.',
      });
      expect(res.status).toBe(201);
      const a = await json<Record<string, unknown>>(res);
      expect(a).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          clauseId: c1!.id,
          by: { delegation: 'FR', name: 'FR drafter' },
          at: expect.stringMatching(ISO),
          baseHash: c1!.hash,
          text: 'We meet in Paris.',
          note: 'Venue.',
          status: 'open',
        }),
      );
      await stream.next(
        (e) => e.event === 'amendment' && (e.data as { id: string }).id === a.id,
        'amendment event',
      );
      await expectError(
        await call(`/api/docs/${docId}/clauses/${c1!.id}/amendments`, tok.fr, {
          text: 'x',
          hash: '0'.repeat(64),
        }),
        409,
      );

      const compiled = await call(`/api/docs/${docId}/export?format=md&compilation=1`, tok.us);
      expect(compiled.status).toBe(200);
      const md = await compiled.text();
      // Shown under its clause, attributed to its delegation (as a redline of the clause).
      expect(md).toMatch(/FR\b[^\n]*Paris/);

      const list = await call(`/api/docs/${docId}/amendments`, tok.frObs);
      expect(list.status).toBe(200);
      expect((await json<{ id: string; status: string }[]>(list)).find((x) => x.id === a.id)!.status).toBe(
        'open',
      );

      await expectError(
        await call(`/api/docs/${docId}/amendments/${a.id as string}/accept`, tok.fr, undefined, 'POST'),
        403,
      );
      const accepted = await call(
        `/api/docs/${docId}/amendments/${a.id as string}/accept`,
        tok.ukPen,
        undefined,
        'POST',
      );
      expect(accepted.status).toBe(200);
      const after = (await clausesOf(docId))[0]!;
      expect(after.text).toBe('We meet in Paris.');
      expect(after.approvals.US!.stale).toBe(true);
      await stream.next(
        (e) =>
          e.event === 'amendment' &&
          (e.data as { id: string; status: string }).id === a.id &&
          (e.data as { status: string }).status === 'accepted',
        'accepted amendment event',
      );

      const propose = async (text: string) =>
        json<{ id: string }>(
          await call(`/api/docs/${docId}/clauses/${c2!.id}/amendments`, tok.us, { text, hash: c2!.hash }),
        );
      const r = await propose('We agree fully.');
      const w = await propose('We agree partly.');
      const rejected = await call(`/api/docs/${docId}/amendments/${r.id}/reject`, tok.ukPen, { note: 'No.' });
      expect(rejected.status).toBe(200);
      await expectError(
        await call(`/api/docs/${docId}/amendments/${w.id}/withdraw`, tok.fr, undefined, 'POST'),
        403,
      );
      expect(
        (await call(`/api/docs/${docId}/amendments/${w.id}/withdraw`, tok.us, undefined, 'POST')).status,
      ).toBe(200);
      const s = await propose('We agree, superseded.');
      expect(
        (await call(`/api/docs/${docId}/clauses/${c2!.id}`, tok.ukPen, { text: 'We agree now.' }, 'PATCH'))
          .status,
      ).toBe(200);
      const statuses = new Map(
        (
          await json<{ id: string; status: string }[]>(await call(`/api/docs/${docId}/amendments`, tok.fr))
        ).map((x) => [x.id, x.status]),
      );
      expect(statuses.get(r.id)).toBe('rejected');
      expect(statuses.get(w.id)).toBe('withdrawn');
      await waitFor(
        async () =>
          (
            await json<{ id: string; status: string }[]>(await call(`/api/docs/${docId}/amendments`, tok.fr))
          ).find((x) => x.id === s.id)?.status === 'superseded',
        { what: 'superseded' },
      );
    } finally {
      await stream.close();
    }
  });
});

describe('Adoption and the silence procedure (revision 2)', () => {
  it('adopt: 409 unless agreed; adopted freezes the text (PATCH 409 locked, socket updates dropped, events say adopted); reopen {reason}', async () => {
    const docId = await newDoc(['UK', 'FR'], 'We meet.');
    await expectError(await call(`/api/docs/${docId}/adopt`, tok.ukPen, undefined, 'POST'), 409);
    await approveAll(docId, { UK: tok.ukPen, FR: tok.fr });
    await expectError(await call(`/api/docs/${docId}/adopt`, tok.fr, undefined, 'POST'), 403);
    const stream = await openNamedEvents(t.url, docId, tok.fr);
    try {
      expect((await call(`/api/docs/${docId}/adopt`, tok.ukPen, undefined, 'POST')).status).toBe(200);
      expect(await status(docId)).toBe('adopted');
      await stream.next(
        (e) => e.event === 'state' && (e.data as { status?: string }).status === 'adopted',
        'adopted',
      );
    } finally {
      await stream.close();
    }
    const [c] = await clausesOf(docId);
    await expectError(
      await call(`/api/docs/${docId}/clauses/${c!.id}`, tok.fr, { text: 'Changed.' }, 'PATCH'),
      409,
      'locked',
    );

    const writer = connectClient(t.wsUrl, docId, tok.fr);
    try {
      await synced(writer);
      const root = writer.doc.get('root', Y.XmlText);
      root.insert(0, 'SNEAKY ');
      const reader = connectClient(t.wsUrl, docId, tok.ukPen);
      try {
        await synced(reader);
        // The reader is served the stored text; the frozen text never took the update.
        expect(reader.doc.get('root', Y.XmlText).toString()).toContain('We meet.');
        expect((await clausesOf(docId))[0]!.text).toBe('We meet.');
        expect(reader.doc.get('root', Y.XmlText).toString()).not.toContain('SNEAKY');
      } finally {
        reader.destroy();
      }
    } finally {
      writer.destroy();
    }

    await expectError(await call(`/api/docs/${docId}/reopen`, tok.ukPen, {}), 400);
    expect((await call(`/api/docs/${docId}/reopen`, tok.ukPen, { reason: 'A late change.' })).status).toBe(
      200,
    );
    expect(await status(docId)).toBe('agreed');
    const audit = await json<unknown[]>(await call(`/api/docs/${docId}/audit`, tok.fr));
    expect(JSON.stringify(audit)).toContain('A late change.');
  });

  it('silence {deadline}: 409 while an objection stands; freezes; GET shows silence {deadline, by}; break {note} unfreezes', async () => {
    const docId = await newDoc(['UK', 'FR'], 'We meet.');
    const [c] = await clausesOf(docId);
    const deadline = new Date(Date.now() + 3600_000).toISOString();
    await call(`/api/docs/${docId}/clauses/${c!.id}/approval`, tok.fr, {
      state: 'objection',
      hash: c!.hash,
      note: 'No.',
    });
    await expectError(await call(`/api/docs/${docId}/silence`, tok.ukPen, { deadline }), 409);
    await call(`/api/docs/${docId}/clauses/${c!.id}/approval`, tok.fr, { state: 'reserve', hash: c!.hash });
    await expectError(
      await call(`/api/docs/${docId}/silence`, tok.ukPen, {
        deadline: new Date(Date.now() - 1000).toISOString(),
      }),
      400,
    );
    const started = await call(`/api/docs/${docId}/silence`, tok.ukPen, { deadline });
    expect(started.status).toBe(200);
    const meta = await json<{ silence: { deadline: string; by: unknown } }>(
      await call(`/api/docs/${docId}`, tok.fr),
    );
    expect(meta.silence).toEqual({ deadline: expect.any(String), by: expect.anything() });
    expect(Date.parse(meta.silence.deadline)).toBe(Date.parse(deadline));
    await expectError(
      await call(`/api/docs/${docId}/clauses/${c!.id}`, tok.fr, { text: 'Changed.' }, 'PATCH'),
      409,
      'locked',
    );
    const broken = await call(`/api/docs/${docId}/silence/break`, tok.fr, { note: 'We need more time.' });
    expect(broken.status).toBe(200);
    expect(
      (await call(`/api/docs/${docId}/clauses/${c!.id}`, tok.fr, { text: 'Changed.' }, 'PATCH')).status,
    ).toBe(200);
    expect(JSON.stringify(await json(await call(`/api/docs/${docId}/audit`, tok.fr)))).toContain(
      'We need more time.',
    );
  });

  it('silence unbroken by its deadline: pending and reserved decisions become approved "under silence procedure", the document adopted', async () => {
    const docId = await newDoc(['UK', 'FR'], 'We meet.\n\nWe agree.');
    const [c] = await clausesOf(docId);
    await call(`/api/docs/${docId}/clauses/${c!.id}/approval`, tok.fr, { state: 'reserve', hash: c!.hash });
    const deadline = new Date(Date.now() + 1500).toISOString();
    expect((await call(`/api/docs/${docId}/silence`, tok.ukPen, { deadline })).status).toBe(200);
    await waitFor(async () => (await status(docId)) === 'adopted', { what: 'adopted at the deadline' });
    for (const clause of await clausesOf(docId)) {
      expect(clause.approvals.FR!.state).toBe('approved');
      expect(clause.approvals.UK!.state).toBe('approved');
    }
    expect(JSON.stringify(await json(await call(`/api/docs/${docId}/audit`, tok.fr)))).toMatch(
      /silence procedure/i,
    );
  });
});

describe('Documents and export options (revision 2)', () => {
  it('POST /api/docs takes tlp and place; PATCH /api/docs/:id {title?, tlp?, place?} (penholder) changes them, audited', async () => {
    const docId = await newDoc(['UK', 'FR'], 'We meet.', { tlp: 'GREEN', place: 'London' });
    expect(await json(await call(`/api/docs/${docId}`, tok.fr))).toEqual(
      expect.objectContaining({ tlp: 'GREEN', place: 'London' }),
    );
    await expectError(
      await call('/api/docs', tok.ukPen, { title: 't', parties: ['UK'], tlp: 'PURPLE' }),
      400,
    );
    const plain = await newDoc(['UK'], 'We meet.');
    expect(await json(await call(`/api/docs/${plain}`, tok.ukPen))).toEqual(
      expect.objectContaining({ tlp: 'CLEAR' }),
    );
    const res = await call(
      `/api/docs/${docId}`,
      tok.ukPen,
      { title: 'Renamed', tlp: 'AMBER', place: 'Paris' },
      'PATCH',
    );
    expect(res.status).toBe(200);
    expect(await json(await call(`/api/docs/${docId}`, tok.fr))).toEqual(
      expect.objectContaining({ title: 'Renamed', tlp: 'AMBER', place: 'Paris' }),
    );
    await expectError(await call(`/api/docs/${docId}`, tok.fr, { title: 'Mine' }, 'PATCH'), 403);
    expect(JSON.stringify(await json(await call(`/api/docs/${docId}/audit`, tok.fr)))).toContain('Renamed');
  });

  it('format=akn: Akoma Ntoso 3.0 XML, root akomaNtoso, one numbered paragraph per clause', async () => {
    const docId = await newDoc(['UK', 'FR'], 'We meet.\n\nWe agree.\n\nWe part.');
    const res = await call(`/api/docs/${docId}/export?format=akn`, tok.fr);
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).toMatch(/<akomaNtoso[\s>]/);
    expect(xml).toContain('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    expect(xml.match(/<paragraph[\s>]/g)?.length).toBe(3);
    expect(xml.match(/<num>/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('public=1: title, place, parties, numbered paragraphs, no annex and no negotiators’ names; the final record has its annex', async () => {
    const docId = await newDoc(['UK', 'FR'], 'We meet.\n\nWe agree.', { place: 'Lancaster House' });
    await approveAll(docId, { UK: tok.ukPen, FR: tok.fr });
    for (const format of ['md', 'html', 'akn', 'pdf', 'docx']) {
      const pub = await call(`/api/docs/${docId}/export?format=${format}&final=1&public=1`, tok.fr);
      expect(pub.status, format).toBe(200);
      if (format === 'md' || format === 'html' || format === 'akn') {
        const text = await pub.text();
        expect(text, format).toContain('Lancaster House');
        expect(text, format).toContain('We agree.');
        expect(text, format).not.toContain('FR drafter');
        expect(text, format).not.toContain('UK penholder');
      } else await pub.body?.cancel();
    }
    const record = await (await call(`/api/docs/${docId}/export?format=md&final=1`, tok.fr)).text();
    expect(record).toContain('FR drafter');
  });

  it('a draft’s TLP label is the strictest of the document’s and its text’s markings; unresolved lint errors say "Unresolved policy findings"', async () => {
    const docId = await newDoc(['UK', 'FR'], 'TLP:AMBER We meet.', { tlp: 'GREEN' });
    const md = await (await call(`/api/docs/${docId}/export?format=md`, tok.fr)).text();
    expect(md).toContain('TLP:AMBER');
    const lint = await json<{ severity: string }[]>(await call(`/api/docs/${docId}/lint`, tok.fr));
    const errors = lint.filter((f) => f.severity === 'error').length;
    if (errors > 0) expect(md).toContain('Unresolved policy findings');
    else expect(md).not.toContain('Unresolved policy findings');
  });
});

describe('Headers (revision 2)', () => {
  it('pages carry a CSP without inline script, nosniff and frame-ancestors none', async () => {
    for (const path of ['/', '/d/some-doc']) {
      const res = await rawGet(`${t.url}${path}`);
      expect(res.status).toBe(200);
      const csp = String(res.headers['content-security-policy'] ?? '');
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc).not.toBe('');
      expect(scriptSrc).not.toMatch(/unsafe-inline/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('static assets are compressed (gzip or brotli) when the client accepts it', async () => {
    const br = await rawGet(`${t.url}/assets/index-Abc123.js`, { 'accept-encoding': 'br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    const gz = await rawGet(`${t.url}/assets/index-Abc123.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
  });

  it('/metrics names no document ids unless METRICS_TOKEN is presented', async () => {
    const docId = await newDoc(['UK', 'FR'], 'We meet.');
    const live = connectClient(t.wsUrl, docId, tok.fr);
    try {
      await synced(live);
      const anon = await fetch(`${t.url}/metrics`);
      expect(await anon.text()).not.toContain(docId);
      const withToken = await fetch(`${t.url}/metrics`, {
        headers: { authorization: 'Bearer contract-metrics-token' },
      });
      expect(withToken.status).toBe(200);
    } finally {
      live.destroy();
    }
  });
});

// Last: these spend the address's budget for unverified callers and stop the server.
describe('Bounded work and shutdown', () => {
  it('callers whose token does not verify are rate limited by client address (429 {error})', async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 500 && !limited; i++) {
      const res = await fetch(`${t.url}/api/docs`, { headers: { authorization: `Bearer junk-${i}` } });
      if (res.status === 429) limited = res;
      else {
        expect(res.status).toBe(401);
        await res.body?.cancel();
      }
    }
    expect(limited, 'no 429 within 500 junk bearers').toBeDefined();
    await expectError(limited!, 429);
  });

  it('shutting down closes sockets with 1012', async () => {
    const docId = await newDoc(['UK', 'FR'], 'We meet.');
    const s = openSocket(t.wsUrl, docId, tok.fr);
    expect(await s.outcome).toBe('open');
    stopped = true;
    await t.server.close();
    expect((await s.closed).code).toBe(1012);
  });
});
