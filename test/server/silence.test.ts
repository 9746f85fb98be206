import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docCalls } from '../support/adoption';
import { waitFor } from '../support/clients';
import { startTestServer, type TestServer } from '../support/server';

const TEXT = 'We condemn the attacks.\n\nWe will respond together.';
const T0 = Date.parse('2026-12-01T09:00:00Z');
const MIN = 60_000;

/** A clock the test moves: silence deadlines pass without waiting. */
function testClock(start = T0) {
  let at = start;
  return { now: () => at, set: (ms: number) => (at = ms) };
}

describe('silence procedure (api.md "Adoption and the silence procedure")', () => {
  let t: TestServer;
  let tokens: Record<string, string>;
  const clock = testClock();

  beforeAll(async () => {
    t = await startTestServer({
      now: clock.now,
      silenceSweepMs: 0,
      restRateLimit: { requestsPerSecond: 10_000, burst: 10_000 },
    });
    tokens = {
      pen: await t.token('UK', 'penholder'),
      UK: await t.token('UK'),
      FR: await t.token('FR'),
      DE: await t.token('DE'),
    };
  });
  afterAll(() => t.stop());

  // The clock only moves forward (rate limits and token expiry read it too): each test starts an
  // hour after the previous one's start, its deadline 30 minutes later.
  let base = T0;
  let deadline = '';
  const fresh = async () => {
    base += 60 * MIN;
    clock.set(base);
    deadline = new Date(base + 30 * MIN).toISOString();
    const docId = await t.createDoc(['UK', 'FR', 'DE'], TEXT);
    return { docId, d: docCalls(t, docId, { UK: tokens.UK!, FR: tokens.FR!, DE: tokens.DE! }) };
  };

  it('the penholder puts the text under silence until a future deadline; it freezes and GET shows it', async () => {
    const { d } = await fresh();
    await d.decideAll(['UK']);
    expect((await d.call('/silence', tokens.UK!, { deadline })).status).toBe(403);
    expect(
      (await d.call('/silence', tokens.pen!, { deadline: new Date(base - MIN).toISOString() })).status,
    ).toBe(400);
    expect((await d.call('/silence', tokens.pen!, { deadline: 'soon' })).status).toBe(400);
    const res = await d.call('/silence', tokens.pen!, { deadline });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ locked: true, silence: { deadline, by: { delegation: 'UK' } } });
    expect((await d.meta()).silence).toEqual({ deadline, by: { delegation: 'UK', name: 'UK penholder' } });
    const [first] = await d.clauses();
    const patch = await d.call(`/clauses/${first!.id}`, tokens.FR!, { text: 'Changed.' }, 'PATCH');
    expect(patch.status).toBe(409);
    expect(((await patch.json()) as { error: { code: string } }).error.code).toBe('locked');
    expect((await d.call('/silence', tokens.pen!, { deadline })).status).toBe(409);
  });

  it('409 while any objection stands', async () => {
    const { d } = await fresh();
    const [first] = await d.clauses();
    await d.call(`/clauses/${first!.id}/approval`, tokens.FR!, {
      state: 'objection',
      hash: first!.hash,
      note: 'Too strong',
    });
    expect((await d.call('/silence', tokens.pen!, { deadline })).status).toBe(409);
    expect((await d.meta()).silence ?? null).toBeNull();
  });

  it('any party breaks silence with a note before the deadline: the text unfreezes and the note is audited', async () => {
    const { d, docId } = await fresh();
    await d.call('/silence', tokens.pen!, { deadline });
    expect((await d.call('/silence/break', tokens.DE!, {})).status).toBe(400);
    expect((await d.call('/silence/break', await t.token('DE', 'observer'), { note: 'x' })).status).toBe(403);
    expect((await d.call('/silence/break', await t.token('US'), { note: 'x' })).status).toBe(403);
    clock.set(base + 10 * MIN);
    const res = await d.call('/silence/break', tokens.DE!, { note: 'Berlin needs one more day.' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'drafting', locked: false, silence: null });
    expect((await d.audit()).find((e) => e.kind === 'silence-broken')?.note).toBe(
      'Berlin needs one more day.',
    );
    const [first] = await d.clauses();
    expect((await d.call(`/clauses/${first!.id}`, tokens.FR!, { text: 'Changed.' }, 'PATCH')).status).toBe(
      200,
    );
    // Nothing is concluded at the old deadline.
    clock.set(base + 31 * MIN);
    expect(await t.server.adoption.sweep()).not.toContain(docId);
    expect((await d.meta()).status).toBe('drafting');
  });

  it('silence cannot be broken once the deadline has passed', async () => {
    const { d } = await fresh();
    await d.call('/silence', tokens.pen!, { deadline });
    clock.set(base + 30 * MIN);
    expect((await d.call('/silence/break', tokens.DE!, { note: 'too late' })).status).toBe(409);
  });

  it('at the deadline every pending, stale or reserved decision is approved under silence procedure and the text is adopted', async () => {
    const { d, docId } = await fresh();
    const listed = await d.clauses();
    if (!Array.isArray(listed)) throw new Error(`clauses: ${JSON.stringify(listed)}`);
    const [c1, c2] = listed;
    await d.call(`/clauses/${c1!.id}/approval`, tokens.UK!, { state: 'approved', hash: c1!.hash });
    await d.call(`/clauses/${c1!.id}/approval`, tokens.FR!, { state: 'reserve', hash: c1!.hash });
    await d.call('/silence', tokens.pen!, { deadline });
    // Other tests' documents may be due too: look at this one only.
    const mine = async () => (await t.server.adoption.sweep()).filter((id) => id === docId);
    clock.set(base + 29 * MIN);
    expect(await mine()).toEqual([]);
    clock.set(base + 30 * MIN);
    expect(await mine()).toEqual([docId]);
    expect(await mine()).toEqual([]);
    expect(await d.meta()).toMatchObject({ status: 'adopted', silence: null });
    const clauses = await d.clauses();
    expect(clauses[0]!.approvals.UK).toMatchObject({ state: 'approved', by: 'UK drafter' });
    for (const c of clauses) {
      for (const p of ['UK', 'FR', 'DE']) {
        if (c.id === c1!.id && p === 'UK') continue;
        expect(c.approvals[p]).toMatchObject({
          state: 'approved',
          stale: false,
          note: 'approved under silence procedure',
        });
      }
    }
    expect(c2).toBeDefined();
    const audit = await d.audit();
    expect(audit.filter((e) => e.kind === 'silence-concluded')).toHaveLength(1);
    expect(
      audit.filter((e) => e.kind === 'approval' && e.note === 'approved under silence procedure'),
    ).toHaveLength(5);
    // The record names the decisions taken under silence.
    const md = await (await d.call('/export?format=md&final=1', tokens.FR!)).text();
    expect(md).toContain('approved under silence procedure');
    expect(md).toContain('Adopted under silence procedure: nobody broke silence by its deadline');
  });
});

