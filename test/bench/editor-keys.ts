/**
 * Why a keystroke was slow (#18): a Chrome trace of the typist's page while it types into the middle
 * clause; each key's keypress→visible time (as editor.ts measures it) and, for the slowest keys,
 * every main-thread task between the keydown and the frame after it (duration, largest events, the
 * script that ran). A tool for finding the occasional long piece of work, not a benchmark. First it
 * prints, per key, each event name's wall and CPU time (the rendering phases as CPU: what a loaded
 * machine inflates least) and the work counted (layout objects laid out, elements restyled, paints).
 * Run: pnpm exec tsx test/bench/editor-keys.ts  (CLAUSES=300, KEYS=44, SLOWEST=6, TOP=16, EXTRA_CSS='…'
 * to try a stylesheet on every page, SELF=1 own CPU per event name, PAINTS=1 which layers painted,
 * DIST=dir to run the client build in dir: an A/B of two builds, run in turn)
 */
import { buildClientIfStale, launchBrowser, startAccord } from '../browser/harness';
import { serveClientBuild } from './client-build-route';
import { caretToEndOfClause, openBenchDocument } from './editor';
import { keepSourceMaps, mapped } from './editor-profile-cpu';
import type { TraceEvent } from './editor-trace';

const N = Number(process.env.CLAUSES ?? 300);
const KEYS = Number(process.env.KEYS ?? 44);
const SLOWEST = Number(process.env.SLOWEST ?? 6);

function label(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'TimerFire')
    return `${e.name} ${d.url ? mapped(String(d.url), Number(d.lineNumber ?? 1) - 1, Number(d.columnNumber ?? 1) - 1) : (d.functionName ?? '')}`;
  if (e.name === 'EventDispatch') return `Event ${d.type ?? ''}`;
  return e.name;
}

