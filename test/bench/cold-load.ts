import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { prng, waitFor } from '../support/clients';
import { startTestServer, type TestServer } from '../support/server';
import { startReferenceInProcess } from './reference-in-process';
import { median, timeToSync } from './sync-timer';

/** Accord's default (server.ts), stated explicitly so the wait below matches it. */
const COMPACT_THRESHOLD = 500;

export interface ColdLoadResult {
  updates: number;
  historyBytes: number;
  textLength: number;
  /** Accord: first load straight from the uncompacted 100k-row log. */
  accordUncompactedMs: number;
  /** Accord: from the last holder letting go to the log folded into a snapshot (unload compaction). */
  accordCompactionMs: number;
  /** Accord: median cold load from the snapshot afterwards. */
  accordCompactedMs: number;
  /** Accord with the document already loaded (another client connected). */
  accordWarmMs: number;
  /** Accord's hub loading the document (storage read + apply), without socket or client. */
  serverUncompactedMs: number;
  serverCompactedMs: number;
  /** Reference: median sync to its in-memory document holding the same history. */
  referenceMs: number;
}

/**
 * A typing session of single-character edits from one writer, each its own update, as an editor
 * sends them: typing at a cursor, some backspacing, and now and then the cursor moving elsewhere
 * (seeded, so every run replays the same history).
 */
export function typingHistory(count: number, seed = 8): { updates: Uint8Array[]; text: string } {
  const doc = new Y.Doc();
  const text = doc.getText('bench');
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const rand = prng(seed);
  let cursor = 0;
  while (updates.length < count) {
    const r = rand();
    if (r < 0.02) cursor = Math.floor(rand() * (text.length + 1));
    if (r < 0.1 && cursor > 0) text.delete(--cursor, 1);
    else text.insert(cursor++, 'abcdefghij '[updates.length % 11]!);
  }
  const result = { updates, text: text.toString() };
  doc.destroy();
  return result;
}

/** Accord in-process with real SQLite: history written through the storage API, then loaded cold. */
export async function runColdLoad(count: number, repeats: number): Promise<ColdLoadResult> {
  const history = typingHistory(count);
  const t = await startTestServer({ compactThreshold: COMPACT_THRESHOLD });
  try {
    const docId = await t.createDoc(['FR', 'DE'], 'Cold load statement.');
    for (let i = 0; i < history.updates.length; i += 5000) {
      await t.server.storage.appendUpdates(docId, history.updates.slice(i, i + 5000));
    }
    const token = await t.token('FR');
    await waitUnloaded(t);

    const first = await timeToSync(t.wsUrl, docId, token);
    if (first.client.text.toString() !== history.text) throw new Error('cold load returned different text');
    first.client.destroy();
    // Clients' own (empty) sync replies append rows too; compaction leaves a tail below its threshold.
    await waitFor(async () => (await t.server.storage.tailLength(docId)) < COMPACT_THRESHOLD, {
      timeoutMs: 60_000,
      intervalMs: 5,
      what: 'compaction',
    });

    const compacted: number[] = [];
    for (let i = 0; i < repeats; i++) {
      await waitUnloaded(t);
      const c = await timeToSync(t.wsUrl, docId, token);
      if (c.client.text.toString() !== history.text)
        throw new Error('compacted load returned different text');
      compacted.push(c.ms);
      c.client.destroy();
    }
    const holder = await timeToSync(t.wsUrl, docId, token);
    const warm: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const w = await timeToSync(t.wsUrl, docId, token);
      warm.push(w.ms);
      w.client.destroy();
    }
    holder.client.destroy();

    // Server side alone, on an identical never-loaded copy: loading the raw log, the fold that
    // compaction on unload performs, and loading from the snapshot afterwards.
    const copy = await t.createDoc(['FR', 'DE'], 'Cold load statement.');
    for (let i = 0; i < history.updates.length; i += 5000) {
      await t.server.storage.appendUpdates(copy, history.updates.slice(i, i + 5000));
    }
    await waitUnloaded(t);
    const l0 = performance.now();
    const live = await t.server.hub.acquire(copy);
    const serverUncompactedMs = performance.now() - l0;
    const c0 = performance.now();
    t.server.hub.release(live);
    await waitFor(async () => (await t.server.storage.tailLength(copy)) < COMPACT_THRESHOLD, {
      timeoutMs: 60_000,
      intervalMs: 2,
      what: 'compaction on unload',
    });
    const accordCompactionMs = performance.now() - c0;
    await waitUnloaded(t);
    const serverCompactedMs = await timeLoad(t, copy);

    return {
      updates: count,
      historyBytes: history.updates.reduce((n, u) => n + u.byteLength, 0),
      textLength: history.text.length,
      accordUncompactedMs: first.ms,
      accordCompactionMs,
      serverUncompactedMs,
      serverCompactedMs,
      accordCompactedMs: median(compacted),
      accordWarmMs: median(warm),
      referenceMs: await referenceSync(history.updates, history.text, repeats),
    };
  } finally {
    await t.stop();
  }
}

async function referenceSync(updates: Uint8Array[], expected: string, repeats: number): Promise<number> {
  const ref = await startReferenceInProcess();
  try {
    const doc = ref.doc('cold-load');
    doc.transact(() => {
      for (const u of updates) Y.applyUpdate(doc, u);
    });
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const c = await timeToSync(ref.wsUrl, 'cold-load');
      if (c.client.text.toString() !== expected) throw new Error('reference returned different text');
      times.push(c.ms);
      c.client.destroy();
    }
    return median(times);
  } finally {
    await ref.close();
  }
}

export const waitUnloaded = (t: TestServer) =>
  waitFor(() => t.server.hub.openDocuments() === 0, { timeoutMs: 30_000, intervalMs: 5, what: 'unload' });

async function timeLoad(t: TestServer, docId: string): Promise<number> {
  const t0 = performance.now();
  const live = await t.server.hub.acquire(docId);
  const ms = performance.now() - t0;
  t.server.hub.release(live);
  await waitUnloaded(t);
  return ms;
}
