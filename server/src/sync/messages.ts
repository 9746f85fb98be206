import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { AccordError } from '../errors';

/** y-websocket message types (y-protocols). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export interface AwarenessEntry {
  clientID: number;
  clock: number;
  /** null: the client left. */
  state: unknown;
}

export type IncomingMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array; step2: boolean }
  | {
      kind: 'awareness';
      raw: Uint8Array;
      entries: AwarenessEntry[];
      /** Entries dropped while decoding because their state was over MAX_AWARENESS_STATE_BYTES. */
      dropped: number;
    }
  | { kind: 'query-awareness' };

const malformed = (why: string) => new AccordError('malformed_message', why);

/**
 * Largest presence state one client may publish (its JSON, in bytes). api.md: a state over 64 KB
 * is dropped. A cursor, a name and a colour take a few hundred bytes.
 */
export const MAX_AWARENESS_STATE_BYTES = 64 * 1024;
const utf8 = new TextDecoder();

function readBytes(d: decoding.Decoder): Uint8Array {
  const len = decoding.readVarUint(d);
  if (len > d.arr.length - d.pos) throw malformed('length prefix runs past the end of the message');
  return decoding.readUint8Array(d, len);
}

function expectEnd(d: decoding.Decoder): void {
  if (decoding.hasContent(d)) throw malformed('trailing bytes after the message');
}

/**
 * Decodes and validates one binary frame completely before anything touches a document:
 * lengths in bounds, updates structurally valid Yjs, awareness states valid JSON.
 */
export function decodeMessage(frame: Uint8Array): IncomingMessage {
  const d = decoding.createDecoder(frame);
  try {
    const type = decoding.readVarUint(d);
    switch (type) {
      case MESSAGE_SYNC: {
        const sub = decoding.readVarUint(d);
        const payload = readBytes(d);
        expectEnd(d);
        if (sub === SYNC_STEP1) {
          Y.decodeStateVector(payload);
          return { kind: 'sync-step1', stateVector: payload };
        }
        if (sub === SYNC_STEP2 || sub === SYNC_UPDATE) {
          Y.decodeUpdate(payload);
          return { kind: 'update', update: payload, step2: sub === SYNC_STEP2 };
        }
        throw malformed(`unknown sync message ${sub}`);
      }
      case MESSAGE_AWARENESS: {
        const raw = readBytes(d);
        expectEnd(d);
        const { entries, dropped } = decodeAwareness(raw);
        // Only what is kept is relayed: re-encoded without the oversize states.
        return {
          kind: 'awareness',
          raw: dropped > 0 ? encodeAwarenessEntries(entries) : raw,
          entries,
          dropped,
        };
      }
      case MESSAGE_QUERY_AWARENESS:
        expectEnd(d);
        return { kind: 'query-awareness' };
      case MESSAGE_AUTH:
        // y-protocols' auth message only ever flows server → client.
        throw malformed('clients do not send auth messages');
      default:
        throw malformed(`unknown message type ${type}`);
    }
  } catch (e) {
    if (e instanceof AccordError) throw e;
    throw malformed(`undecodable message: ${(e as Error).message}`);
  }
}

function decodeAwareness(raw: Uint8Array): { entries: AwarenessEntry[]; dropped: number } {
  const d = decoding.createDecoder(raw);
  const n = decoding.readVarUint(d);
  if (n > 1000) throw malformed('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  let dropped = 0;
  for (let i = 0; i < n; i++) {
    const clientID = decoding.readVarUint(d);
    const clock = decoding.readVarUint(d);
    const json = readBytes(d);
    // Measured before it is decoded or parsed: an oversize state costs no JSON work.
    if (json.byteLength > MAX_AWARENESS_STATE_BYTES) {
      dropped++;
      continue;
    }
    entries.push({ clientID, clock, state: JSON.parse(utf8.decode(json)) });
  }
  expectEnd(d);
  return { entries, dropped };
}

/** Re-encodes a subset of an awareness update's entries (y-protocols' awareness update format). */
export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const { clientID, clock, state } of entries) {
    encoding.writeVarUint(e, clientID);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, JSON.stringify(state));
  }
  return encoding.toUint8Array(e);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, SYNC_STEP1);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  return encoding.toUint8Array(e);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, SYNC_STEP2);
  encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc, stateVector));
  return encoding.toUint8Array(e);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, SYNC_UPDATE);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(e, awarenessUpdate);
  return encoding.toUint8Array(e);
}
