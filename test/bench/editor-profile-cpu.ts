/**
 * A CDP CPU profile of a page, self time per source file and per function, mapped through the
 * production build's hidden source maps (editor-profile.ts, editor-load-profile.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

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
    column: number | null;
    name: string | null;
  };
}
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const mapper = sourceMaps();
const maps = new Map<string, SourceMap | null>();
const mapTexts = new Map<string, string>();
/**
 * Reads the build's source maps now (call once the page has loaded): on a shared tree another
 * engineer's test may rebuild client/dist before the profile is mapped, and the maps of the build
 * that ran would be gone.
 */
export function keepSourceMaps(): void {
  const dir = join(ROOT, 'client/dist/assets');
  for (const f of readdirSync(dir))
    if (f.endsWith('.js.map')) mapTexts.set(f.slice(0, -'.map'.length), readFileSync(join(dir, f), 'utf8'));
}
export function mapped(url: string, line: number, col: number): string {
  const file = url.split('/assets/')[1];
  if (!file) return `${url}:${line}`;
  let m = maps.get(file);
  if (m === undefined) {
    try {
      m = mapper
        ? new mapper.SourceMapConsumer(
            JSON.parse(
              mapTexts.get(file) ?? readFileSync(join(ROOT, 'client/dist/assets', `${file}.map`), 'utf8'),
            ),
          )
        : null;
    } catch {
      m = null;
    }
    maps.set(file, m);
  }
  if (!m) return `${file}:${line}`;
  const p = m.originalPositionFor({ line: Math.max(0, line) + 1, column: Math.max(0, col) });
  // A minified library's anonymous function is told apart by its column (COLUMNS=1).
  const column = process.env.COLUMNS === '1' && !p.name ? `:${p.column}` : '';
  return `${(p.source ?? '?').replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^\.\.\/\.\.\//, '')}:${p.line}${column} ${p.name ?? ''}`;
}
export async function cpuProfile(page: Page) {
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
