import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type CapacityResult, runCapacity } from './capacity';
import { type ClauseSyncResult, runClauseSync } from './clause-sync';
import { type ColdLoadResult, runColdLoad } from './cold-load';
import { type LoadResult, type LoadShape, runLoad } from './fanout';
import { type MemoryResult, runMemory } from './memory';
import { kb, mb, table, VERSUS, versus } from './report';
import { type ServerKind, spawnBenchServer } from './server-process';

const quick = process.argv.includes('--quick');
const KINDS: ServerKind[] = ['accord', 'reference'];

const sizes = quick
  ? {
      fanoutMany: { docs: 5, clientsPerDoc: 10, editsPerSecond: 5, warmupMs: 1000, measureMs: 3000 },
      fanoutOne: { docs: 1, clientsPerDoc: 50, editsPerSecond: 1, warmupMs: 1000, measureMs: 3000 },
      capacitySteps: [50, 100, 200],
      capacityBudgetMs: 20_000,
      memoryDocs: 30,
      historyUpdates: 10_000,
      repeats: 3,
    }
  : {
      fanoutMany: { docs: 20, clientsPerDoc: 20, editsPerSecond: 5, warmupMs: 3000, measureMs: 15_000 },
      fanoutOne: { docs: 1, clientsPerDoc: 200, editsPerSecond: 1, warmupMs: 3000, measureMs: 15_000 },
      capacitySteps: [100, 200, 300, 500, 700, 1000],
      capacityBudgetMs: 50_000,
      memoryDocs: 200,
      historyUpdates: 100_000,
      repeats: 5,
    };
const CLAUSES = 300;
const TYPISTS = 20;

const sections: string[] = [];
function section(title: string, body: string) {
  const text = `## ${title}\n\n${body}\n`;
  console.log(`\n${text}`);
  sections.push(text);
}

const ms = (v: number) => v;
const started = performance.now();

/** The machine is shared: the 1-minute load average before each server's run, shown per section. */
const loadBefore = {} as Record<ServerKind, number>;
const loadNote = () =>
  `Machine load average (1 min) before the run: Accord ${loadBefore.accord.toFixed(2)}, reference ${loadBefore.reference.toFixed(2)} (${os.cpus().length} cores).`;

async function perServer<T>(fn: (kind: ServerKind) => Promise<T>): Promise<Record<ServerKind, T>> {
  const out = {} as Record<ServerKind, T>;
  for (const kind of KINDS) {
    loadBefore[kind] = os.loadavg()[0]!;
    out[kind] = await fn(kind);
  }
  return out;
}

async function withServer<T>(
  kind: ServerKind,
  fn: (s: Awaited<ReturnType<typeof spawnBenchServer>>) => Promise<T>,
) {
  const s = await spawnBenchServer(kind);
  try {
    return await fn(s);
  } finally {
    await s.stop();
  }
}

function fanoutSection(title: string, shape: LoadShape, r: Record<ServerKind, LoadResult>, runsNote: string) {
  const a = r.accord;
  const b = r.reference;
  const pct = (x: LoadResult) => (100 * x.delivered) / Math.max(1, x.expected);
  section(
    title,
    [
      `${shape.docs} doc(s) × ${shape.clientsPerDoc} clients × ${shape.editsPerSecond} edit/s each; ` +
        `${shape.warmupMs / 1000} s warm-up, ${shape.measureMs / 1000} s measured; a fresh server process per run. ` +
        'Latency: sender edit → every other client of the document observed it.',
      runsNote,
      loadNote(),
      '',
      table(VERSUS, [
        versus('fan-out p50 (ms)', ms(a.latency.p50), ms(b.latency.p50)),
        versus('fan-out p95 (ms)', ms(a.latency.p95), ms(b.latency.p95)),
        versus('fan-out p99 (ms)', ms(a.latency.p99), ms(b.latency.p99)),
        versus('updates delivered (%)', pct(a), pct(b)),
        versus('deliveries measured', a.delivered, b.delivered),
        versus('server CPU s per 1,000 delivered updates', a.cpuPerThousand, b.cpuPerThousand),
        versus('server CPU (share of one core)', a.serverCpuShare, b.serverCpuShare),
        versus('server peak RSS (MB)', mb(a.peakRssBytes), mb(b.peakRssBytes)),
        versus('bench process CPU (share of one core)', a.benchCpuShare, b.benchCpuShare),
      ]),
    ].join('\n'),
  );
}

