/**
 * Where the time to editable goes on a large statement (#18): the typist's page reloaded with a
 * CDP CPU profile running, milestones of the load (script start, editor mounted, clauses in the
 * editor, online, editable) and self time per function until editable, mapped through the
 * production build's hidden source maps. A tool, not a benchmark (nothing compared with a target).
 * TRACE=1 instead: a Chrome trace of the reload, the main thread's tasks of 4 ms or more in order
 * (start in page time, duration, their largest events and the script functions they ran).
 * PLAIN=1 instead: RUNS reloads without a profiler, each run's milestones and their medians, the
 * first lint result shown (the Findings tab no longer "checking") among them.
 * Milestones from the page's own clock: the document's metadata fetched, the sync socket created,
 * opened and its first and largest message received, the lint worker created, asked and answering, and
 * how many messages it was sent (a script the bench adds before the page's own).
 * DISTS=dirA,dirB (with PLAIN=1): the page's scripts and styles served from these client builds in turn
 * (a Playwright route; the same server, the same document), runs alternating, medians per build: an
 * A/B of two builds back to back (both routed, so both without the browser's HTTP cache).
 * WITHOUT=name (with PLAIN=1): every other run without the server's asset `name-<hash>` (blocked; the
 * page's first script, early-boot: the same build with and without it, the rest cached as usual).
 * TRACE_WORKER=1 (with TRACE=1): the trace runs until the first findings and the page's worker threads'
 * tasks of 10 ms or more are printed too (the lint worker's start: its script, policies, first lint).
 * Run: pnpm exec tsx test/bench/editor-load-profile.ts  (CLAUSES=300, TOP=40, RUNS=1, TRACE=1, TRACE_WORKER=1, PLAIN=1, DISTS, WITHOUT)
 */
import type { CDPSession, Page } from 'playwright-core';
import { buildClientIfStale, launchBrowser, startAccord } from '../browser/harness';
import { serveClientBuild } from './client-build-route';
import { openBenchDocument } from './editor';
import { cpuProfile, mapped } from './editor-profile-cpu';
import type { TraceEvent } from './editor-trace';

const N = Number(process.env.CLAUSES ?? 300);
const RUNS = Number(process.env.RUNS ?? 1);
const TRACE = process.env.TRACE === '1';
/** TRACE_WORKER=1 (with TRACE=1): traced until the first findings, the lint worker's tasks printed too. */
const TRACE_WORKER = process.env.TRACE_WORKER === '1';
const PLAIN = process.env.PLAIN === '1';
const DISTS = (process.env.DISTS ?? '').split(',').filter(Boolean);
/** WITHOUT=early-boot (with PLAIN=1): every other run without the server's asset of that name (blocked). */
const WITHOUT = process.env.WITHOUT ?? '';

/**
 * The server's assets whose names start with `prefix` blocked (null: none), the rest from the server
 * and the browser's cache as usual (DevTools' request blocking: a Playwright route would turn the
 * cache off): a build with and without one of its parts.
 */
let blocking: CDPSession | null = null;
async function withoutAsset(page: Page, prefix: string | null): Promise<void> {
  blocking ??= await page.context().newCDPSession(page);
  await blocking.send('Network.enable');
  await blocking.send('Network.setBlockedURLs', { urls: prefix ? [`*/assets/${prefix}-*`] : [] });
}

/**
 * Added before the page's scripts on every load: when the metadata fetch answered and when the sync
 * socket was created, opened and brought its first message and its largest (the first sync's state),
 * when the lint worker was created, sent its first request and answered first.
 */
