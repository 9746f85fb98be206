/**
 * Where the main thread's time goes while one delegation types into the middle clause of a large
 * statement (#18), on the typist's page and on a watcher's: a CDP CPU profile of each, self time per
 * source file and per function, mapped through the production build's hidden source maps. A tool
 * for finding the next cost, not a benchmark (nothing is compared with a target).
 * Run: pnpm exec tsx test/bench/editor-profile.ts  (CLAUSES=300, KEYS=40 by default)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { buildClientIfStale, launchBrowser, startAccord } from '../browser/harness';
import { caretToEndOfClause, openBenchDocument } from './editor';

// source-map-js comes with Vite (through postcss): resolved there, not a dependency of its own.
function sourceMaps(): { SourceMapConsumer: new (map: unknown) => SourceMap } | null {
  try {
    const vite = createRequire(createRequire(join(ROOT, 'client', 'package.json')).resolve('vite'));
    return createRequire(vite.resolve('postcss'))('source-map-js');
  } catch {
    return null;
  }
}
interface SourceMap {
  originalPositionFor(p: { line: number; column: number }): {
    source: string | null;
    line: number | null;
    name: string | null;
  };
}
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const mapper = sourceMaps();
const N = Number(process.env.CLAUSES ?? 300);
/** KEYS=2 profiles only the first keys typed after the caret is placed. */
const KEYS = Number(process.env.KEYS ?? 40);
const maps = new Map<string, SourceMap | null>();
function mapped(url: string, line: number, col: number): string {
  const file = url.split('/assets/')[1];
  if (!file) return `${url}:${line}`;
  let m = maps.get(file);
  if (m === undefined) {
    try {
      m = mapper
        ? new mapper.SourceMapConsumer(
            JSON.parse(readFileSync(join(ROOT, 'client/dist/assets', `${file}.map`), 'utf8')),
          )
        : null;
    } catch {
      m = null;
    }
    maps.set(file, m);
  }
  if (!m) return `${file}:${line}`;
  const p = m.originalPositionFor({ line: line + 1, column: col });
  return `${(p.source ?? '?').replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^\.\.\/\.\.\//, '')}:${p.line} ${p.name ?? ''}`;
}
async function profile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<number, number>();
    const dt = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
    });
    const byLoc = new Map<string, number>();
    let total = 0;
    const byFile = new Map<string, number>();
    for (const node of profile.nodes) {
      const t = (self.get(node.id) ?? 0) / 1000;
      const cf = node.callFrame;
      if (['(idle)', '(program)', '(garbage collector)'].includes(cf.functionName)) {
        byLoc.set(cf.functionName, (byLoc.get(cf.functionName) ?? 0) + t);
        continue;
      }
      total += t;
      const loc = cf.url ? mapped(cf.url, cf.lineNumber, cf.columnNumber) : `(native) ${cf.functionName}`;
      byLoc.set(loc, (byLoc.get(loc) ?? 0) + t);
      const f = loc.split(':')[0]!;
      byFile.set(f, (byFile.get(f) ?? 0) + t);
    }
    await cdp.detach();
    // INCLUSIVE=1: our functions (src/, packages/) with the time of everything they called.
    if (process.env.INCLUSIVE === '1') {
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const inclusive = new Map<number, number>();
      const sum = (id: number): number => {
        const node = byId.get(id)!;
        let t = (self.get(id) ?? 0) / 1000;
        for (const child of node.children ?? []) t += sum(child);
        inclusive.set(id, t);
        return t;
      };
      sum(profile.nodes[0]!.id);
      const ours = new Map<string, number>();
      const walk = (id: number, open: Set<string>) => {
        const node = byId.get(id)!;
        const cf = node.callFrame;
        const loc = cf.url ? mapped(cf.url, cf.lineNumber, cf.columnNumber) : '';
        const mine = /^(src|\.\.\/packages)\//.test(loc) && !open.has(loc);
        if (mine) ours.set(loc, (ours.get(loc) ?? 0) + (inclusive.get(id) ?? 0));
        const next = mine ? new Set(open).add(loc) : open;
        for (const child of node.children ?? []) walk(child, next);
      };
      walk(profile.nodes[0]!.id, new Set());
      for (const [k, v] of [...ours].sort((a, b) => b[1] - a[1]).slice(0, 30))
        byLoc.set(`[inclusive] ${k}`, v);
    }
    return {
      total,
      byLoc: [...byLoc].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40)),
      byFile: [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25),
    };
  };
}
/** ALLOC=1: where the page allocates instead (sampling heap profiler; KB per key by location). */
async function allocations(
  page: Page,
): Promise<typeof profile extends (p: Page) => Promise<infer R> ? R : never> {
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
    const walk = (node: Node, parent: string) => {
      const kb = node.selfSize / 1024;
      const cf = node.callFrame;
      // A built-in's allocations are named after the script that called it.
      const loc = cf.url
        ? mapped(cf.url, cf.lineNumber, cf.columnNumber)
        : `(native) ${cf.functionName} ← ${parent}`;
      total += kb;
      byLoc.set(loc, (byLoc.get(loc) ?? 0) + kb);
      const f = loc.split(':')[0]!;
      byFile.set(f, (byFile.get(f) ?? 0) + kb);
      for (const child of node.children) walk(child, cf.url ? loc : parent);
    };
    walk(profile.head, '');
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
  await typist.waitForTimeout(8000);
  await caretToEndOfClause(typist, Math.ceil(N / 2));
  // SETTLE=ms lets the caret's placement (scroll, selection) finish before profiling starts.
  await typist.waitForTimeout(Number(process.env.SETTLE ?? 0));
  const stopT = await (ALLOC ? allocations : profile)(typist);
  const stopW = await (ALLOC ? allocations : profile)(watcher);
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
