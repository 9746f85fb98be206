import { sign } from 'hono/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteAndRedeem, openSocket, openStream } from '../support/membership';
import { mintToken, startTestServer, TEST_SECRET, type TestServer } from '../support/server';

/**
 * Every route and the WebSocket × every kind of caller, from one table (issue #13, api.md
 * revision 2 "Membership and sessions"). Document D has parties UK (its creator and penholder),
 * FR and US; document E has UK and FR.
 */
const PRINCIPALS = [
  'penholder', // UK penholder, minted by an integrator (delegation-wide)
  'drafter', // FR drafter, redeemed from an invite of D
  'observer', // FR observer, redeemed from an invite of D
  'nonParty', // DE drafter, minted by an integrator
  'otherDoc', // FR drafter, redeemed from an invite of E
  'expired', // UK penholder, exp in the past
  'revoked', // FR drafter redeemed from an invite of D, which was then revoked
  'noExp', // UK penholder without exp
] as const;
type Principal = (typeof PRINCIPALS)[number];
type Expect = number | 'open';

interface Ctx {
  D: string;
  clauseId: string;
  hash(): Promise<string>;
  freshInvite(): Promise<string>;
  versionId: string;
  /** A new comment on the clause by an FR drafter (resolved first when `resolved`). */
  freshComment(resolved?: boolean): Promise<string>;
  /** A new open amendment of the clause at its current text, proposed by an FR drafter. */
  freshAmendment(): Promise<string>;
}

interface Row {
  name: string;
  method: string;
  path: (c: Ctx) => string | Promise<string>;
  body?: (c: Ctx) => unknown | Promise<unknown>;
  /** One expected status (or WebSocket outcome) per principal, in PRINCIPALS order. */
  expect: readonly Expect[];
}

const party200 = [200, 200, 200, 403, 403, 401, 401, 401] as const;
const editor = (ok: number) => [ok, ok, 403, 403, 403, 401, 401, 401] as const;