const LOAD_PROBES = `(() => {
  const at = (window.__loadAt = {});
  const mark = (name) => { if (at[name] === undefined) at[name] = Math.round(performance.now()); };
  const NativeWS = window.WebSocket;
  let largest = 0;
  window.WebSocket = class extends NativeWS {
    constructor(...args) {
      super(...args);
      if (String(args[0]).includes('/ws')) {
        mark('ws created');
        const send = this.send.bind(this);
        this.send = (data) => {
          const size = data && data.byteLength ? data.byteLength : String(data).length;
          at['ws bytes sent'] = (at['ws bytes sent'] || 0) + size;
          send(data);
        };
        this.addEventListener('open', () => mark('ws open'));
        this.addEventListener('message', (e) => {
          mark('ws first message');
          const size = e.data && e.data.byteLength ? e.data.byteLength : 0;
          at['ws bytes received'] = (at['ws bytes received'] || 0) + size;
          if (size > largest) { largest = size; at['ws largest message'] = Math.round(performance.now()); }
        });
      }
    }
  };
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      if (String(args[0]).includes('lint')) {
        mark('lint worker created');
        const post = this.postMessage.bind(this);
        this.postMessage = (...m) => {
          mark('lint first request');
          at['lint messages'] = (at['lint messages'] || 0) + 1;
          post(...m);
        };
        this.addEventListener('message', () => mark('lint first answer'));
      }
    }
  };
  const nativeFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = String(input && input.url ? input.url : input);
    const p = nativeFetch(input, init);
    const doc = url.split('/api/docs/')[1];
    if (doc && !doc.includes('/')) p.then(() => mark('meta fetched'), () => {});
    return p;
  };
})()`;

/**
 * The traced page's main-thread tasks of 4 ms or more (or, with `worker`, the tasks of `minMs` or more
 * of the page's dedicated worker threads: the lint worker's), each with what took its time.
 */
