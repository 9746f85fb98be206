/**
 * Health latency while PDF exports of a long statement render (issue 14: six parallel exports made
 * `/api/health` take 9.5 s). The server runs as `pnpm start` does (its own process, exports on its
 * worker pool); health is probed at idle, then while N callers export a 300-clause statement as
 * PDF back to back. Reported, not asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CommuniqueInput, renderCommunique } from '@accord/communique';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { spawnServer } from '../support/child-server';
import { mintToken } from '../support/server';
import { LatencyHistogram } from './histogram';
import { runStandalone } from './standalone';

const CLAUSES = 300;
const clauseText = (i: number) =>
  `Clause ${i + 1}: The participants reaffirm their shared commitment to an open, free, stable and secure cyberspace, ` +
  'condemn malicious cyber activities directed at critical infrastructure, and resolve to coordinate ' +
  'their responses through the established diplomatic channels, in accordance with international law.';

/** Sequential health probes for `ms`, one every `gapMs`. */
async function probeHealth(url: string, ms: number, gapMs = 20): Promise<LatencyHistogram> {
  const hist = new LatencyHistogram();
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/health`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`health answered ${res.status}`);
    hist.record(performance.now() - t0);
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return hist;
}

/** One ~1 MB presence (awareness) frame, as the flood sent. */
function bigPresence(clock: number): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, 4242);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify({ user: { name: 'Flood', pad: 'x'.repeat(1024 * 1024) } }));
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

/** How long one PDF of the statement blocks a thread when rendered in place (the old behaviour). */
async function inlineRenderMs(): Promise<number> {
  const input: CommuniqueInput = {
    mode: 'draft',
    title: 'Benchmark statement',
    parties: [
      { code: 'FR', name: 'France' },
      { code: 'DE', name: 'Germany' },
    ],
    place: 'Brussels',
    date: '2026-12-01',
    generatedAt: new Date().toISOString(),
    tlp: 'CLEAR',
    clauses: Array.from({ length: CLAUSES }, (_, i) => ({
      id: `c${i}`,
      index: i + 1,
      text: clauseText(i),
      hash: 'a'.repeat(64),
      brackets: [],
      approvals: [],
    })),
  };
  await renderCommunique(input, 'pdf'); // fonts loaded, code warm
  const t0 = performance.now();
  await renderCommunique(input, 'pdf');
  return performance.now() - t0;
}

export async function benchExportHealth(o: { quick?: boolean } = {}): Promise<string> {
  const parallel = [2, 6];
  const measureMs = o.quick ? 5000 : 15_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-bench-exports-'));
  const child = await spawnServer(dataDir, { LOG_LEVEL: 'error' });
  const delegations = ['FR', 'DE', 'IT', 'ES', 'NL', 'PL'];
  try {
    const token = (delegation: string, role: 'penholder' | 'drafter' | 'observer' = 'drafter') =>
      mintToken({ sub: `${delegation}-${role}`, name: `${delegation} ${role}`, delegation, role });
    const created = await fetch(`${child.url}/api/docs`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await token('FR', 'penholder')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        title: 'Benchmark statement',
        parties: delegations,
        text: Array.from({ length: CLAUSES }, (_, i) => clauseText(i)).join('\n\n'),
      }),
    });
    if (created.status !== 201) throw new Error(`create failed: ${created.status} ${await created.text()}`);
    const { id: docId } = (await created.json()) as { id: string };
    const exportOnce = async (delegation: string) => {
      const t0 = performance.now();
      const res = await fetch(`${child.url}/api/docs/${docId}/export?format=pdf`, {
        headers: { authorization: `Bearer ${await token(delegation)}` },
      });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - t0 };
    };
    // Warm the worker (thread start, fonts) outside the measurement.
    await exportOnce('FR');

    const idle = (await probeHealth(child.url, measureMs / 3)).summary();
    const rows: string[] = [];
    rows.push(`| idle | — | — | — | ${idle.p50.toFixed(1)} | ${idle.p99.toFixed(1)} | ${idle.samples} |`);
    for (const n of parallel) {
      let stop = false;
      const done: number[] = [];
      let refused = 0;
      const loops = delegations.slice(0, n).map(async (d) => {
        while (!stop) {
          const r = await exportOnce(d);
          if (r.status === 200) done.push(r.ms);
          else if (r.status === 429) {
            refused++;
            await new Promise((res) => setTimeout(res, 250));
          } else throw new Error(`export answered ${r.status}`);
        }
      });
      const h = (await probeHealth(child.url, measureMs)).summary();
      stop = true;
      await Promise.all(loops);
      const mean = done.reduce((a, b) => a + b, 0) / Math.max(1, done.length);
      rows.push(
        `| ${n} callers exporting PDFs back to back | ${done.length} | ${refused} | ${(mean / 1000).toFixed(2)} | ` +
          `${h.p50.toFixed(1)} | ${h.p99.toFixed(1)} | ${h.samples} |`,
      );
    }
    {
      // Floods: an observer sending ~1 MB presence frames (3 a second, under its byte budget) while a
      // peer watches, and a client sending junk bearers back to back.
      const observer = new WebSocket(`${child.wsUrl}/${docId}?token=${await token('DE', 'observer')}`);
      const watcher = new WebSocket(`${child.wsUrl}/${docId}?token=${await token('FR')}`);
      let relayed = 0;
      watcher.on('message', (m: Buffer) => {
        relayed += m.byteLength;
      });
      await Promise.all([observer, watcher].map((w) => new Promise((r) => w.once('open', r))));
      let clock = 0;
      const frame = bigPresence(1);
      const timer = setInterval(() => {
        if (observer.readyState === WebSocket.OPEN) observer.send(clock++ === 0 ? frame : bigPresence(clock));
      }, 333);
      let stop = false;
      let junk = 0;
      let junkLimited = 0;
      const junkLoop = (async () => {
        while (!stop) {
          const res = await fetch(`${child.url}/api/docs`, {
            headers: { authorization: `Bearer junk-${junk++}` },
          });
          await res.arrayBuffer();
          if (res.status === 429) junkLimited++;
        }
      })();
      const h = (await probeHealth(child.url, measureMs)).summary();
      stop = true;
      clearInterval(timer);
      await junkLoop;
      observer.close();
      watcher.close();
      rows.push(
        `| floods: ${clock} × 1 MB presence frames (relayed to a peer: ${(relayed / 1024).toFixed(0)} KB); ` +
          `${junk} junk-bearer requests (${junkLimited} answered 429) | — | — | — | ${h.p50.toFixed(1)} | ${h.p99.toFixed(1)} | ${h.samples} |`,
      );
    }
    const inline = await inlineRenderMs();
    return [
      `### /api/health while PDF exports of a ${CLAUSES}-clause statement render`,
      '',
      `A \`pnpm start\` server in its own process (worker pool: ${Math.max(1, os.availableParallelism() - 1)} thread(s) on this ` +
        `${os.availableParallelism()}-core machine; caps: 2 exports per caller, ${Math.max(4, Math.max(1, os.availableParallelism() - 1) * 4)} in all). ` +
        `Health probed one request at a time every 20 ms for ${(measureMs / 1000).toFixed(0)} s (idle: ${(measureMs / 3000).toFixed(0)} s). ` +
        `Refused exports (429) wait 250 ms and retry. Reference: one such PDF rendered on the event loop blocks it for ` +
        `${inline.toFixed(0)} ms (measured in the bench process), which is what every health probe waited behind before.`,
      '',
      '| load | PDFs done | 429s | mean export s | health p50 ms | health p99 ms | probes |',
      '|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
  } finally {
    child.proc.kill('SIGTERM');
    await child.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runStandalone(import.meta.url, () => benchExportHealth({ quick: process.argv.includes('--quick') }));
