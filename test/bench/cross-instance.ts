/**
 * Fan-out latency across instances (issue 7): an edit on instance A observed by clients of
 * instance B through Redis, beside the same load on one instance. Both runs use Postgres storage,
 * so the only difference is the hop through Redis. Needs ACCORD_TEST_DATABASE_URL and redis-server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, openPostgresStorage } from '@accord/server';
import type * as Y from 'yjs';
import { type Client, connectClient, synced } from '../support/clients';
import { startRedis } from '../support/redis-server';
import { startTestServer, type TestServer } from '../support/server';
import { LatencyHistogram, type LatencySummary } from './histogram';
import { runStandalone } from './standalone';

const CLIENTS_PER_INSTANCE = 10;
const EDITS = 300;
const EDIT_INTERVAL_MS = 20;

async function measure(writers: Client[], readers: Client[], edits = EDITS): Promise<LatencySummary> {
  const hist = new LatencyHistogram();
  const observers = readers.map((r) => {
    const map = r.doc.getMap<number>('lat');
    const fn = (e: Y.YMapEvent<number>) => {
      const now = performance.now();
      for (const key of e.keysChanged) hist.record(now - (map.get(key) ?? now));
    };
    map.observe(fn);
    return () => map.unobserve(fn);
  });
  for (let i = 0; i < edits; i++) {
    writers[i % writers.length]!.doc.getMap<number>('lat').set(`e${i}`, performance.now());
    await new Promise((r) => setTimeout(r, EDIT_INTERVAL_MS));
  }
  const expected = edits * readers.length;
  const deadline = Date.now() + 10_000;
  while (hist.count < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  for (const stop of observers) stop();
  return hist.summary();
}

export async function benchCrossInstance(): Promise<string> {
  const adminUrl = process.env.ACCORD_TEST_DATABASE_URL;
  if (!adminUrl)
    return '_Cross-instance fan-out: skipped (set ACCORD_TEST_DATABASE_URL; `source .ci/services.sh`)._\n';
  const db = await createTestDatabase(adminUrl);
  const redis = await startRedis();
  const dirs: string[] = [];
  const servers: TestServer[] = [];
  const start = async (redisUrl?: string) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'accord-bench-x-'));
    dirs.push(dataDir);
    const s = await startTestServer({ dataDir, storage: await openPostgresStorage(db.url), redisUrl });
    servers.push(s);
    return s;
  };
  const clients: Client[] = [];
  try {
    const single = await start();
    const docA = await single.createDoc(['FR'], 'x');
    const token = await single.token('FR');
    const one = Array.from({ length: 2 * CLIENTS_PER_INSTANCE }, () =>
      connectClient(single.wsUrl, docA, token, 'b'),
    );
    clients.push(...one);
    await Promise.all(one.map(synced));
    // A discarded warm-up first: JIT, connection pools and Postgres caches settle before measuring.
    await measure(one.slice(0, CLIENTS_PER_INSTANCE), one.slice(CLIENTS_PER_INSTANCE), 100);
    const singleFig = await measure(one.slice(0, CLIENTS_PER_INSTANCE), one.slice(CLIENTS_PER_INSTANCE));

    const a = await start(redis.url);
    const b = await start(redis.url);
    const docB = await a.createDoc(['FR'], 'x');
    const onA = Array.from({ length: CLIENTS_PER_INSTANCE }, () => connectClient(a.wsUrl, docB, token, 'b'));
    const onB = Array.from({ length: CLIENTS_PER_INSTANCE }, () => connectClient(b.wsUrl, docB, token, 'b'));
    clients.push(...onA, ...onB);
    await Promise.all([...onA, ...onB].map(synced));
    await measure(onA, onB, 100);
    const crossFig = await measure(onA, onB);

    const row = (name: string, f: LatencySummary) =>
      `| ${name} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.samples} |`;
    const ratio = (x: number, y: number) => (y > 0 ? (x / y).toFixed(2) : 'n/a');
    return [
      `### Fan-out across instances (Redis Streams; Postgres storage in both runs)`,
      '',
      `${CLIENTS_PER_INSTANCE} writers → ${CLIENTS_PER_INSTANCE} readers, ${EDITS} edits, one every ${EDIT_INTERVAL_MS} ms.`,
      '',
      '| run | p50 ms | p95 ms | p99 ms | samples |',
      '|---|---|---|---|---|',
      row('one instance (writers and readers on A)', singleFig),
      row('two instances (writers on A, readers on B)', crossFig),
      `| ratio cross/single | ${ratio(crossFig.p50, singleFig.p50)} | ${ratio(crossFig.p95, singleFig.p95)} | ${ratio(crossFig.p99, singleFig.p99)} | |`,
      '',
    ].join('\n');
  } finally {
    for (const c of clients) c.destroy();
    for (const s of servers) await s.server.close();
    await redis.stop();
    await db.drop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

runStandalone(import.meta.url, benchCrossInstance);