function capacitySection(title: string, note: string, r: Record<ServerKind, CapacityResult>) {
  const rows = [
    versus('max clients on one document with p99 < 100 ms', r.accord.maxClients, r.reference.maxClients),
  ];
  const steps = [...new Set([...r.accord.steps, ...r.reference.steps].map((s) => s.clients))].sort(
    (x, y) => x - y,
  );
  for (const n of steps) {
    const at = (k: ServerKind) => r[k].steps.find((s) => s.clients === n);
    const p99 = (k: ServerKind) => at(k)?.result?.latency.p99 ?? null;
    rows.push(versus(`p99 at ${n} clients (ms)`, p99('accord'), p99('reference')));
  }
  const errors = KINDS.flatMap((k) =>
    r[k].steps.filter((s) => s.error).map((s) => `${k} at ${s.clients}: ${s.error}`),
  );
  section(
    title,
    [note, '', table(VERSUS, rows), ...(errors.length ? ['', ...errors.map((e) => `- ${e}`)] : [])].join(
      '\n',
    ),
  );
}

function memorySection(r: Record<ServerKind, MemoryResult>) {
  const a = r.accord;
  const b = r.reference;
  section(
    'Memory per idle document and per connection',
    [
      `${a.documents} documents, each with one idle client, then a second idle client each; server heap + ` +
        'external memory after a full GC (`--expose-gc`) in the server process. Accord documents hold a ' +
        'one-clause statement (their encoded content is subtracted below); reference documents are empty.',
      '',
      table(VERSUS, [
        versus('per loaded idle document (KB)', kb(a.perDocumentBytes), kb(b.perDocumentBytes)),
        versus(
          '  of which encoded content (KB)',
          kb(a.contentBytesPerDocument),
          kb(b.contentBytesPerDocument),
        ),
        versus(
          'per idle document beyond content (KB)',
          kb(a.perDocumentBeyondContentBytes),
          kb(b.perDocumentBeyondContentBytes),
        ),
        versus('per idle connection (KB)', kb(a.perConnectionBytes), kb(b.perConnectionBytes)),
        versus(
          'RSS per document + connection (KB)',
          kb(a.rssPerDocumentAndConnectionBytes),
          kb(b.rssPerDocumentAndConnectionBytes),
        ),
      ]),
    ].join('\n'),
  );
}

function coldLoadSection(r: ColdLoadResult) {
  section(
    `Cold load of a document with a ${r.updates.toLocaleString('en')}-update history`,
    [
      `A seeded typing session (cursor typing, backspaces, cursor jumps): ${r.updates.toLocaleString('en')} ` +
        `single-character updates, ${(r.historyBytes / 1024).toFixed(0)} KB of log, ${r.textLength.toLocaleString('en')} ` +
        'characters of text. Written through `storage.appendUpdates` in batches of 5,000; times are a fresh stock ' +
        'y-websocket client from construction to `synced` (socket, auth, load, sync step 2, client apply), ' +
        `median of ${sizes.repeats} except the one-off first load. Accord and the reference both run in the bench ` +
        'process here; the reference has no storage, so its figure is a sync from memory.',
      '',
      table(VERSUS, [
        versus('first load, uncompacted log (ms)', r.accordUncompactedMs, r.referenceMs),
        versus('load after compaction (ms)', r.accordCompactedMs, r.referenceMs),
        versus('document already loaded (ms)', r.accordWarmMs, r.referenceMs),
        versus('server only: load uncompacted (ms)', r.serverUncompactedMs, null),
        versus('server only: load from snapshot (ms)', r.serverCompactedMs, null),
        versus('compaction on unload (ms, off the hot path)', r.accordCompactionMs, null),
      ]),
    ].join('\n'),
  );
}

function clauseSection(r: ClauseSyncResult) {
  section(
    `Sync a fresh client to a ${r.clauses}-clause statement`,
    [
      `Created with POST /api/docs (${r.clauses} paragraphs, ${(r.stateBytes / 1024).toFixed(0)} KB of Yjs state); ` +
        `the reference holds the same state in memory. Median of ${sizes.repeats}, stock y-websocket client, in-process servers.`,
      '',
      table(VERSUS, [
        versus('document not loaded (ms)', r.accordColdMs, r.referenceMs),
        versus('document already loaded (ms)', r.accordWarmMs, r.referenceMs),
      ]),
    ].join('\n'),
  );
}

async function linterSection() {
  const file = join(import.meta.dirname, 'linter.ts');
  if (!existsSync(file)) {
    section('Linter', '_Skipped: test/bench/linter.ts is absent._');
    return;
  }
  const mod = (await import('./linter')) as { benchLinter?: () => unknown };
  if (typeof mod.benchLinter !== 'function') {
    section('Linter', '_Skipped: test/bench/linter.ts exports no benchLinter()._');
    return;
  }
  // benchLinter prints its own figures: keep them for RESULTS.md too.
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
    log(...args);
  };
  let result: unknown;
  try {
    result = await mod.benchLinter();
  } finally {
    console.log = log;
  }
  const returned = result === undefined ? [] : ['', `\`\`\`json\n${JSON.stringify(result, null, 2)}\n\`\`\``];
  section('Linter (test/bench/linter.ts)', ['```', ...lines, '```', ...returned].join('\n'));
}

