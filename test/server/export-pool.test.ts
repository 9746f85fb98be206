import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../support/clients';
import { startTestServer, type TestServer } from '../support/server';

/** A long statement: 300 clauses of a few sentences each (a long communiqué or negotiating text). */
export function longStatement(clauses = 300): string {
  return Array.from(
    { length: clauses },
    (_, i) =>
      `Clause ${i + 1}: The participants reaffirm their shared commitment to an open, free, stable and secure cyberspace, ` +
      'condemn malicious cyber activities directed at critical infrastructure, and resolve to coordinate ' +
      'their responses through the established diplomatic channels, in accordance with international law.',
  ).join('\n\n');
}

const inFlight = async (t: TestServer) => {
  const text = await (await fetch(`${t.url}/metrics`)).text();
  return Number(/^accord_exports_in_flight (\d+)/m.exec(text)?.[1] ?? 'NaN');
};

let t: TestServer | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

describe('exports render off the event loop under a concurrency cap', { timeout: 90_000 }, () => {
  it('answers /api/health while PDF exports of a long document are rendering', async () => {
    t = await startTestServer();
    const docId = await t.createDoc(['FR', 'DE'], longStatement());
    const done: boolean[] = [];
    const exports = ['FR', 'DE'].map(async (delegation, i) => {
      const res = await t!.api(`/api/docs/${docId}/export?format=pdf`, { token: await t!.token(delegation) });
      const bytes = new Uint8Array(await res.arrayBuffer());
      done[i] = true;
      return { status: res.status, head: new TextDecoder().decode(bytes.slice(0, 5)) };
    });
    await waitFor(async () => (await inFlight(t!)) === 2, { what: 'two exports rendering' });
    const health = await fetch(`${t.url}/api/health`);
    expect(health.status).toBe(200);
    // Health was answered while both renders were still under way (on the event loop, it would wait for them).
    expect(done.filter(Boolean)).toHaveLength(0);
    for (const r of await Promise.all(exports)) expect(r).toEqual({ status: 200, head: '%PDF-' });
  });

  it("refuses one caller's exports past its cap with 429 and Retry-After (six parallel PDFs by one observer)", async () => {
    t = await startTestServer();
    const docId = await t.createDoc(['FR', 'DE'], longStatement());
    const observer = await t.token('DE', 'observer');
    const exportPdf = async () => {
      const res = await t!.api(`/api/docs/${docId}/export?format=pdf`, { token: observer });
      const body = await res.arrayBuffer();
      return { status: res.status, retryAfter: res.headers.get('retry-after'), bytes: body.byteLength };
    };
    const first = [exportPdf(), exportPdf()];
    await waitFor(async () => (await inFlight(t!)) === 2, { what: 'two exports rendering' });
    const more = await Promise.all([exportPdf(), exportPdf(), exportPdf(), exportPdf()]);
    for (const r of more) {
      expect(r.status).toBe(429);
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    for (const r of await Promise.all(first)) expect(r).toMatchObject({ status: 200 });
    // Once the renders are done, the same caller may export again.
    const again = await t.api(`/api/docs/${docId}/export?format=md`, { token: observer });
    expect(again.status).toBe(200);
  });

  it('refuses exports past the global cap, whoever asks', async () => {
    t = await startTestServer({ exports: { limits: { global: 2, perCaller: 2 } } });
    const docId = await t.createDoc(['FR', 'DE', 'IT'], longStatement());
    const exportPdf = async (delegation: string) => {
      const res = await t!.api(`/api/docs/${docId}/export?format=pdf`, { token: await t!.token(delegation) });
      await res.arrayBuffer();
      return res.status;
    };
    const first = [exportPdf('FR'), exportPdf('DE')];
    await waitFor(async () => (await inFlight(t!)) === 2, { what: 'two exports rendering' });
    expect(await exportPdf('IT')).toBe(429);
    expect(await Promise.all(first)).toEqual([200, 200]);
  });
});