const TABLE: Row[] = [
  {
    name: 'create a document',
    method: 'POST',
    path: () => '/api/docs',
    body: () => ({ title: 'New', parties: ['UK'] }),
    expect: [201, 403, 403, 403, 403, 401, 401, 401],
  },
  {
    name: 'list documents',
    method: 'GET',
    path: () => '/api/docs',
    expect: [200, 200, 200, 200, 200, 401, 401, 401],
  },
  {
    name: 'who am I',
    method: 'GET',
    path: () => '/api/me',
    expect: [200, 200, 200, 200, 200, 401, 401, 401],
  },
  { name: 'read a document', method: 'GET', path: (c) => `/api/docs/${c.D}`, expect: party200 },
  { name: 'read clauses', method: 'GET', path: (c) => `/api/docs/${c.D}/clauses`, expect: party200 },
  {
    name: 'edit a clause',
    method: 'PATCH',
    path: (c) => `/api/docs/${c.D}/clauses/${c.clauseId}`,
    body: () => ({ text: 'We agree.' }),
    expect: editor(200),
  },
  {
    name: 'approve a clause',
    method: 'POST',
    path: (c) => `/api/docs/${c.D}/clauses/${c.clauseId}/approval`,
    body: async (c) => ({ state: 'pending', hash: await c.hash() }),
    expect: editor(200),
  },
  { name: 'read the audit log', method: 'GET', path: (c) => `/api/docs/${c.D}/audit`, expect: party200 },
  { name: 'read lint findings', method: 'GET', path: (c) => `/api/docs/${c.D}/lint`, expect: party200 },
  {
    name: 'suppress a finding (no such clause)',
    method: 'POST',
    path: (c) => `/api/docs/${c.D}/suppressions`,
    body: () => ({
      ruleId: 'r',
      clauseId: 'nope',
      hash: '0'.repeat(64),
      start: 0,
      end: 1,
      policy: 'UK',
      reason: 'because',
    }),
    expect: editor(404),
  },
  {
    name: 'download a draft',
    method: 'GET',
    path: (c) => `/api/docs/${c.D}/export?format=md`,
    expect: party200,
  },
  {
    name: 'register a final export (not agreed)',
    method: 'GET',
    path: (c) => `/api/docs/${c.D}/export?format=md&final=1`,
    expect: [409, 409, 403, 403, 403, 401, 401, 401],
  },
  {
    name: 'list registered exports',
    method: 'GET',
    path: (c) => `/api/docs/${c.D}/exports`,
    expect: party200,
  },
  {
    name: 'download an unknown export',
    method: 'GET',
    path: (c) => `/api/docs/${c.D}/exports/nope`,
    expect: [404, 404, 404, 403, 403, 401, 401, 401],
  },
  {
    name: 'add an existing party',
    method: 'POST',
    path: (c) => `/api/docs/${c.D}/parties`,
    body: () => ({ party: 'US' }),
    expect: [409, 403, 403, 403, 403, 401, 401, 401],
  },
  {
    name: 'remove a non-party',
    method: 'DELETE',
    path: (c) => `/api/docs/${c.D}/parties/JP`,
    expect: [404, 403, 403, 403, 403, 401, 401, 401],
  },
  {
    name: 'invite an FR drafter',
    method: 'POST',
    path: (c) => `/api/docs/${c.D}/invites`,
    body: () => ({ delegation: 'FR', role: 'drafter' }),
    expect: editor(201),
  },
  { name: 'list invites', method: 'GET', path: (c) => `/api/docs/${c.D}/invites`, expect: party200 },
  {
    name: 'revoke an FR invite',
    method: 'DELETE',
    path: async (c) => `/api/docs/${c.D}/invites/${await c.freshInvite()}`,
    expect: editor(200),
  },
  { name: 'list members', method: 'GET', path: (c) => `/api/docs/${c.D}/members`, expect: party200 },
  {
    name: 'read a clause history',
    method: 'GET',
    path: (c) => `/api/docs/${c.D}/clauses/${c.clauseId}/history`,
    expect: party200,
  },
  {
    name: 'diff a clause against its current text',
    method: 'GET',
    path: async (c) => `/api/docs/${c.D}/clauses/${c.clauseId}/diff?from=${await c.hash()}`,
    expect: party200,
  },
  {
    name: 'name a version',
    method: 'POST',
    path: (c) => `/api/docs/${c.D}/versions`,
    body: () => ({ name: 'Matrix draft' }),
    expect: editor(201),
  },
  { name: 'list versions', method: 'GET', path: (c) => `/api/docs/${c.D}/versions`, expect: party200 },
  {
    name: 'compare a version with the current text',
    method: 'GET',
    path: (c) => `/api/docs/${c.D}/compare?from=${c.versionId}&to=current`,
    expect: party200,
  },
  {
    name: 'download a version',
    method: 'GET',
    path: (c) => `/api/docs/${c.D}/export?format=md&version=${c.versionId}`,
    expect: party200,
  },
  {
    name: 'comment on a clause',
    method: 'POST',
    path: (c) => `/api/docs/${c.D}/clauses/${c.clauseId}/comments`,
    body: () => ({ text: 'Why?' }),
    expect: editor(201),
  },
  { name: 'list comments', method: 'GET', path: (c) => `/api/docs/${c.D}/comments`, expect: party200 },
  {
    name: 'resolve a comment',
    method: 'POST',
    path: async (c) => `/api/docs/${c.D}/comments/${await c.freshComment()}/resolve`,
    expect: editor(200),
  },
  {
    name: 'reopen a resolved comment',
    method: 'POST',
    path: async (c) => `/api/docs/${c.D}/comments/${await c.freshComment(true)}/reopen`,
    expect: editor(200),
  },
  {
    name: 'propose an amendment',
    method: 'POST',
    path: (c) => `/api/docs/${c.D}/clauses/${c.clauseId}/amendments`,
    body: async (c) => ({ text: 'We agree, amended.', hash: await c.hash() }),
    expect: editor(201),
  },
  { name: 'list amendments', method: 'GET', path: (c) => `/api/docs/${c.D}/amendments`, expect: party200 },
  {
    name: 'accept an amendment',
    method: 'POST',
    path: async (c) => `/api/docs/${c.D}/amendments/${await c.freshAmendment()}/accept`,
    expect: [200, 403, 403, 403, 403, 401, 401, 401],
  },
  {
    name: 'reject an amendment',
    method: 'POST',
    path: async (c) => `/api/docs/${c.D}/amendments/${await c.freshAmendment()}/reject`,
    body: () => ({ note: 'No.' }),
    expect: [200, 403, 403, 403, 403, 401, 401, 401],
  },
  {
    // Proposed by FR ("the caller's delegation proposes"): FR's drafters withdraw it, nobody else.
    name: 'withdraw an FR amendment',
    method: 'POST',
    path: async (c) => `/api/docs/${c.D}/amendments/${await c.freshAmendment()}/withdraw`,
    expect: [403, 200, 403, 403, 403, 401, 401, 401],
  },
  {
    name: 'adopt (not agreed)',
    method: 'POST',
    path: (c) => `/api/docs/${c.D}/adopt`,
    expect: [409, 403, 403, 403, 403, 401, 401, 401],
  },
  {
    name: 'change the title',
    method: 'PATCH',
    path: (c) => `/api/docs/${c.D}`,
    body: () => ({ title: 'Matrix' }),
    expect: [200, 403, 403, 403, 403, 401, 401, 401],
  },
  {
    name: 'reopen (not adopted)',
    method: 'POST',
    path: (c) => `/api/docs/${c.D}/reopen`,
    body: () => ({ reason: 'matrix' }),
    expect: [409, 403, 403, 403, 403, 401, 401, 401],
  },
  {
    name: 'break silence (none running)',
    method: 'POST',
    path: (c) => `/api/docs/${c.D}/silence/break`,
    body: () => ({ note: 'matrix' }),
    expect: [409, 409, 403, 403, 403, 401, 401, 401],
  },
  {
    // Last of the REST rows: it freezes the text (the reads after it are unaffected).
    name: 'start the silence procedure',
    method: 'POST',
    path: (c) => `/api/docs/${c.D}/silence`,
    body: () => ({ deadline: new Date(Date.now() + 86400_000).toISOString() }),
    expect: [200, 403, 403, 403, 403, 401, 401, 401],
  },
  { name: 'open the event stream', method: 'SSE', path: (c) => c.D, expect: party200 },
  {
    name: 'open the WebSocket',
    method: 'WS',
    path: (c) => c.D,
    expect: ['open', 'open', 'open', 4403, 4403, 4401, 4401, 4401],
  },
];