function taskTimeline(events: TraceEvent[], navigationTs: number, worker = false, minMs = 4): void {
  const mark = events.find((e) => e.name === 'traced-page');
  if (!mark) {
    console.log('(the page mark is missing from the trace)');
    return;
  }
  const workers = new Set(
    events
      .filter(
        (e) => e.pid === mark.pid && e.name === 'thread_name' && e.args?.name === 'DedicatedWorker thread',
      )
      .map((e) => e.tid),
  );
  const mine = events
    .filter(
      (e) =>
        e.pid === mark.pid &&
        (worker ? workers.has(e.tid) : e.tid === mark.tid) &&
        e.ph === 'X' &&
        e.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts);
  const tasks = mine.filter(
    (e) => e.name === 'RunTask' || (worker && e.name === 'ThreadControllerImpl::RunTask'),
  );
  const at = (ts: number) => ((ts - navigationTs) / 1000).toFixed(0).padStart(5);
  for (const task of tasks) {
    const ms = (task.dur ?? 0) / 1000;
    if (ms < minMs) continue;
    const end = task.ts + (task.dur ?? 0);
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const byName = new Map<string, number>();
    for (const e of inside) {
      let name = e.name;
      if (name === 'FunctionCall' || name === 'EvaluateScript') {
        const d = e.args?.data ?? {};
        name += ` ${d.url ? mapped(String(d.url), Number(d.lineNumber ?? 1) - 1, Number(d.columnNumber ?? 1) - 1) : (d.functionName ?? '')}`;
      }
      byName.set(name, (byName.get(name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(' | ');
    console.log(`${at(task.ts)} ms  ${ms.toFixed(1).padStart(6)} ms  ${top}`);
  }
}

/** Milestones in page time (ms since navigation), polled each frame until editable. */
async function milestones(page: Page): Promise<Record<string, number>> {
  return (await page.evaluate(`new Promise((ok) => {
    const at = {};
    const mark = (name, cond) => { if (at[name] === undefined && cond) at[name] = Math.round(performance.now()); };
    const check = () => {
      const root = document.querySelector('[data-testid="editor"]');
      mark('editor mounted', !!root);
      mark('first clause', root && root.children.length > 0);
      mark('all clauses', root && root.children.length >= ${N});
      mark('online', !!document.querySelector('[data-testid="connection"][data-state="online"]'));
      mark('gutter entry', !!document.querySelector('[data-testid="clause-approvals"]'));
      const ready = at['all clauses'] !== undefined && at.online !== undefined &&
        root.getAttribute('contenteditable') === 'true';
      if (ready) { at.editable = Math.round(performance.now()); ok(Object.assign(at, window.__loadAt || {})); }
      else requestAnimationFrame(check);
    };
    check();
  })`)) as Record<string, number>;
}

/** When the first lint result was shown (page ms): the Findings tab no longer says "checking". */
async function firstFindings(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((ok) => {
    const check = () => {
      const tab = document.querySelector('[data-testid="tab-findings"]');
      if (tab && !tab.textContent.includes('checking')) ok(Math.round(performance.now()));
      else requestAnimationFrame(check);
    };
    check();
  })`)) as number;
}

/** Milestones in the order they came. */
const sorted = (at: Record<string, number>) =>
  Object.fromEntries(Object.entries(at).sort((a, b) => a[1] - b[1]));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : Number.NaN;
};

// With DISTS the builds compared are given; the server's own serves only the page's HTML.
if (DISTS.length === 0) buildClientIfStale();
const accord = await startAccord();
const browser = await launchBrowser();
try {
  const people = await openBenchDocument(browser, accord, N, 'Load');
  const page = people[0]!.page;
  await page.addInitScript(LOAD_PROBES);
  if (PLAIN) {
    const all: Record<string, number>[] = [];
    for (let run = 0; run < RUNS; run++) {
      const dist = DISTS[run % Math.max(1, DISTS.length)];
      if (dist) await serveClientBuild(page.context(), dist);
      if (WITHOUT && !dist) await withoutAsset(page, run % 2 === 1 ? WITHOUT : null);
      await page.reload({ waitUntil: 'commit' });
      const at = await milestones(page);
      at['first findings'] = await firstFindings(page);
      Object.assign(at, await page.evaluate('window.__loadAt'));
      all.push(at);
      const variant = dist ?? (WITHOUT ? (run % 2 === 1 ? `without ${WITHOUT}` : 'as built') : undefined);
      console.log(`== run ${run + 1}${variant ? ` (${variant})` : ''}: ${JSON.stringify(sorted(at))}`);
      await page.waitForTimeout(1500);
    }
    const variants = DISTS.length ? DISTS : WITHOUT ? ['as built', `without ${WITHOUT}`] : [undefined];
    for (const [i, dist] of variants.entries()) {
      const mine = all.filter((_, run) => variants.length === 1 || run % variants.length === i);
      const names = Object.keys(mine[0] ?? {});
      const medians = Object.fromEntries(names.map((k) => [k, median(mine.map((a) => a[k] ?? Number.NaN))]));
      console.log(
        `== median of ${mine.length}${dist ? ` (${dist})` : ''}: ${JSON.stringify(sorted(medians))}`,
      );
    }
  }
  if (TRACE) {
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'v8.execute',
      ],
    });
    await page.reload({ waitUntil: 'commit' });
    const at = await milestones(page);
    if (TRACE_WORKER) at['first findings'] = await firstFindings(page);
    await page.evaluate("performance.mark('traced-page')");
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const nav = trace.traceEvents.filter((e) => e.name === 'navigationStart').sort((a, b) => b.ts - a.ts)[0];
    console.log(`== traced: ${JSON.stringify(at)}`);
    taskTimeline(trace.traceEvents, nav?.ts ?? 0);
    if (TRACE_WORKER) {
      console.log("== the page's worker threads, tasks of 10 ms or more");
      taskTimeline(trace.traceEvents, nav?.ts ?? 0, true, 10);
    }
  }
  for (let run = 0; run < (TRACE || PLAIN ? 0 : RUNS); run++) {
    const stop = await cpuProfile(page);
    await page.reload({ waitUntil: 'commit' });
    const at = await milestones(page);
    const r = await stop();
    console.log(`== run ${run + 1}: ${JSON.stringify(at)}`);
    console.log(`-- ${r.total.toFixed(0)} ms of JS+native until now (excl. idle/program/gc)`);
    console.log('-- by file');
    for (const [k, v] of r.byFile) console.log(v.toFixed(1).padStart(7), k);
    console.log('-- by location');
    for (const [k, v] of r.byLoc) console.log(v.toFixed(1).padStart(7), k);
    await page.waitForTimeout(3000);
  }
  for (const p of people) await p.context.close();
} finally {
  await browser.close();
  await accord.stop();
}
