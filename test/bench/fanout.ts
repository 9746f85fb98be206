import { performance } from 'node:perf_hooks';
import { createBenchDocument } from './documents';
import { LatencyHistogram, type LatencySummary } from './histogram';
import { connectMany, type ProtocolClient } from './protocol-client';
import type { BenchServer } from './server-process';

export interface LoadShape {
  docs: number;
  clientsPerDoc: number;
  /** Clients per document that type; the rest only watch. Default: all of them. */
  editorsPerDoc?: number;
  /** Edits per second of each typing client. */
  editsPerSecond: number;
  warmupMs: number;
  measureMs: number;
}

export interface LoadResult {
  latency: LatencySummary;
  /** Edits sent inside the measured window, and their deliveries to the other clients. */
  sent: number;
  delivered: number;
  expected: number;
  /** Server process CPU seconds per 1,000 updates delivered to clients. */
  cpuPerThousand: number;
  serverCpuShare: number;
  peakRssBytes: number;
  /** Share of one core the bench process itself used while measuring: near 1 means client-bound. */
  benchCpuShare: number;
}

const DRAIN_MS = 1500;

/**
 * Every client's edits carry their send time; every other client of the document records the
 * delay until it observed them. Edits are phased randomly across the period so they don't arrive
 * in lockstep, and only edits sent inside the measuring window (after warm-up) count.
 */
export async function runLoad(server: BenchServer, shape: LoadShape, label: string): Promise<LoadResult> {
  const hist = new LatencyHistogram();
  let windowFrom = Number.POSITIVE_INFINITY;
  let windowTo = Number.POSITIVE_INFINITY;
  let delivered = 0;
  let deliveredEver = 0;
  const onEdit = (sentAtMs: number, sender: number, receiver: number) => {
    if (sender === receiver) return; // the reference echoes edits to their sender; not a delivery
    deliveredEver++;
    if (sentAtMs >= windowFrom && sentAtMs < windowTo) {
      hist.record(performance.now() - sentAtMs);
      delivered++;
    }
  };

  const clients: ProtocolClient[][] = [];
  try {
    for (let d = 0; d < shape.docs; d++) {
      const doc = await createBenchDocument(server, `${label}-${d}-${Date.now()}`);
      clients.push(
        await connectMany(shape.clientsPerDoc, () => doc.wsUrl, onEdit, {
          firstIndex: d * shape.clientsPerDoc,
        }),
      );
    }
    const editors = clients.flatMap((c) => c.slice(0, shape.editorsPerDoc ?? shape.clientsPerDoc));
    const periodMs = 1000 / shape.editsPerSecond;
    const start = performance.now();
    const nextAt = editors.map(() => start + Math.random() * periodMs);
    windowFrom = start + shape.warmupMs;
    windowTo = windowFrom + shape.measureMs;
    let sent = 0;

    const tick = () => {
      const now = performance.now();
      if (now >= windowTo) return;
      editors.forEach((c, i) => {
        if (nextAt[i]! > now) return;
        c.edit(now);
        if (now >= windowFrom) sent++;
        // Skip, don't burst, if the bench fell behind: the offered load stays what was asked.
        nextAt[i] = Math.max(nextAt[i]! + periodMs, now);
      });
    };
    const timer = setInterval(tick, 2);

    await sleepUntil(windowFrom);
    const [u0, bench0, del0, t0] = [
      await server.usage(),
      process.cpuUsage(),
      deliveredEver,
      performance.now(),
    ];
    await sleepUntil(windowTo);
    clearInterval(timer);
    await sleepUntil(windowTo + DRAIN_MS);
    const [u1, bench1, del1, t1] = [
      await server.usage(),
      process.cpuUsage(),
      deliveredEver,
      performance.now(),
    ];

    const serverCpu = u1.cpuSeconds - u0.cpuSeconds;
    const benchCpu = (bench1.user + bench1.system - bench0.user - bench0.system) / 1e6;
    const peers = shape.clientsPerDoc - 1;
    return {
      latency: hist.summary(),
      sent,
      delivered,
      expected: sent * peers,
      cpuPerThousand: del1 > del0 ? serverCpu / ((del1 - del0) / 1000) : Number.NaN,
      serverCpuShare: serverCpu / ((t1 - t0) / 1000),
      peakRssBytes: u1.maxRssBytes,
      benchCpuShare: benchCpu / ((t1 - t0) / 1000),
    };
  } finally {
    await Promise.all(clients.flat().map((c) => c.close()));
  }
}

function sleepUntil(t: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.max(0, t - performance.now())));
}
