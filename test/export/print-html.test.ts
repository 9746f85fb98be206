import { existsSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../browser/harness';
import { startTestServer, type TestServer } from '../support/server';

const CHROMIUM = '/usr/bin/chromium';

const LONG = Array.from(
  { length: 14 },
  (_, i) =>
    `Clause text number ${i + 1}: we reaffirm our commitment to an open, free, stable and secure cyberspace, and to the protection of the citizens of Łódź, Zürich and Montréal against malicious cyber activity of any kind.`,
).join('\n\n');

// Skipped only on a developer machine without chromium; CI installs it and must run this.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('the HTML export in a real browser', () => {
  let t: TestServer;
  let browser: Browser;
  let docId: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestServer();
    docId = await t.createDoc(['FR', 'DE'], LONG, 'Joint statement <on> "cyber" & more');
    token = await t.token('FR');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t.stop();
  });

  it('prints a draft with DRAFT and the TLP label on every page, with nothing loaded from the network', async () => {
    const html = await (await t.api(`/api/docs/${docId}/export?format=html`, { token })).text();
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') external.push(r.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    expect(await page.title()).toBe('Joint statement <on> "cyber" & more');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.close();
    expect(external).toEqual([]);
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { pages } = await parser.getText();
    await parser.destroy();
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(p.text).toContain('DRAFT');
      expect(p.text).toContain('TLP:CLEAR');
    }
    const all = pages.map((p) => p.text).join('\n');
    expect(all).toContain('Łódź');
    expect(all).toMatch(/14\.\s/);
  });
});
