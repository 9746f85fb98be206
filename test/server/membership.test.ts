import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteAndRedeem, openSocket, openStream, redeem } from '../support/membership';
import { startTestServer, type TestServer } from '../support/server';

/** Invites, members and live enforcement through the real server (issue #13; MB ids in approvals' SPEC). */
let t: TestServer;
let pen: string;
let D: string;

beforeAll(async () => {
  t = await startTestServer();
  pen = await t.token('UK', 'penholder');
  D = await t.createDoc(['UK', 'FR', 'US', 'DE'], 'We meet.\n\nWe agree.');
});

afterAll(() => t.stop());

const invite = async (by: string, body: unknown) => t.api(`/api/docs/${D}/invites`, { token: by, body });

describe('invites', () => {
  it('MB1: an invite is single-use by default: the second redemption is 410', async () => {
    const res = await invite(pen, { delegation: 'FR', role: 'drafter' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      id: string;
      url: string;
      uses: number;
      expiresAt: string;
      role: string;
    };
    expect(body).toMatchObject({ delegation: 'FR', role: 'drafter', uses: 1 });
    expect(Date.parse(body.expiresAt) - Date.now()).toBeLessThanOrEqual(7 * 86400_000);
    expect(body.url).toMatch(/\/invite#/);
    expect((await redeem(t, body.url, 'Anne')).status).toBe(200);
    const again = await redeem(t, body.url, 'Mallory');
    expect(again.status).toBe(410);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('gone');
  });

  it('MB1: concurrent redemptions of a one-use invite admit exactly one person', async () => {
    const { url } = (await (await invite(pen, { delegation: 'US', role: 'drafter' })).json()) as {
      url: string;
    };
    const statuses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => redeem(t, url, `P${i}`).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 410)).toHaveLength(5);
  });

  it('MB1: ttlSeconds beyond seven days is refused (400)', async () => {
    expect((await invite(pen, { delegation: 'FR', role: 'drafter', ttlSeconds: 8 * 86400 })).status).toBe(
      400,
    );
  });

  it("MB2: only the penholder's own delegation may receive the role penholder", async () => {
    expect((await invite(pen, { delegation: 'FR', role: 'penholder' })).status).toBe(403);
    expect((await invite(pen, { delegation: 'UK', role: 'penholder' })).status).toBe(201);
  });

  it('MB2: a drafter invites drafters and observers of its own delegation only', async () => {
    const fr = (await inviteAndRedeem(t, D, pen, { delegation: 'FR', role: 'drafter' })).token;
    expect((await invite(fr, { delegation: 'FR', role: 'observer' })).status).toBe(201);
    expect((await invite(fr, { delegation: 'US', role: 'drafter' })).status).toBe(403);
    expect((await invite(fr, { delegation: 'FR', role: 'penholder' })).status).toBe(403);
  });

  it('MB3: a delegation lists its own invites; the penholder lists all', async () => {
    const fr = (await inviteAndRedeem(t, D, pen, { delegation: 'FR', role: 'drafter' })).token;
    const mine = (await (await t.api(`/api/docs/${D}/invites`, { token: fr })).json()) as {
      delegation: string;
    }[];
    const all = (await (await t.api(`/api/docs/${D}/invites`, { token: pen })).json()) as {
      delegation: string;
    }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((i) => i.delegation))).toEqual(new Set(['FR']));
    expect(new Set(all.map((i) => i.delegation))).toEqual(new Set(['FR', 'US', 'UK']));
    expect(JSON.stringify(mine)).not.toMatch(/invite#/);
  });

  it('MB5: a revoked invite and an expired invite are refused with 401 and say why', async () => {
    const revoked = (await (await invite(pen, { delegation: 'FR', role: 'drafter' })).json()) as {
      id: string;
      url: string;
    };
    expect(
      (await t.api(`/api/docs/${D}/invites/${revoked.id}`, { method: 'DELETE', token: pen })).status,
    ).toBe(200);
    const r1 = await redeem(t, revoked.url, 'Late');
    expect(r1.status).toBe(401);
    expect(((await r1.json()) as { error: { message: string } }).error.message).toMatch(/revoked/);

    // A server of its own whose clock moves forward: the invite expires there.
    let ahead = 0;
    const s2 = await startTestServer({ now: () => Date.now() + ahead });
    try {
      const pen2 = await s2.token('UK', 'penholder');
      const doc = await s2.createDoc(['UK', 'FR'], 'We meet.');
      const res = await s2.api(`/api/docs/${doc}/invites`, {
        token: pen2,
        body: { delegation: 'FR', role: 'drafter', ttlSeconds: 60 },
      });
      const short = (await res.json()) as { url: string };
      ahead = 61_000;
      const r2 = await redeem(s2, short.url, 'Later');
      expect(r2.status).toBe(401);
      expect(((await r2.json()) as { error: { message: string } }).error.message).toMatch(/expired/);
    } finally {
      await s2.stop();
    }
  });

  it('a tampered invite link is refused (401)', async () => {
    const { url } = (await (await invite(pen, { delegation: 'FR', role: 'drafter' })).json()) as {
      url: string;
    };
    expect((await redeem(t, `${url.slice(0, -3)}xyz`, 'Eve')).status).toBe(401);
  });
});

