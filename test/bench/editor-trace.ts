/**
 * What the browser itself does per keystroke in a large statement (#18): a Chrome trace
 * (devtools.timeline + invalidation tracking) of the typist's or a watcher's page while one
 * delegation types into the middle clause. Prints, per trace, the style recalcs (elements each
 * touched), layouts (dirty / total objects), paint and the invalidations behind the large ones:
 * which node, which reason, which selector. A tool to find the culprit, not a benchmark.
 * Run: pnpm exec tsx test/bench/editor-trace.ts [typist|watcher]  (CLAUSES=300, KEYS=30, TRACE_OUT=file.json,
 * EXTRA_CSS='…' to try a stylesheet on every page)
 */
import { buildClientIfStale, launchBrowser, startAccord } from '../browser/harness';
import { caretToEndOfClause, openBenchDocument } from './editor';

const N = Number(process.env.CLAUSES ?? 300);
const KEYS = Number(process.env.KEYS ?? 30);
const which = process.argv[2] === 'watcher' ? 'watcher' : 'typist';

/** One event of a Chrome trace (what Browser.stopTracing returns), as the editor benches read it. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration, µs, where the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  // biome-ignore lint/suspicious/noExplicitAny: each trace event name has its own argument shape
  args?: Record<string, any>;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'disabled-by-default-devtools.timeline.stack',
  'blink',
  'blink.user_timing',
];

function summarise(events: TraceEvent[]): void {
  // The traced page's main thread: where its performance.mark('traced-page') landed.
  const mark = events.find((e) => e.name === 'traced-page');
  const main = mark ? `${mark.pid}:${mark.tid}` : '';
  if (!mark) console.log('(the page mark is missing from the trace)');
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts);
  const totals = new Map<string, { n: number; ms: number }>();
  for (const e of mine) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const t = totals.get(e.name) ?? { n: 0, ms: 0 };
    t.n++;
    t.ms += e.dur / 1000;
    totals.set(e.name, t);
  }
  console.log(`-- event totals on the main thread (ms per key over ${KEYS} keys)`);
  for (const [k, v] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
    console.log(`${(v.ms / KEYS).toFixed(2).padStart(8)} ms  ${String(v.n).padStart(5)}×  ${k}`);

  // Style recalcs: element counts; the invalidations recorded since the previous recalc.
  console.log('-- style recalcs and layouts over 1 ms (or > 50 elements)');
  let pending: TraceEvent[] = [];
  const reasonTotals = new Map<string, number>();
  for (const e of mine) {
    if (e.name.endsWith('InvalidationTracking')) {
      pending.push(e);
      continue;
    }
    if (e.name === 'UpdateLayoutTree' && e.ph === 'X') {
      const count = e.args?.elementCount ?? e.args?.endData?.elementCount ?? 0;
      const ms = (e.dur ?? 0) / 1000;
      if (count > 50 || ms > 1) {
        const reasons = new Map<string, number>();
        for (const p of pending) {
          const d = p.args?.data ?? {};
          const k = `${p.name.replace('InvalidationTracking', '')} ${d.reason ?? d.changedAttribute ?? d.changedClass ?? d.changedId ?? d.changedPseudo ?? ''} ${d.nodeName ?? ''}${d.invalidatedSelectorId ? ` sel=${d.invalidatedSelectorId}` : ''}${d.selectors ? ` ${JSON.stringify(d.selectors).slice(0, 160)}` : ''}`;
          reasons.set(k, (reasons.get(k) ?? 0) + 1);
        }
        console.log(`UpdateLayoutTree ${ms.toFixed(1)} ms, ${count} elements; invalidations:`);
        for (const [k, v] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 8))
          console.log(`    ${v}× ${k}`);
      }
      for (const p of pending) {
        const d = p.args?.data ?? {};
        const k = `${p.name.replace('InvalidationTracking', '')} ${d.reason ?? d.changedAttribute ?? d.changedClass ?? ''} ${d.nodeName ?? ''}`;
        reasonTotals.set(k, (reasonTotals.get(k) ?? 0) + 1);
      }
      pending = [];
      continue;
    }
    if (e.name === 'Layout' && e.ph === 'X') {
      const b = e.args?.beginData ?? {};
      const ms = (e.dur ?? 0) / 1000;
      if (ms > 1 || (b.dirtyObjects ?? 0) > 50)
        console.log(
          `Layout ${ms.toFixed(1)} ms, dirty ${b.dirtyObjects} / ${b.totalObjects} objects, partial ${b.partialLayout}`,
        );
    }
    if (
      (e.name === 'Paint' ||
        e.name === 'PrePaint' ||
        e.name === 'Layerize' ||
        e.name === 'IntersectionObserverController::computeIntersections') &&
      e.ph === 'X' &&
      (e.dur ?? 0) > 3000
    )
      console.log(`${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms`);
  }
  // Style and layout forced by script (the trace's JS stack of the caller), by caller.
  const forced = new Map<string, { n: number; ms: number }>();
  for (const e of mine) {
    if ((e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') || e.ph !== 'X') continue;
    const stack = (e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? e.args?.stackTrace) as
      | { functionName: string; url: string; lineNumber: number; columnNumber: number }[]
      | undefined;
    if (!stack?.length) continue;
    const where = stack
      .slice(0, 3)
      .map((f) => `${f.functionName || '?'}@${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`)
      .join(' < ');
    const k = `${e.name} ${where}`;
    const f = forced.get(k) ?? { n: 0, ms: 0 };
    f.n++;
    f.ms += (e.dur ?? 0) / 1000;
    forced.set(k, f);
  }
  console.log('-- style/layout forced by script (ms per key; 1-based line:column of the built file)');
  for (const [k, v] of [...forced].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12))
    console.log(`${(v.ms / KEYS).toFixed(2).padStart(8)} ms  ${String(v.n).padStart(5)}×  ${k}`);
  console.log('-- all invalidations (count over the run)');
  for (const [k, v] of [...reasonTotals].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${String(v).padStart(6)}  ${k}`);
}

buildClientIfStale();
const accord = await startAccord();
const browser = await launchBrowser();
try {
  const people = await openBenchDocument(browser, accord, N, 'T');
  const [typist, watcher] = [people[0]!.page, people[1]!.page];
  // EXTRA_CSS: a stylesheet added to every page, to try a layout change before making it.
  if (process.env.EXTRA_CSS)
    for (const p of people) await p.page.addStyleTag({ content: process.env.EXTRA_CSS });
  await typist.waitForTimeout(6000);
  await caretToEndOfClause(typist, Math.ceil(N / 2));
  await watcher.evaluate(
    `(() => { const root = document.querySelector('[data-testid="editor"]'); root.children[${Math.ceil(N / 2)} - 1].scrollIntoView({block:'center'}); })()`,
  );
  await typist.waitForTimeout(500);
  const traced = which === 'watcher' ? watcher : typist;
  await browser.startTracing(traced, { categories: CATEGORIES });
  await traced.evaluate("performance.mark('traced-page')");
  for (let i = 0; i < KEYS; i++) {
    await typist.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await typist.waitForTimeout(30);
  }
  await typist.waitForTimeout(800);
  const buffer = await browser.stopTracing();
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  if (process.env.TRACE_OUT) (await import('node:fs')).writeFileSync(process.env.TRACE_OUT, buffer);
  console.log(`== ${which}, ${N} clauses, ${KEYS} keys`);
  summarise(trace.traceEvents);
  for (const p of people) await p.context.close();
} finally {
  await browser.close();
  await accord.stop();
}
