import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './suite';

// #18: a document's page starts its metadata fetch and sync socket from a small first script, before
// the app's own chunk has run (client/src/app/early-load.ts); the editor takes them. The lint worker
// waits for the page (its start competed with the load for the CPU).
const suite = browserSuite();

const UK = { sub: 'uk-early', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;
const FR = { sub: 'fr-early', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const DE = { sub: 'de-early', name: 'Jonas Weber', delegation: 'DE', role: 'drafter' } as const;

/** Counts the page's sync sockets and lint workers, and whether the app had rendered when each was made. */
const COUNTERS = `(() => {
  const seen = (window.__early = { sockets: [], workers: [], lintRequests: 0 });
  const rendered = () => (document.getElementById('root')?.childElementCount ?? 0) > 0;
  const NativeWS = window.WebSocket;
  window.WebSocket = class extends NativeWS {
    constructor(...args) {
      super(...args);
      if (String(args[0]).includes('/ws/')) seen.sockets.push({ appRendered: rendered() });
    }
  };
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      if (!String(args[0]).includes('lint')) return;
      seen.workers.push({ appRendered: rendered() });
      const post = this.postMessage.bind(this);
      this.postMessage = (message, ...rest) => {
        if (message && 'seq' in message) seen.lintRequests += 1;
        post(message, ...rest);
      };
    }
  };
})()`;

interface Seen {
  sockets: { appRendered: boolean }[];
  workers: { appRendered: boolean }[];
  /** Lint requests (not the policies' preparation) the page sent its worker. */
  lintRequests: number;
}

async function createDoc(text: string): Promise<string> {
  const res = await suite.accord.api<{ id: string }>(suite.accord.token(UK), 'POST', '/api/docs', {
    title: 'Early load',
    parties: ['UK', 'FR'],
    text,
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function openCounted(docId: string, token: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1440, height: 900 } });
  suite.people.push({ context, page: await context.newPage(), errors: [] });
  const page = suite.people.at(-1)!.page;
  await page.addInitScript(COUNTERS);
  await page.goto(`${suite.accord.url}/d/${docId}#token=${token}`);
  return page;
}

const findingsAnswered = (page: Page) =>
  page.waitForFunction(
    () =>
      !(document.querySelector('[data-testid="tab-findings"]')?.textContent ?? 'checking').includes(
        'checking',
      ),
    undefined,
    { timeout: 30_000 },
  );

describe('the editor takes what the page started early (#18)', () => {
  it('one sync socket per load, made before the app rendered, one lint worker, and the text syncs both ways', async () => {
    const docId = await createDoc('The participants met in Geneva.\n\nThey agreed to meet again.');
    const page = await openCounted(docId, suite.accord.token(FR));
    await page
      .getByTestId('connection')
      .and(page.locator('[data-state="online"]'))
      .waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('editor').textContent()).toContain('They agreed to meet again.');
    await findingsAnswered(page);
    const seen = (await page.evaluate('window.__early')) as Seen;
    expect(seen.sockets).toEqual([{ appRendered: false }]);
    expect(seen.workers).toHaveLength(1);

    // The handed-over socket carries this page's edits, and another delegation's.
    const uk = await suite.open(docId, UK);
    // One lint request for the text as it came (a short statement: no first slice), though the live
    // state brought the parties and suppressions again as new lists, and another delegation came in.
    await page.getByText('Approvals channel').waitFor({ state: 'detached' });
    expect(((await page.evaluate('window.__early')) as Seen).lintRequests).toBe(1);
    const clause = page.getByTestId('editor').locator(':scope > [data-clause-number="1"]');
    await clause.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Today.');
    await expect
      .poll(() => uk.page.getByTestId('editor').textContent(), { timeout: 10_000 })
      .toContain('Geneva. Today.');
    const ukClause = uk.page.getByTestId('editor').locator(':scope > [data-clause-number="2"]');
    await ukClause.click();
    await uk.page.keyboard.press('End');
    await uk.page.keyboard.type(' Soon.');
    await expect
      .poll(() => page.getByTestId('editor').textContent(), { timeout: 10_000 })
      .toContain('meet again. Soon.');
  });

  it('a delegation that is not a party is told so, though the page asked early', async () => {
    const docId = await createDoc('The participants met in Geneva.');
    const page = await openCounted(docId, suite.accord.token(DE));
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 })
      .toBe('Your delegation is not a party to this document.');
  });

  it('without a session nothing starts early: the sign-in page, no socket, no worker', async () => {
    const docId = await createDoc('The participants met in Geneva.');
    const context = await suite.browser.newContext();
    suite.people.push({ context, page: await context.newPage(), errors: [] });
    const page = suite.people.at(-1)!.page;
    await page.addInitScript(COUNTERS);
    await page.goto(`${suite.accord.url}/d/${docId}`);
    await page.locator('#root *').first().waitFor();
    const seen = (await page.evaluate('window.__early')) as Seen;
    expect(seen).toEqual({ sockets: [], workers: [], lintRequests: 0 });
  });
});