describe('members and audit', () => {
  it('lists who joined, for which delegation and role, invited by whom, since when; joining is audited', async () => {
    const joined = await inviteAndRedeem(t, D, pen, { delegation: 'DE', role: 'observer' }, 'Dora');
    const members = (await (await t.api(`/api/docs/${D}/members`, { token: joined.token })).json()) as {
      sub: string;
      name: string;
      delegation: string;
      role: string;
      via: { inviteId: string; by: { delegation: string; name: string } } | null;
      joinedAt: string;
    }[];
    expect(members[0]).toMatchObject({ delegation: 'UK', role: 'penholder', via: null });
    expect(members.find((m) => m.sub === joined.claims.sub)).toMatchObject({
      name: 'Dora',
      delegation: 'DE',
      role: 'observer',
      via: { inviteId: joined.inviteId, by: { delegation: 'UK', name: 'UK penholder' } },
      joinedAt: expect.any(String),
    });
    const audit = (await (await t.api(`/api/docs/${D}/audit`, { token: pen })).json()) as {
      kind: string;
      actor: { name: string; delegation: string };
      data?: Record<string, unknown>;
    }[];
    expect(
      audit.find((e) => e.kind === 'invite-created' && e.data?.inviteId === joined.inviteId),
    ).toMatchObject({
      actor: { name: 'UK penholder', delegation: 'UK' },
    });
    expect(
      audit.find((e) => e.kind === 'member-joined' && e.data?.inviteId === joined.inviteId),
    ).toMatchObject({
      actor: { name: 'Dora', delegation: 'DE' },
    });
  });
});

describe('parties', () => {
  it('MB10: the creating delegation cannot be removed by another party; the last penholder cannot be removed', async () => {
    const frPen = await t.token('FR', 'penholder');
    const byFr = await t.api(`/api/docs/${D}/parties/UK`, { method: 'DELETE', token: frPen });
    expect(byFr.status).toBe(403);
    const self = await t.api(`/api/docs/${D}/parties/UK`, { method: 'DELETE', token: pen });
    expect(self.status).toBe(409);
    const doc = (await (await t.api(`/api/docs/${D}`, { token: pen })).json()) as { parties: string[] };
    expect(doc.parties).toContain('UK');
  });
});