let t: TestServer;
let ctx: Ctx;
const tokens = {} as Record<Principal, string>;

beforeAll(async () => {
  t = await startTestServer();
  const pen = await t.token('UK', 'penholder');
  const create = async (parties: string[]) => {
    const res = await t.api('/api/docs', {
      token: pen,
      body: { title: 'Matrix', parties, text: 'We meet.\n\nWe agree.' },
    });
    return ((await res.json()) as { id: string }).id;
  };
  const D = await create(['UK', 'FR', 'US']);
  const E = await create(['UK', 'FR']);
  const clauses = async () =>
    (await (await t.api(`/api/docs/${D}/clauses`, { token: pen })).json()) as { id: string; hash: string }[];
  const clauseId = (await clauses())[0]!.id;
  const version = await t.api(`/api/docs/${D}/versions`, { token: pen, body: { name: 'Matrix v1' } });
  const versionId = ((await version.json()) as { id: string }).id;
  const frDrafter = await t.token('FR', 'drafter');
  const post = async (path: string, body?: unknown) => {
    const res = await t.api(`/api/docs/${D}${path}`, { method: 'POST', token: frDrafter, body });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  };
  ctx = {
    D,
    versionId,
    freshComment: async (resolved = false) => {
      const id = await post(`/clauses/${clauseId}/comments`, { text: 'A matrix comment.' });
      if (resolved) await post(`/comments/${id}/resolve`);
      return id;
    },
    freshAmendment: async () =>
      post(`/clauses/${clauseId}/amendments`, {
        text: `We agree (${Math.random()}).`,
        hash: await ctx.hash(),
      }),
    clauseId,
    hash: async () => (await clauses()).find((c) => c.id === clauseId)!.hash,
    freshInvite: async () => {
      const res = await t.api(`/api/docs/${D}/invites`, {
        token: pen,
        body: { delegation: 'FR', role: 'drafter' },
      });
      return ((await res.json()) as { id: string }).id;
    },
  };
  tokens.penholder = pen;
  tokens.drafter = (await inviteAndRedeem(t, D, pen, { delegation: 'FR', role: 'drafter' })).token;
  tokens.observer = (await inviteAndRedeem(t, D, pen, { delegation: 'FR', role: 'observer' })).token;
  tokens.nonParty = await t.token('DE', 'drafter');
  tokens.otherDoc = (await inviteAndRedeem(t, E, pen, { delegation: 'FR', role: 'drafter' })).token;
  tokens.expired = await t.token('UK', 'penholder', { exp: Math.floor(Date.now() / 1000) - 60 });
  const revoked = await inviteAndRedeem(t, D, pen, { delegation: 'FR', role: 'drafter' });
  const del = await t.api(`/api/docs/${D}/invites/${revoked.inviteId}`, { method: 'DELETE', token: pen });
  expect(del.status).toBe(200);
  tokens.revoked = revoked.token;
  tokens.noExp = await sign(
    { sub: 'UK-noexp', name: 'No Expiry', delegation: 'UK', role: 'penholder' },
    TEST_SECRET,
    'HS256',
  );
}, 30_000);