/**
 * Runs a load several times, alternating the servers, and keeps each server's median run by p99:
 * one run's p99 swings by an order of magnitude on a shared 2-core machine.
 */
async function repeatedLoad(shape: LoadShape, label: string) {
  const rounds = quick ? 1 : 3;
  const runs: Record<ServerKind, LoadResult[]> = { accord: [], reference: [] };
  for (let i = 0; i < rounds; i++) {
    const r = await perServer((k) => withServer(k, (s) => runLoad(s, shape, label)));
    for (const k of KINDS) runs[k].push(r[k]);
  }
  const median = (xs: LoadResult[]) => [...xs].sort((a, b) => a.latency.p99 - b.latency.p99)[xs.length >> 1]!;
  const p99s = KINDS.map((k) => `${k} ${runs[k].map((x) => x.latency.p99.toFixed(1)).join(' / ')} ms`).join(
    '; ',
  );
  return {
    result: { accord: median(runs.accord), reference: median(runs.reference) },
    note: `${rounds} alternating run(s) per server; the table shows each server's median run by p99 (p99 of every run: ${p99s}).`,
  };
}

const fanMany = await repeatedLoad(sizes.fanoutMany, 'many');
fanoutSection('Fan-out latency: many documents', sizes.fanoutMany, fanMany.result, fanMany.note);
const fanOne = await repeatedLoad(sizes.fanoutOne, 'one');
fanoutSection('Fan-out latency: one crowded document', sizes.fanoutOne, fanOne.result, fanOne.note);

const capacity = await perServer((k) =>
  withServer(k, (s) =>
    runCapacity(s, {
      steps: sizes.capacitySteps,
      editsPerSecond: 1,
      p99LimitMs: 100,
      budgetMs: sizes.capacityBudgetMs,
    }),
  ),
);
capacitySection(
  'Clients on one document: everyone typing',
  `Every client edits once a second (the crowded-document load), stepping up ${sizes.capacitySteps.join(', ')}; ` +
    '1.5 s warm-up, 4 s measured per step; stops at the first step with p99 ≥ 100 ms or a lost update.',
  capacity,
);
const typists = await perServer((k) =>
  withServer(k, (s) =>
    runCapacity(s, {
      steps: sizes.capacitySteps,
      editsPerSecond: 1,
      editorsPerDoc: TYPISTS,
      p99LimitMs: 100,
      budgetMs: sizes.capacityBudgetMs,
    }),
  ),
);
capacitySection(
  `Clients on one document: ${TYPISTS} typing, the rest watching`,
  `${TYPISTS} clients edit once a second, every other client only receives (a plenary room); same steps and limits.`,
  typists,
);

memorySection(await perServer((k) => withServer(k, (s) => runMemory(s, sizes.memoryDocs))));
coldLoadSection(await runColdLoad(sizes.historyUpdates, sizes.repeats));
clauseSection(await runClauseSync(CLAUSES, sizes.repeats));
await linterSection();
{
  const { benchApprovalPush } = await import('./approval-push');
  section('Live approvals', await benchApprovalPush());
  const { benchCrossInstance } = await import('./cross-instance');
  section('Scale-out', await benchCrossInstance());
  const { benchExportHealth } = await import('./export-health');
  section('Health during exports', await benchExportHealth({ quick }));
  const { benchHistory } = await import('./history');
  section('Clause history and versions', await benchHistory({ quick }));
  const { benchEditor } = await import('./editor');
  section('Editor at scale (headless Chromium)', await benchEditor({ quick }));
}

const header = [
  `# Accord sync benchmarks${quick ? ' (quick run: reduced sizes)' : ''}`,
  '',
  `- Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB`,
  `- Node ${process.version}, ${new Date().toISOString()}, run took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  '- Accord: `startServer` with durable SQLite (WAL, synchronous=NORMAL) — every update is committed before it is broadcast.',
  '- Reference: `@y/websocket-server` 0.1.1 `setupWSConnection`, in memory (YPERSISTENCE unset): nothing is durable.',
  '- Load clients: y-websocket protocol clients (ws + Yjs, real handshake and updates) that read edit timestamps ' +
    'out of received updates instead of applying them, so the bench process is not the bottleneck; no awareness ' +
    'traffic. Fan-out, capacity and memory runs put each server in its own child process (CPU and RSS are the ' +
    "server's alone), on 127.0.0.1. Sync timings use stock `WebsocketProvider` clients.",
  '',
].join('\n');
const out = `${header}\n${sections.join('\n')}`;
writeFileSync(join(import.meta.dirname, quick ? 'RESULTS.quick.md' : 'RESULTS.md'), out);
console.log(`\nwrote test/bench/${quick ? 'RESULTS.quick.md' : 'RESULTS.md'}`);
process.exit(0);