buildClientIfStale();
const accord = await startAccord();
const browser = await launchBrowser();
try {
  const people = await openBenchDocument(browser, accord, N, 'K');
  const typist = people[0]!.page;
  // DIST=dir: every page runs the client build in dir instead of the server's (A/B runs in turn).
  if (process.env.DIST)
    for (const p of people) {
      await serveClientBuild(p.context, process.env.DIST);
      await p.page.reload();
      await p.page.getByTestId('editor').waitFor();
    }
  keepSourceMaps();
  if (process.env.EXTRA_CSS)
    for (const p of people) await p.page.addStyleTag({ content: process.env.EXTRA_CSS });
  await typist.waitForTimeout(6000);
  await caretToEndOfClause(typist, Math.ceil(N / 2));
  await typist.evaluate(`(() => {
    const root = document.querySelector('[data-testid="editor"]');
    const clause = root.children[${Math.ceil(N / 2)} - 1];
    let n = 0, pending = false;
    document.addEventListener('keydown', () => performance.mark('key-' + n++), true);
    new MutationObserver(() => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => setTimeout(() => { pending = false; performance.mark('visible'); }, 0));
    }).observe(clause, { characterData: true, childList: true, subtree: true });
  })()`);
  await browser.startTracing(typist, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8'],
  });
  await typist.evaluate("performance.mark('traced-page')");
  for (let i = 0; i < KEYS; i++) {
    await typist.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await typist.waitForTimeout(30);
  }
  await typist.waitForTimeout(800);
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] })
    .traceEvents;
  const mark = events.find((e) => e.name === 'traced-page')!;
  const mine = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid).sort((a, b) => a.ts - b.ts);
  const marks = (prefix: string) =>
    mine.filter((e) => e.name.startsWith(prefix) && e.cat.includes('user_timing'));
  const keys = marks('key-');
  const visible = marks('visible').map((e) => e.ts);
  const tasks = mine.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const rows = keys.map((k, i) => {
    const v = visible.find((t) => t >= k.ts) ?? Number.NaN;
    return { i, at: k.ts, ms: (v - k.ts) / 1000, end: v };
  });
  // Per key, each event name's wall and thread (CPU) time on the main thread: the rendering phases
  // (Layerize, PrePaint, Paint, Commit…) read as CPU are what a loaded machine inflates least.
  const totals = new Map<string, { n: number; wall: number; cpu: number }>();
  for (const e of mine) {
    if (e.ph !== 'X' || e.dur === undefined || e.ts < mark.ts) continue;
    const t = totals.get(e.name) ?? { n: 0, wall: 0, cpu: 0 };
    t.n++;
    t.wall += e.dur / 1000;
    t.cpu += (e.tdur ?? 0) / 1000;
    totals.set(e.name, t);
  }
  // SELF=1: each name's own CPU, its nested events' taken out (what an event dispatch spends outside script).
  if (process.env.SELF === '1') {
    const own = new Map<string, number>();
    const stack: { end: number; name: string; cpu: number }[] = [];
    const close = (upTo: number) => {
      while (stack.length && stack.at(-1)!.end <= upTo) {
        const done = stack.pop()!;
        own.set(done.name, (own.get(done.name) ?? 0) + done.cpu);
      }
    };
    // a parent before the children that start with it
    const spans = mine.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= mark.ts);
    spans.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    for (const e of spans) {
      if (e.dur === undefined) continue;
      close(e.ts);
      const cpu = (e.tdur ?? 0) / 1000;
      const parent = stack.at(-1);
      if (parent) parent.cpu -= cpu;
      stack.push({ end: e.ts + e.dur, name: e.name, cpu });
    }
    close(Number.POSITIVE_INFINITY);
    console.log(`== own CPU ms per key (${KEYS} keys)`);
    for (const [k, v] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`${(v / KEYS).toFixed(2).padStart(8)}  ${k}`);
  }
  console.log(`== main thread per key (${KEYS} keys): wall ms, CPU ms, count`);
  for (const [k, v] of [...totals]
    .sort((a, b) => b[1].cpu - a[1].cpu)
    .slice(0, Number(process.env.TOP ?? 16)))
    console.log(
      `${(v.wall / KEYS).toFixed(2).padStart(8)} ${(v.cpu / KEYS).toFixed(2).padStart(8)} ${String(v.n).padStart(6)}×  ${k}`,
    );
  // What the browser touched per key, counted rather than timed (the same on a busy machine):
  // objects laid out, elements restyled, paint events.
  let laidOut = 0;
  let laidOutOf = 0;
  let restyled = 0;
  let paints = 0;
  const painted = new Map<string, number>();
  for (const e of mine) {
    if (e.ts < mark.ts || e.ph !== 'X') continue;
    if (e.name === 'Layout') {
      laidOut += Number(e.args?.beginData?.dirtyObjects ?? 0);
      laidOutOf = Math.max(laidOutOf, Number(e.args?.beginData?.totalObjects ?? 0));
    } else if (e.name === 'UpdateLayoutTree') restyled += Number(e.args?.elementCount ?? 0);
    else if (e.name === 'Paint') {
      paints++;
      // Which layer painted: its node and the clip's size (PAINTS=1 lists them).
      const d = e.args?.data ?? {};
      const clip = Array.isArray(d.clip)
        ? `${Math.round(d.clip[2] - d.clip[0])}x${Math.round(d.clip[5] - d.clip[1])}`
        : '';
      const k = `node ${d.nodeId ?? '?'} layer ${d.layerId ?? '?'} clip ${clip}`;
      painted.set(k, (painted.get(k) ?? 0) + 1);
    }
  }
  if (process.env.PAINTS === '1') for (const [k, n] of painted) console.log(`   paint ${n}×  ${k}`);
  console.log(
    `== per key: ${(laidOut / KEYS).toFixed(1)} layout objects laid out (of ${laidOutOf}), ${(restyled / KEYS).toFixed(1)} elements restyled, ${(paints / KEYS).toFixed(2)} paint events`,
  );
  const sorted = [...rows].sort((a, b) => b.ms - a.ms);
  console.log(
    `== ${N} clauses, ${KEYS} keys; latencies sorted: ${sorted.map((r) => r.ms.toFixed(0)).join(' ')}`,
  );
  for (const r of sorted.slice(0, SLOWEST)) {
    console.log(`-- key ${r.i}: ${r.ms.toFixed(1)} ms`);
    for (const t of tasks) {
      const end = t.ts + (t.dur ?? 0);
      if (end < r.at - 20_000 || t.ts > r.end) continue;
      const ms = (t.dur ?? 0) / 1000;
      if (ms < 0.8) continue;
      const inside = mine.filter(
        (e) => e !== t && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end,
      );
      const byName = new Map<string, number>();
      for (const e of inside) byName.set(label(e), (byName.get(label(e)) ?? 0) + (e.dur ?? 0) / 1000);
      const top = [...byName]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(' | ');
      console.log(
        `  ${((t.ts - r.at) / 1000).toFixed(1).padStart(6)} ms  ${ms.toFixed(1).padStart(5)} ms  ${top}`,
      );
    }
  }
  for (const p of people) await p.context.close();
} finally {
  await browser.close();
  await accord.stop();
}