afterAll(() => t.stop());

async function outcome(row: Row, token: string): Promise<Expect> {
  const path = await row.path(ctx);
  if (row.method === 'WS') {
    const s = openSocket(t.wsUrl, path, token);
    const o = await s.outcome;
    s.ws.close();
    return o;
  }
  if (row.method === 'SSE') {
    const s = await openStream(t.url, path, token);
    s.close();
    return s.status;
  }
  const res = await t.api(path, {
    method: row.method,
    token,
    ...(row.body ? { body: await row.body(ctx) } : {}),
  });
  await res.body?.cancel();
  return res.status;
}

describe('authorization matrix', () => {
  it('has one expectation per caller in every row', () => {
    for (const row of TABLE) expect(row.expect, row.name).toHaveLength(PRINCIPALS.length);
  });

  for (const row of TABLE) {
    it(`${row.method} ${row.name}`, async () => {
      const got: Record<string, Expect> = {};
      const want: Record<string, Expect> = {};
      for (const [i, who] of PRINCIPALS.entries()) {
        want[who] = row.expect[i]!;
        got[who] = await outcome(row, tokens[who]);
      }
      expect(got).toEqual(want);
    });
  }
});

// The matrix relies on these tokens being what they claim to be.
it('the integrator-minted tokens of the matrix carry exp except noExp', async () => {
  const payload = (tok: string) =>
    JSON.parse(Buffer.from(tok.split('.')[1]!, 'base64url').toString()) as { exp?: number; doc?: string };
  expect(payload(tokens.noExp).exp).toBeUndefined();
  expect(payload(tokens.drafter)).toMatchObject({ doc: ctx.D, exp: expect.any(Number) });
  expect(
    payload(await mintToken({ sub: 's', name: 'n', delegation: 'UK', role: 'drafter' })).exp,
  ).toBeGreaterThan(0);
});
