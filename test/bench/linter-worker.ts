/**
 * LT104: the lint worker's cold start in headless Chromium, without the editor around it: a client build's
 * `lint.worker-*.js` started in a fresh browser context (no code cache), sent what use-lint.ts sends (prepare for
 * the bench's three delegations, then a request), timed from `new Worker` to: prepared (a one-clause request
 * answered right after the prepare), first findings of a 300-clause statement (the editor bench's repeated clause,
 * then the linter bench's varied one, each in its own fresh worker). Builds given as directories are run in turn,
 * ROUNDS times each (A/B on a shared machine: compare medians of alternated runs).
 *   pnpm exec tsx test/bench/linter-worker.ts DIST_DIR [DIST_DIR …]     (ROUNDS=5)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../browser/harness';
import { PARTIES, statementText } from './editor';
import { benchStatement } from './linter-statement';

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('usage: linter-worker.ts DIST_DIR [DIST_DIR …]');
const rounds = Number(process.env.ROUNDS ?? 5);

const workerOf = (dir: string): string => {
  const name = readdirSync(join(dir, 'assets')).find((f) => /^lint\.worker-.*\.js$/.test(f));
  if (!name) throw new Error(`${dir}: no lint worker in assets/`);
  return name;
};
const workers = dirs.map(workerOf);

const server = createServer((req, res) => {
  const m = /^\/(\d+)\/(.+)$/.exec(req.url ?? '');
  if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>lint worker bench</title>');
    return;
  }
  const dir = m ? dirs[Number(m[1])] : undefined;
  if (!m || !dir || m[2]!.includes('..')) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
  res.end(readFileSync(join(dir, 'assets', m[2]!)));
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const statements = {
  repeated: statementText(300)
    .split('\n\n')
    .map((text, i) => ({ id: `c${i}`, text, hash: `h${i}` })),
  varied: benchStatement().map((c) => ({ ...c, hash: c.id })),
};

/** One fresh worker of build k: ms from new Worker to prepared and to the statement's findings. */
async function run(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  k: number,
  clauses: { id: string; text: string; hash: string }[],
): Promise<{ prepared: number; findings: number; count: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const url = `${origin}/${k}/${workers[k]}`;
    // In-page code as a string: tsx would wrap named functions in a helper the page lacks.
    return (await page.evaluate(`new Promise((ok, fail) => {
      const parties = ${JSON.stringify(PARTIES)};
      const clauses = ${JSON.stringify(clauses)};
      const t0 = performance.now();
      const w = new Worker(${JSON.stringify(url)}, { type: 'module' });
      let prepared = 0;
      w.onerror = (e) => fail(new Error(String(e.message)));
      w.onmessage = (e) => {
        if (!e.data.ok) return fail(new Error(e.data.error));
        if (e.data.seq === 1) prepared = performance.now() - t0;
        else {
          ok({ prepared, findings: performance.now() - t0, count: e.data.findings.length });
          w.terminate();
        }
      };
      w.postMessage({ prepare: parties });
      w.postMessage({ seq: 1, parties, clauses: [{ id: 'probe', text: 'Probe.', hash: 'p' }], suppressions: [] });
      w.postMessage({ seq: 2, parties, clauses, suppressions: [] });
    })`)) as { prepared: number; findings: number; count: number };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const browser = await launchBrowser();
const load0 = os.loadavg()[0]!;
const results = dirs.map(() => ({
  repeated: { prepared: [] as number[], findings: [] as number[], count: 0 },
  varied: { prepared: [] as number[], findings: [] as number[], count: 0 },
}));
try {
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < dirs.length; i++) {
      const k = (i + r) % dirs.length; // the first build alternates by round
      for (const name of ['repeated', 'varied'] as const) {
        const x = await run(browser, k, statements[name]);
        const into = results[k]![name];
        into.prepared.push(x.prepared);
        into.findings.push(x.findings);
        into.count = x.count;
      }
    }
} finally {
  await browser.close();
  server.close();
}
const f = (xs: number[]) => `${median(xs).toFixed(0)} (${xs.map((x) => x.toFixed(0)).join(' ')})`;
console.log(
  `lint worker cold start in Chromium, ${rounds} alternated rounds, load ${load0.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)} (2 cores, shared); ms from new Worker, median (runs):`,
);
for (let k = 0; k < dirs.length; k++) {
  const x = results[k]!;
  console.log(`${dirs[k]} (${workers[k]})`);
  console.log(`  prepared               ${f(x.repeated.prepared)}`);
  console.log(`  first findings, repeated 300 (${x.repeated.count} findings)  ${f(x.repeated.findings)}`);
  console.log(`  first findings, varied 300 (${x.varied.count} findings)    ${f(x.varied.findings)}`);
}
