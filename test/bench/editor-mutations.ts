/**
 * Which parts of the page React (and Lexical) write to while one delegation types into the middle
 * clause of a large statement (#18): a MutationObserver on the typist's and the watcher's page counts
 * DOM mutations per key, grouped by the nearest element with a test id or class outside the editor.
 * A tool for finding what re-renders for nothing, not a benchmark (nothing is compared with a target).
 * Run: pnpm exec tsx test/bench/editor-mutations.ts  (CLAUSES=300, KEYS=40 by default)
 */
import type { Page } from 'playwright-core';
import { buildClientIfStale, launchBrowser, startAccord } from '../browser/harness';
import { caretToEndOfClause, openBenchDocument } from './editor';

const N = Number(process.env.CLAUSES ?? 300);
const KEYS = Number(process.env.KEYS ?? 40);

async function observe(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const counts = new Map();
    const where = (node) => {
      let el = node.nodeType === 1 ? node : node.parentElement;
      const path = [];
      while (el && el !== document.body && path.length < 3) {
        const id = el.getAttribute('data-testid') || (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
        if (id) path.unshift(id);
        el = el.parentElement;
      }
      return path.join(' > ') || '?';
    };
    window.__mutations = counts;
    new MutationObserver((records) => {
      for (const r of records) {
        const key = r.type + (r.attributeName ? '[' + r.attributeName + ']' : '') + ' ' + where(r.target);
        counts.set(key, (counts.get(key) || 0) + 1);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  })()`);
}

async function report(page: Page, name: string): Promise<void> {
  const rows = (await page.evaluate('[...window.__mutations].sort((a, b) => b[1] - a[1]).slice(0, 30)')) as [
    string,
    number,
  ][];
  console.log(`== ${name}: DOM mutations per key`);
  for (const [k, v] of rows) console.log((v / KEYS).toFixed(2).padStart(8), k);
}

buildClientIfStale();
const accord = await startAccord();
const browser = await launchBrowser();
try {
  const people = await openBenchDocument(browser, accord, N, 'M');
  const [typist, watcher] = [people[0]!.page, people[1]!.page];
  await typist.waitForTimeout(8000);
  await caretToEndOfClause(typist, Math.ceil(N / 2));
  await typist.waitForTimeout(1000);
  await observe(typist);
  await observe(watcher);
  for (let i = 0; i < KEYS; i++) {
    await typist.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await typist.waitForTimeout(30);
  }
  await typist.waitForTimeout(1500);
  await report(typist, 'TYPIST');
  await report(watcher, 'WATCHER');
  for (const p of people) await p.context.close();
} finally {
  await browser.close();
  await accord.stop();
}
