import type { Browser, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientIfStale, launchBrowser, type RunningAccord, startAccord } from './harness';

// #18 (reconnect): the realistic outage is not the browser going offline but the server process going
// away and coming back on the same port. Both of the page's channels (the editor's socket and the
// approvals channel) are then down at once; once the server is back, the approvals channel must be live
// within ~1.5 s of the editor's socket, and the status must never say "Agreed" while the server says otherwise.

const FR = { sub: 'fr-acc', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-acc', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

/** One change the page saw: when (performance.now), the editor's connection state, the status badge's text. */
interface Moment {
  t: number;
  connection: string | null;
  badge: string | null;
}

let accord: RunningAccord;
let browser: Browser;

beforeAll(async () => {
  buildClientIfStale();
  accord = await startAccord({ seedDemo: false });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await accord?.stop();
});

async function agreedDoc(text: string): Promise<{ docId: string; clauseId: string }> {
  const created = await accord.api<{ id: string }>(accord.token(UK), 'POST', '/api/docs', {
    title: 'Restart test',
    parties: ['UK', 'FR'],
    text,
  });
  expect(created.status).toBe(201);
  const docId = created.body.id;
  const clauses = await accord.api<{ id: string; hash: string }[]>(
    accord.token(UK),
    'GET',
    `/api/docs/${docId}/clauses`,
  );
  const [row] = clauses.body;
  for (const who of [UK, FR]) {
    const res = await accord.api(
      accord.token(who),
      'POST',
      `/api/docs/${docId}/clauses/${row!.id}/approval`,
      {
        state: 'approved',
        hash: row!.hash,
      },
    );
    expect(res.status).toBe(200);
  }
  return { docId, clauseId: row!.id };
}

/** The first moment at or after `from` that satisfies `test`. */
function firstAfter(moments: Moment[], from: number, test: (m: Moment) => boolean): Moment | undefined {
  return moments.find((m) => m.t >= from && test(m));
}

describe('a server restart (the process goes away and comes back on the same port)', {
  timeout: 120_000,
}, () => {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`after ${signal}, the approvals channel is live within 1.5 s of the editor's socket, and the status never says "Agreed" while the server says otherwise`, async () => {
      const { docId, clauseId } = await agreedDoc('The participants agree.');
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // Every change of the editor's connection state or of the status badge's text, from the first render on.
      await context.addInitScript(() => {
        const moments: { t: number; connection: string | null; badge: string | null }[] = [];
        (window as unknown as { moments: typeof moments }).moments = moments;
        new MutationObserver(() => {
          const connection =
            document.querySelector('[data-testid="connection"]')?.getAttribute('data-state') ?? null;
          const badge = document.querySelector('[data-testid="status-badge"]')?.textContent?.trim() ?? null;
          const last = moments[moments.length - 1];
          if (last?.connection !== connection || last?.badge !== badge)
            moments.push({ t: performance.now(), connection, badge });
        }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      const page = await context.newPage();
      const moments = () => page.evaluate(() => (window as unknown as { moments: Moment[] }).moments);
      const now = () => page.evaluate(() => performance.now());
      try {
        await page.goto(`${accord.url}/d/${docId}#token=${accord.token(FR)}`);
        const badge = page.getByTestId('status-badge');
        const badgeText = async () => (await badge.textContent())?.trim() ?? '';
        await expect.poll(badgeText, { timeout: 20_000 }).toBe('Agreed');

        const down = await now();
        await accord.restart({
          signal,
          // While it is down, another instance on the same data changes the text: the agreement is gone.
          whileDown: async () => {
            const other = await startAccord({
              dataDir: accord.dataDir,
              secret: accord.secret,
              seedDemo: false,
            });
            try {
              const patched = await other.api(
                other.token(UK),
                'PATCH',
                `/api/docs/${docId}/clauses/${clauseId}`,
                {
                  text: 'The participants agree, in principle.',
                },
              );
              expect(patched.status).toBe(200);
            } finally {
              await other.stop({ keepData: true });
            }
          },
        });
        const back = await now();

        // Wait on facts: the editor online again after the restart, the badge showing the server's state.
        // (CI of 74380b6 once saw the editor not online again within 20 s: the error carries what it showed instead)
        await expect
          .poll(
            async () => firstAfter(await moments(), back, (m) => m.connection === 'online') !== undefined,
            {
              timeout: 20_000,
            },
          )
          .toBe(true)
          .catch(async (e: unknown) => {
            throw new Error(
              `the editor was not online again within 20 s of the restart; moments: ${JSON.stringify(await moments())}`,
              { cause: e },
            );
          });
        await expect.poll(badgeText, { timeout: 10_000 }).toBe('Drafting');

        const seen = await moments();
        // Both channels really went down: the editor left "online" and the badge its state.
        const lost = firstAfter(seen, down, (m) => m.connection !== 'online');
        expect(lost, JSON.stringify(seen)).toBeDefined();
        const editorBack = firstAfter(seen, lost!.t, (m) => m.connection === 'online')!;
        const approvalsBack = firstAfter(
          seen,
          lost!.t,
          (m) => m.connection === 'online' && m.badge !== null && !m.badge.startsWith('Status:'),
        );
        expect(approvalsBack, JSON.stringify(seen)).toBeDefined();
        expect(approvalsBack!.t - editorBack.t, JSON.stringify(seen)).toBeLessThanOrEqual(1500);
        // Never "Agreed" once the outage began: the server said drafting from the restart on.
        const leftAgreed = firstAfter(seen, down, (m) => m.badge !== 'Agreed')!;
        const after = seen.filter((m) => m.t >= leftAgreed.t).map((m) => m.badge);
        expect(after.filter((b) => b?.includes('Agreed'))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('the editor’s socket lost alone (the approvals stream still looks open)', {
  timeout: 120_000,
}, () => {
  it('once the editor is back, the approvals stream, quiet since the loss, is read again at once', async () => {
    const created = await accord.api<{ id: string }>(accord.token(UK), 'POST', '/api/docs', {
      title: 'Socket test',
      parties: ['UK', 'FR'],
      text: 'The participants agree.',
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // Every sync socket passes through the test, which can close the page's end of it.
    const sockets: WebSocketRoute[] = [];
    await context.routeWebSocket(/\/ws\//, (ws) => {
      ws.connectToServer();
      sockets.push(ws);
    });
    const streams: number[] = [];
    context.on('request', (request) => {
      if (/\/events$/.test(request.url())) streams.push(Date.now());
    });
    const page = await context.newPage();
    try {
      await page.goto(`${accord.url}/d/${created.body.id}#token=${accord.token(FR)}`);
      const badge = page.getByTestId('status-badge');
      await expect
        .poll(async () => (await badge.textContent())?.trim(), { timeout: 20_000 })
        .toBe('Drafting');
      expect(streams).toHaveLength(1);

      const closed = Date.now();
      await sockets.at(-1)!.close({ code: 1011, reason: 'test: the link went away' });
      const connection = page.getByTestId('connection');
      await expect.poll(() => connection.getAttribute('data-state'), { timeout: 10_000 }).not.toBe('online');
      await expect.poll(() => connection.getAttribute('data-state'), { timeout: 20_000 }).toBe('online');
      const editorBack = Date.now();
      // A second stream, opened at once (not after a backoff), and the status shown from it.
      await expect.poll(() => streams.length, { timeout: 5_000 }).toBe(2);
      expect(streams[1]! - closed).toBeGreaterThan(0);
      expect(streams[1]! - editorBack).toBeLessThan(1500);
      await expect
        .poll(async () => (await badge.textContent())?.trim(), { timeout: 10_000 })
        .toBe('Drafting');
    } finally {
      await context.close();
    }
  });
});
