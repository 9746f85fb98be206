import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** A named live event of a document crossing instances (comments and amendments, #16). */
export interface RemoteLiveEvent {
  docId: string;
  name: string;
  data: unknown;
}

export interface LiveEventChannel {
  publish(event: RemoteLiveEvent): void;
  /** Hears what other instances publish (never this instance's own). */
  onEvent(listener: (event: RemoteLiveEvent) => void): void;
  close(): Promise<void>;
}

const CHANNEL = 'accord:live-events';

/**
 * Named live events over Redis pub/sub, one channel for all documents. Unlike document updates
 * these carry the stored row itself, so a lost message is only a missed notification: the row is
 * in storage and every client lists it again when it (re)opens the document.
 */
export async function createRedisLiveEvents(o: { url: string; log: Logger }): Promise<LiveEventChannel> {
  const instanceId = randomUUID();
  const pub = new Redis(o.url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true });
  const sub = new Redis(o.url, { maxRetriesPerRequest: null, lazyConnect: true });
  for (const [name, client] of [
    ['events publisher', pub],
    ['events subscriber', sub],
  ] as const) {
    client.on('error', (err) => o.log.warn({ err: err.message, client: name }, 'redis error'));
  }
  await Promise.all([pub.connect(), sub.connect()]);
  const listeners: ((event: RemoteLiveEvent) => void)[] = [];
  sub.on('message', (_channel: string, message: string) => {
    let parsed: { i?: unknown; d?: unknown; n?: unknown; e?: unknown };
    try {
      parsed = JSON.parse(message) as typeof parsed;
    } catch (err) {
      o.log.warn({ err }, 'live event from redis is not JSON; dropped');
      return;
    }
    if (parsed.i === instanceId || typeof parsed.d !== 'string' || typeof parsed.n !== 'string') return;
    for (const l of listeners) l({ docId: parsed.d, name: parsed.n, data: parsed.e });
  });
  await sub.subscribe(CHANNEL);
  return {
    publish(event) {
      if (pub.status !== 'ready') return;
      pub
        .publish(CHANNEL, JSON.stringify({ i: instanceId, d: event.docId, n: event.name, e: event.data }))
        .catch((err: Error) =>
          o.log.warn({ err: err.message, doc: event.docId }, 'live event publish failed'),
        );
    },
    onEvent(listener) {
      listeners.push(listener);
    },
    async close() {
      sub.disconnect();
      await pub.quit().catch(() => pub.disconnect());
    },
  };
}