describe('live enforcement (single instance)', () => {
  it('removing a party closes its sockets with 4403 and ends its event streams within 1 s; others stay', async () => {
    const docId = await t.createDoc(['UK', 'FR', 'US'], 'We meet.');
    const fr = (await inviteAndRedeem(t, docId, pen, { delegation: 'FR', role: 'drafter' })).token;
    const frSocket = openSocket(t.wsUrl, docId, fr);
    const ukSocket = openSocket(t.wsUrl, docId, pen);
    expect(await frSocket.outcome).toBe('open');
    expect(await ukSocket.outcome).toBe('open');
    const frStream = await openStream(t.url, docId, fr);
    expect(frStream.status).toBe(200);

    const started = performance.now();
    const res = await t.api(`/api/docs/${docId}/parties/FR`, { method: 'DELETE', token: pen });
    expect(res.status).toBe(200);
    const closed = await frSocket.closed;
    const ended = await frStream.ended;
    expect(closed.code).toBe(4403);
    expect(ended.last).toMatchObject({ event: 'ended', data: { reason: 'removed', code: 4403 } });
    const latency = Math.max(closed.at, ended.at) - started;
    console.log(
      `party removal → socket closed in ${(closed.at - started).toFixed(1)} ms, stream ended in ${(ended.at - started).toFixed(1)} ms`,
    );
    expect(latency).toBeLessThan(1000);
    expect(ukSocket.ws.readyState).toBe(ukSocket.ws.OPEN);
    ukSocket.ws.close();
  });

  it('revoking an invite ends the sessions it opened (4401), and their REST calls are 401', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'We meet.');
    const joined = await inviteAndRedeem(t, docId, pen, { delegation: 'FR', role: 'drafter' });
    const other = await inviteAndRedeem(t, docId, pen, { delegation: 'FR', role: 'drafter' });
    const s = openSocket(t.wsUrl, docId, joined.token);
    const keep = openSocket(t.wsUrl, docId, other.token);
    expect(await s.outcome).toBe('open');
    expect(await keep.outcome).toBe('open');
    const stream = await openStream(t.url, docId, joined.token);
    const started = performance.now();
    const res = await t.api(`/api/docs/${docId}/invites/${joined.inviteId}`, {
      method: 'DELETE',
      token: joined.token,
    });
    expect(res.status).toBe(200);
    const closed = await s.closed;
    const ended = await stream.ended;
    expect(closed.code).toBe(4401);
    expect(ended.last).toMatchObject({ event: 'ended', data: { reason: 'revoked' } });
    console.log(`invite revocation → socket closed in ${(closed.at - started).toFixed(1)} ms`);
    expect(closed.at - started).toBeLessThan(1000);
    expect((await t.api(`/api/docs/${docId}`, { token: joined.token })).status).toBe(401);
    expect(keep.ws.readyState).toBe(keep.ws.OPEN);
    keep.ws.close();
  });

  it('a token that expires mid-session closes its socket with 4401 and ends its stream', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'We meet.');
    const exp = Math.floor(Date.now() / 1000) + 2;
    const short = await t.token('FR', 'drafter', { exp });
    const s = openSocket(t.wsUrl, docId, short);
    expect(await s.outcome).toBe('open');
    const stream = await openStream(t.url, docId, short);
    const closed = await s.closed;
    const ended = await stream.ended;
    expect(closed.code).toBe(4401);
    expect(ended.last).toMatchObject({ event: 'ended', data: { reason: 'expired', code: 4401 } });
    // The server and this test read the same wall clock, so the close never precedes exp.
    const late = closed.wallAt - exp * 1000;
    console.log(`token expiry → socket closed ${late.toFixed(1)} ms after exp`);
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(1000);
  });
});

describe('demo links', () => {
  it('are invites of the demo document only, with a bounded number of uses', async () => {
    const { seedDemo, demoInviteLinks } = await import('@accord/server');
    const demo = await seedDemo(t.server);
    const links = await demoInviteLinks(t.server, demo, t.url);
    expect(links.map((l) => `${l.delegation} ${l.role}`)).toEqual([
      'US drafter',
      'CA drafter',
      'UK penholder',
      'FR drafter',
      'DE drafter',
      'EU drafter',
      'FR observer',
    ]);
    const uk = links.find((l) => l.role === 'penholder')!;
    const res = await redeem(t, uk.url, 'Demo user');
    expect(res.status).toBe(200);
    const { token, claims } = (await res.json()) as { token: string; claims: { doc: string } };
    expect(claims.doc).toBe(demo);
    expect((await t.api(`/api/docs/${D}`, { token })).status).toBe(403);
    expect((await t.api('/api/docs', { token, body: { title: 'x', parties: ['UK'] } })).status).toBe(403);
    const invites = (await (await t.api(`/api/docs/${demo}/invites`, { token })).json()) as {
      uses: number;
    }[];
    expect(invites.every((i) => i.uses === 20)).toBe(true);
  });
});

describe('exports', () => {
  it('MB8: observers download drafts and registered exports but cannot register a final export', async () => {
    const docId = await t.createDoc(['UK'], 'We meet in Brussels.');
    const clauses = (await (await t.api(`/api/docs/${docId}/clauses`, { token: pen })).json()) as {
      id: string;
      hash: string;
    }[];
    for (const c of clauses) {
      const r = await t.api(`/api/docs/${docId}/clauses/${c.id}/approval`, {
        token: pen,
        body: { state: 'approved', hash: c.hash },
      });
      expect(r.status).toBe(200);
    }
    const observer = (await inviteAndRedeem(t, docId, pen, { delegation: 'UK', role: 'observer' })).token;
    expect((await t.api(`/api/docs/${docId}/export?format=md&final=1`, { token: observer })).status).toBe(
      403,
    );
    const final = await t.api(`/api/docs/${docId}/export?format=md&final=1`, { token: pen });
    expect(final.status).toBe(200);
    const exportId = final.headers.get('x-accord-export-id');
    expect(exportId).toBeTruthy();
    const download = await t.api(`/api/docs/${docId}/exports/${exportId}`, { token: observer });
    expect(download.status).toBe(200);
    expect(await download.text()).toMatch(/Brussels/);
    expect((await t.api(`/api/docs/${docId}/export?format=md`, { token: observer })).status).toBe(200);
  });
});
