import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Fanout, FanoutHandlers } from './fanout';

const KIND_UPDATE = 'u';
const KIND_AWARENESS = 'a';
const KIND_STATE = 's';

export interface RedisFanoutOptions {
  url: string;
  log: Logger;
  /** Approximate length each document's stream is trimmed to: presence is bounded, updates are in storage. */
  maxStreamLength?: number;
  /** How long one XREAD blocks; also the longest delay before a newly watched document is read. */
  blockMs?: number;
}

const streamKey = (docId: string) => `accord:doc:${docId}`;

/**
 * Fan-out through one Redis Stream per document (XADD with a bounded MAXLEN, XREAD from the last
 * id seen). Only instances that have the document loaded read its stream.
 */
export async function createRedisFanout(o: RedisFanoutOptions): Promise<Fanout> {
  const instanceId = randomUUID();
  const maxLen = o.maxStreamLength ?? 5000;
  const blockMs = o.blockMs ?? 250;
  // Publishing fails fast while Redis is away: the update is durable already and will be
  // recovered by catch-up, so queueing it in memory would only grow without bound.
  const pub = new Redis(o.url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true });
  const sub = new Redis(o.url, { maxRetriesPerRequest: null, lazyConnect: true });
  for (const [name, client] of [
    ['publisher', pub],
    ['reader', sub],
  ] as const) {
    client.on('error', (err) => o.log.warn({ err: err.message, client: name }, 'redis error'));
  }
  await Promise.all([pub.connect(), sub.connect()]);

  const watched = new Map<string, { lastId: string; handlers: Set<FanoutHandlers> }>();
  const reconnectListeners: (() => void)[] = [];
  let closed = false;
  let lostConnection = false;

  sub.on('close', () => {
    lostConnection = true;
  });
  sub.on('ready', () => {
    if (!lostConnection) return;
    lostConnection = false;
    o.log.info('redis is back: catching up from storage');
    for (const l of reconnectListeners) l();
  });

  const publish = (docId: string, kind: string, data: Uint8Array | null) => {
    if (pub.status !== 'ready') return;
    const fields: (string | Buffer)[] = ['k', kind, 'i', instanceId];
    if (data) fields.push('d', Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    pub
      .xadd(streamKey(docId), 'MAXLEN', '~', String(maxLen), '*', ...fields)
      .catch((err: Error) => o.log.warn({ err: err.message, doc: docId }, 'fan-out publish failed'));
  };

  const dispatch = (docId: string, fields: Buffer[]) => {
    const entry = watched.get(docId);
    if (!entry) return;
    let kind = '';
    let from = '';
    let data: Uint8Array | null = null;
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const key = fields[i]!.toString();
      if (key === 'k') kind = fields[i + 1]!.toString();
      else if (key === 'i') from = fields[i + 1]!.toString();
      else if (key === 'd') data = new Uint8Array(fields[i + 1]!);
    }
    if (from === instanceId) return;
    for (const h of entry.handlers) {
      try {
        if (kind === KIND_UPDATE && data) h.update(data);
        else if (kind === KIND_AWARENESS && data) h.awareness(data);
        else if (kind === KIND_STATE) h.state();
      } catch (err) {
        o.log.warn({ err, doc: docId }, 'fan-out message could not be applied');
      }
    }
  };

  const readLoop = async () => {
    while (!closed) {
      if (watched.size === 0 || sub.status !== 'ready') {
        await new Promise((r) => setTimeout(r, blockMs));
        continue;
      }
      const ids = [...watched.keys()];
      try {
        const res = (await sub.xreadBuffer(
          'COUNT',
          '500',
          'BLOCK',
          String(blockMs),
          'STREAMS',
          ...ids.map(streamKey),
          ...ids.map((id) => watched.get(id)!.lastId),
        )) as [Buffer, [Buffer, Buffer[]][]][] | null;
        for (const [key, entries] of res ?? []) {
          const docId = key.toString().slice('accord:doc:'.length);
          for (const [id, fields] of entries) {
            const w = watched.get(docId);
            if (w) w.lastId = id.toString();
            dispatch(docId, fields);
          }
        }
      } catch (err) {
        if (!closed) {
          o.log.warn({ err: (err as Error).message }, 'fan-out read failed');
          await new Promise((r) => setTimeout(r, blockMs));
        }
      }
    }
  };
  const loop = readLoop();

  return {
    instanceId,
    async watch(docId, handlers) {
      let entry = watched.get(docId);
      if (!entry) {
        // Start after the newest entry that exists *before* the caller loads from storage, so
        // nothing published between the two is missed (duplicates are harmless to Yjs).
        let lastId = '0-0';
        try {
          const last = (await pub.xrevrange(streamKey(docId), '+', '-', 'COUNT', 1)) as [string, string[]][];
          lastId = last[0]?.[0] ?? '0-0';
        } catch (err) {
          o.log.warn({ err: (err as Error).message, doc: docId }, 'fan-out unavailable; serving locally');
        }
        entry = { lastId, handlers: new Set() };
        watched.set(docId, entry);
      }
      entry.handlers.add(handlers);
      const e = entry;
      return () => {
        e.handlers.delete(handlers);
        if (e.handlers.size === 0 && watched.get(docId) === e) watched.delete(docId);
      };
    },
    publishUpdate: (docId, update) => publish(docId, KIND_UPDATE, update),
    publishAwareness: (docId, raw) => publish(docId, KIND_AWARENESS, raw),
    publishState: (docId) => publish(docId, KIND_STATE, null),
    onReconnect(listener) {
      reconnectListeners.push(listener);
    },
    async close() {
      closed = true;
      sub.disconnect();
      await loop;
      await pub.quit().catch(() => pub.disconnect());
    },
  };
}
