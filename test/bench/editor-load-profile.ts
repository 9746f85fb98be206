/**
 * Where the time to editable goes on a large statement (#18): the typist's page reloaded with a
 * CDP CPU profile running, milestones of the load (script start, editor mounted, clauses in the
 * editor, online, editable) and self time per function until editable, mapped through the
 * production build's hidden source maps. A tool, not a benchmark (nothing compared with a target).
 * TRACE=1 instead: a Chrome trace of the reload, the main thread's tasks of 4 ms or more in order
 * (start in page time, duration, their largest events and the script functions they ran).
 * Run: pnpm exec tsx test/bench/editor-load-profile.ts  (CLAUSES=300, TOP=40, RUNS=1, TRACE=1)
 */
import type { Page } from 'playwright-core';
import { buildClientIfStale, launchBrowser, startAccord } from '../browser/harness';
import { openBenchDocument } from './editor';
import { cpuProfile, mapped } from './editor-profile-cpu';
import type { TraceEvent } from './editor-trace';

const N = Number(process.env.CLAUSES ?? 300);
const RUNS = Number(process.env.RUNS ?? 1);
const TRACE = process.env.TRACE === '1';

/** The traced page's main-thread tasks of 4 ms or more, each with what took its time. */
function taskTimeline(events: TraceEvent[], navigationTs: number): void {
  const mark = events.find((e) => e.name === 'traced-page');
  if (!mark) {
    console.log('(the page mark is missing from the trace)');
    return;
  }
  const mine = events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks = mine.filter((e) => e.name === 'RunTask');
  const at = (ts: number) => ((ts - navigationTs) / 1000).toFixed(0).padStart(5);
  for (const task of tasks) {
    const ms = (task.dur ?? 0) / 1000;
    if (ms < 4) continue;
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
      if (ready) { at.editable = Math.round(performance.now()); ok(at); }
      else requestAnimationFrame(check);
    };
    check();
  })`)) as Record<string, number>;
}

buildClientIfStale();
const accord = await startAccord();
const browser = await launchBrowser();
try {
  const people = await openBenchDocument(browser, accord, N, 'Load');
  const page = people[0]!.page;
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
    await page.evaluate("performance.mark('traced-page')");
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const nav = trace.traceEvents.filter((e) => e.name === 'navigationStart').sort((a, b) => b.ts - a.ts)[0];
    console.log(`== traced: ${JSON.stringify(at)}`);
    taskTimeline(trace.traceEvents, nav?.ts ?? 0);
  }
  for (let run = 0; run < (TRACE ? 0 : RUNS); run++) {
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