describe('silence across a restart', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('a deadline that passes while the server is down is concluded when it starts again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'accord-silence-'));
    dirs.push(dataDir);
    const clock = testClock();
    let t = await startTestServer({ dataDir, now: clock.now, silenceSweepMs: 0 });
    const docId = await t.createDoc(['UK', 'FR'], TEXT);
    const tokens = {
      UK: await t.token('UK'),
      FR: await t.token('FR'),
      pen: await t.token('UK', 'penholder'),
    };
    let d = docCalls(t, docId, { UK: tokens.UK, FR: tokens.FR });
    const deadline = new Date(T0 + 30 * MIN).toISOString();
    expect((await d.call('/silence', tokens.pen, { deadline })).status).toBe(200);
    await t.stop(false);

    clock.set(T0 + 45 * MIN);
    t = await startTestServer({ dataDir, now: clock.now, silenceSweepMs: 0 });
    try {
      d = docCalls(t, docId, { UK: tokens.UK, FR: tokens.FR });
      // The sweep at start concludes it: no call needed.
      await waitFor(async () => (await d.meta()).status === 'adopted', { what: 'adopted after restart' });
      expect((await d.audit()).filter((e) => e.kind === 'silence-concluded')).toHaveLength(1);
    } finally {
      await t.stop(false);
    }
  });

  it('a deadline still ahead at restart keeps the text frozen until it passes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'accord-silence-'));
    dirs.push(dataDir);
    const clock = testClock();
    let t = await startTestServer({ dataDir, now: clock.now, silenceSweepMs: 0 });
    const docId = await t.createDoc(['UK', 'FR'], TEXT);
    const tokens = {
      UK: await t.token('UK'),
      FR: await t.token('FR'),
      pen: await t.token('UK', 'penholder'),
    };
    const deadline = new Date(T0 + 30 * MIN).toISOString();
    expect((await docCalls(t, docId, tokens).call('/silence', tokens.pen, { deadline })).status).toBe(200);
    await t.stop(false);

    clock.set(T0 + 10 * MIN);
    t = await startTestServer({ dataDir, now: clock.now, silenceSweepMs: 0 });
    try {
      const d = docCalls(t, docId, { UK: tokens.UK, FR: tokens.FR });
      expect((await d.meta()).silence?.deadline).toBe(deadline);
      const [first] = await d.clauses();
      expect((await d.call(`/clauses/${first!.id}`, tokens.FR, { text: 'x' }, 'PATCH')).status).toBe(409);
      expect(t.server.hub).toBeDefined();
      clock.set(T0 + 30 * MIN);
      expect(await t.server.adoption.sweep()).toEqual([docId]);
      expect((await d.meta()).status).toBe('adopted');
    } finally {
      await t.stop(false);
    }
  });
});
