import * as Y from 'yjs';
import { startTestServer } from '../support/server';
import { waitUnloaded } from './cold-load';
import { startReferenceInProcess } from './reference-in-process';
import { median, timeToSync } from './sync-timer';

export interface ClauseSyncResult {
  clauses: number;
  stateBytes: number;
  /** Accord: document not loaded before the client connects (read from SQLite). */
  accordColdMs: number;
  /** Accord: document already loaded by another client. */
  accordWarmMs: number;
  /** Reference: the same Yjs state, in memory. */
  referenceMs: number;
}

/** A statement of `n` clauses of plausible length, as POST /api/docs text (blank-line separated). */
export function statementText(n: number): string {
  return Array.from(
    { length: n },
    (_, i) =>
      `${i + 1}. The Parties reaffirm their shared commitment to the principles set out in paragraph ${i}, ` +
      'and agree to cooperate closely on its implementation, in accordance with international law ' +
      'and their respective domestic procedures.',
  ).join('\n\n');
}

export async function runClauseSync(clauses: number, repeats: number): Promise<ClauseSyncResult> {
  const t = await startTestServer();
  let state: Uint8Array;
  let accordColdMs: number;
  let accordWarmMs: number;
  try {
    const docId = await t.createDoc(['FR', 'DE'], statementText(clauses));
    const token = await t.token('FR');
    const cold: number[] = [];
    for (let i = 0; i < repeats; i++) {
      await waitUnloaded(t);
      const c = await timeToSync(t.wsUrl, docId, token);
      cold.push(c.ms);
      c.client.destroy();
    }
    const holder = await timeToSync(t.wsUrl, docId, token);
    state = Y.encodeStateAsUpdate(holder.client.doc);
    const root = holder.client.doc.get('root', Y.XmlText) as Y.XmlText;
    if (root.length < clauses)
      throw new Error(`synced statement has ${root.length} children, not ${clauses}`);
    const warm: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const w = await timeToSync(t.wsUrl, docId, token);
      warm.push(w.ms);
      w.client.destroy();
    }
    holder.client.destroy();
    accordColdMs = median(cold);
    accordWarmMs = median(warm);
  } finally {
    await t.stop();
  }

  const ref = await startReferenceInProcess();
  try {
    Y.applyUpdate(ref.doc('clauses'), state);
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const c = await timeToSync(ref.wsUrl, 'clauses');
      times.push(c.ms);
      c.client.destroy();
    }
    return { clauses, stateBytes: state.byteLength, accordColdMs, accordWarmMs, referenceMs: median(times) };
  } finally {
    await ref.close();
  }
}
