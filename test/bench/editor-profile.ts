/**
 * Where the main thread's time goes while one delegation types into the middle clause of a large
 * statement (#18), on the typist's page and on a watcher's: a CDP CPU profile of each, self time per
 * source file and per function, mapped through the production build's hidden source maps. A tool
 * for finding the next cost, not a benchmark (nothing is compared with a target).
 * Run: pnpm exec tsx test/bench/editor-profile.ts  (CLAUSES=300, KEYS=40 by default)
 */
import type { Page } from 'playwright-core';
import { buildClientIfStale, launchBrowser, startAccord } from '../browser/harness';
import { caretToEndOfClause, openBenchDocument } from './editor';
import { cpuProfile, keepSourceMaps, mapped } from './editor-profile-cpu';

const N = Number(process.env.CLAUSES ?? 300);
/** KEYS=2 profiles only the first keys typed after the caret is placed. */
const KEYS = Number(process.env.KEYS ?? 40);
/** ALLOC=1: where the page allocates instead (sampling heap profiler; KB per key by location). */
async function allocations(
  page: Page,
): Promise<typeof cpuProfile extends (p: Page) => Promise<infer R> ? R : never> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return async () => {
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    const byLoc = new Map<string, number>();
    const byFile = new Map<string, number>();
    let total = 0;
    type Node = (typeof profile)['head'];
    // CALLERS=1: each location also named after the nearest caller in the app's own code (src/,
    // packages/): which of our calls makes a library allocate.
    const callers = process.env.CALLERS === '1';
    const walk = (node: Node, parent: string, own: string) => {
      const kb = node.selfSize / 1024;
      const cf = node.callFrame;
      // A built-in's allocations are named after the script that called it.
      const at = cf.url
        ? mapped(cf.url, cf.lineNumber, cf.columnNumber)
        : `(native) ${cf.functionName} ← ${parent}`;
      const mine = /^(src|\.\.\/packages)\//.test(at) ? at : own;
      const loc = callers && mine !== at ? `${at} ⇐ ${mine || '(no own caller)'}` : at;
      total += kb;
      byLoc.set(loc, (byLoc.get(loc) ?? 0) + kb);
      const f = at.split(':')[0]!;
      byFile.set(f, (byFile.get(f) ?? 0) + kb);
      for (const child of node.children) walk(child, cf.url ? at : parent, mine);
    };
    walk(profile.head, '', '');
    await cdp.detach();
    return {
      total,
      byLoc: [...byLoc].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40)),
      byFile: [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25),
    };
  };
}
const ALLOC = process.env.ALLOC === '1';
buildClientIfStale();
const accord = await startAccord();
const browser = await launchBrowser();
try {
  const people = await openBenchDocument(browser, accord, N, 'P');
  const [typist, watcher] = [people[0]!.page, people[1]!.page];
  keepSourceMaps();
  await typist.waitForTimeout(8000);
  await caretToEndOfClause(typist, Math.ceil(N / 2));
  // SETTLE=ms lets the caret's placement (scroll, selection) finish before profiling starts.
  await typist.waitForTimeout(Number(process.env.SETTLE ?? 0));
  const stopT = await (ALLOC ? allocations : cpuProfile)(typist);
  const stopW = await (ALLOC ? allocations : cpuProfile)(watcher);
  for (let i = 0; i < KEYS; i++) {
    await typist.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await typist.waitForTimeout(30);
  }
  await typist.waitForTimeout(1500);
  for (const [name, stop] of [
    ['TYPIST', stopT],
    ['WATCHER', stopW],
  ] as const) {
    const r = await stop();
    console.log(
      ALLOC
        ? `== ${name}: ${(r.total / KEYS).toFixed(0)} KB/key allocated (sampled)`
        : `== ${name}: ${(r.total / KEYS).toFixed(1)} ms/key of JS+native (excl. idle/program/gc)`,
    );
    console.log('-- by file (per key)');
    for (const [k, v] of r.byFile) console.log((v / KEYS).toFixed(2).padStart(7), k);
    console.log('-- by location (per key)');
    for (const [k, v] of r.byLoc) console.log((v / KEYS).toFixed(2).padStart(7), k);
  }
  for (const p of people) await p.context.close();
} finally {
  await browser.close();
  await accord.stop();
}
