import { randomUUID } from 'node:crypto';
import type { TokenClaims } from '@accord/protocol';
import { AccordError, CLOSE, CLOSE_CODE } from '../errors';
import type { Metrics } from '../metrics';
import { Connection, type SyncSocket } from './connection';
import { type ChangeSource, LiveDocument, type LiveDocumentOptions } from './live-document';
import { decodeMessage } from './messages';
import { createTokenBucket } from './rate-limit';

export interface SyncLimits {
  /** Sustained messages per second per connection, and the burst allowed above it. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Sustained inbound bytes per second per connection, and the burst. */
  bytesPerSecond: number;
  byteBurst: number;
  maxBufferedBytes: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  messagesPerSecond: 300,
  messageBurst: 1000,
  bytesPerSecond: 4 * 1024 * 1024,
  byteBurst: 16 * 1024 * 1024,
  maxBufferedBytes: 16 * 1024 * 1024,
};

export interface HubOptions extends Omit<LiveDocumentOptions, 'onChange' | 'onFailed'> {
  limits: SyncLimits;
  /** An adopted or silenced document (adoption-service.ts): its clients' updates are dropped. */
  isLocked?: (docId: string) => boolean;
}

/** What the hub tells its listeners (`hub.on(event, fn)` returns the unsubscribe function). */
export interface HubEvents {
  /** A change of a loaded document's content is stored (client updates, REST edits, other instances). */
  change: (docId: string, source: ChangeSource) => void;
  /** Another instance changed approvals/parties of a loaded document. */
  'remote-state': (docId: string) => void;
}

/**
 * The live documents of this instance: loads each on first use, shares it between its
 * connections and server-side holders, and unloads it when the last one lets go — on every path,
 * including failed loads and storage failures.
 */
export class DocumentHub {
  private readonly docs = new Map<string, LiveDocument>();
  private readonly loading = new Map<string, Promise<LiveDocument>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unwatch = new Map<LiveDocument, () => void>();
  private readonly metrics: Metrics;
  private readonly listeners: { [E in keyof HubEvents]: Set<HubEvents[E]> } = {
    change: new Set(),
    'remote-state': new Set(),
  };
  private closing = false;

  constructor(private readonly o: HubOptions) {
    this.metrics = o.metrics;
  }

  /** Listens to one kind of event; returns the function that stops listening. */
  on<E extends keyof HubEvents>(event: E, listener: HubEvents[E]): () => void {
    const set = this.listeners[event] as Set<HubEvents[E]>;
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  private emit(event: keyof HubEvents, docId: string, source: ChangeSource = 'remote'): void {
    for (const listener of this.listeners[event]) {
      try {
        listener(docId, source);
      } catch (err) {
        this.o.log.error({ err, doc: docId, event }, 'hub listener failed');
      }
    }
  }

  openDocuments(): number {
    return this.docs.size;
  }

  /** Open connections of a loaded document on this instance. */
  sessionCount(docId: string): number {
    return this.docs.get(docId)?.connections.size ?? 0;
  }

  /**
   * Closes this instance's connections to `docId` whose claims match (membership changed, MB9);
   * they stop being heard at once. Returns how many were closed.
   */
  closeSessions(
    docId: string,
    matches: (claims: TokenClaims) => boolean,
    code: number,
    reason: string,
  ): number {
    let n = 0;
    for (const conn of [...(this.docs.get(docId)?.connections ?? [])]) {
      if (conn.closed || !matches(conn.claims)) continue;
      this.metrics.closes.inc({ code: String(code) });
      conn.close(code, reason);
      n++;
    }
    return n;
  }

  documentBytes(): Map<string, number> {
    return new Map([...this.docs].map(([id, d]) => [id, d.encodedSize()]));
  }

  /** Takes a hold on a document, loading it if needed. Pair with release(). */
  async acquire(docId: string): Promise<LiveDocument> {
    if (this.closing) throw new AccordError('unavailable', 'server is shutting down');
    for (;;) {
      const unloading = this.unloading.get(docId);
      if (!unloading) break;
      await unloading;
    }
    // A document that failed to persist is out of the map at once (discard): this loads it afresh.
    const live = this.docs.get(docId) ?? (await this.load(docId));
    if (live.failed) throw new AccordError('unavailable', 'the document could not be stored; try again');
    live.hold();
    return live;
  }

  release(live: LiveDocument): void {
    const remaining = live.letGo();
    if (remaining > 0) return;
    if (this.docs.get(live.id) === live) this.unload(live);
    else if (live.failed) live.destroy();
  }

  /**
   * Persisting failed: the document leaves the hub at once (the next use loads what storage holds)
   * and is destroyed when its last holder lets go.
   */
  private discard(live: LiveDocument): void {
    if (this.docs.get(live.id) === live) this.docs.delete(live.id);
    this.unwatch.get(live)?.();
    this.unwatch.delete(live);
  }

  /**
   * Runs fn with the document held, then lets go (unloading it when nobody else holds it). Resolves
   * only once what fn changed is stored; rejects with `unavailable` when storing it failed.
   */
  async with<T>(docId: string, fn: (live: LiveDocument) => T | Promise<T>): Promise<T> {
    const live = await this.acquire(docId);
    try {
      const result = await fn(live);
      await live.drain();
      return result;
    } finally {
      this.release(live);
    }
  }

  private load(docId: string): Promise<LiveDocument> {
    let p = this.loading.get(docId);
    if (p) return p;
    p = (async () => {
      const live = new LiveDocument(docId, 0, {
        ...this.o,
        onChange: (id, source) => this.emit('change', id, source),
        onFailed: (failed) => this.discard(failed),
      });
      try {
        // Subscribe before reading storage: nothing another instance makes durable in between is missed.
        if (this.o.fanout) {
          this.unwatch.set(
            live,
            await this.o.fanout.watch(docId, {
              update: (u) => live.applyDurable(u),
              awareness: (raw) => live.applyRemoteAwareness(raw),
              state: () => this.emit('remote-state', docId),
            }),
          );
        }
        let stored = await this.o.storage.loadDocument(docId);
        if (stored.updates.length >= this.o.compactThreshold) {
          // A long log is folded once, in storage, and the snapshot loaded: applying it here and
          // then folding it again for compaction would do the same work twice.
          await this.o.storage.compact(docId);
          stored = await this.o.storage.loadDocument(docId);
        }
        live.loadStored(stored);
      } catch (err) {
        this.unwatch.get(live)?.();
        this.unwatch.delete(live);
        live.destroy();
        throw err;
      }
      this.docs.set(docId, live);
      return live;
    })().finally(() => this.loading.delete(docId));
    this.loading.set(docId, p);
    return p;
  }

  private unload(live: LiveDocument): void {
    this.docs.delete(live.id);
    this.unwatch.get(live)?.();
    this.unwatch.delete(live);
    const done = live
      .drain()
      .then(() => live.compactOnIdle())
      .then(() => undefined)
      .catch((err) => this.o.log.error({ err, doc: live.id }, 'error while unloading'))
      .finally(() => {
        live.destroy();
        this.unloading.delete(live.id);
      });
    this.unloading.set(live.id, done);
  }

  /** After a fan-out outage: re-read every loaded document from storage (idempotent for Yjs). */
  async catchUp(): Promise<void> {
    for (const live of [...this.docs.values()]) {
      try {
        live.catchUp(await this.o.storage.loadDocument(live.id));
      } catch (err) {
        this.o.log.error({ err, doc: live.id }, 'catch-up from storage failed');
      }
    }
  }

  /** Attaches an authenticated socket to a document. */
  async connect(docId: string, claims: TokenClaims, socket: SyncSocket, connId = randomUUID()) {
    const live = await this.acquire(docId);
    const { limits, now } = this.o;
    const conn = new Connection(
      connId,
      claims,
      socket,
      createTokenBucket(limits.messagesPerSecond, limits.messageBurst, now),
      createTokenBucket(limits.bytesPerSecond, limits.byteBurst, now),
      { maxBufferedBytes: limits.maxBufferedBytes },
    );
    this.metrics.connections.inc();
    this.o.log.info(
      { conn: conn.id, doc: docId, delegation: claims.delegation, role: claims.role },
      'connected',
    );
    live.join(conn);
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      this.o.log.info({ conn: conn.id, doc: docId }, 'disconnected');
      this.metrics.connections.dec();
      live.leave(conn);
      this.release(live);
    };
    return {
      conn,
      receive: (frame: Uint8Array) => this.receive(live, conn, frame),
      close: leave,
    };
  }

  private receive(live: LiveDocument, conn: Connection, frame: Uint8Array): void {
    if (conn.closed) return;
    this.metrics.messagesIn.inc();
    if (!conn.messages.take() || !conn.bytes.take(frame.byteLength)) {
      this.reject(conn, new AccordError('rate_limited', 'too many messages'));
      return;
    }
    let msg: ReturnType<typeof decodeMessage>;
    try {
      msg = decodeMessage(frame);
    } catch (e) {
      this.reject(conn, e);
      return;
    }
    switch (msg.kind) {
      case 'sync-step1':
        live.answerSyncStep1(conn, msg.stateVector);
        break;
      case 'update':
        // Observers read only: their document updates are dropped (api.md).
        // So are everyone's while the text is frozen by adoption or silence (api.md).
        if (!conn.readOnly && !this.o.isLocked?.(live.id)) live.receiveUpdate(conn, msg.update);
        break;
      case 'awareness': {
        // Presence within the connection's caps (ids, state size, byte rate); the rest is dropped.
        const admitted = conn.admitAwareness(msg);
        if (admitted) live.receiveAwareness(conn, admitted.raw, admitted.entries);
        break;
      }
      case 'query-awareness':
        live.answerQueryAwareness(conn);
        break;
    }
  }

  private reject(conn: Connection, e: unknown): void {
    const err = e instanceof AccordError ? e : new AccordError('internal', (e as Error).message);
    const code = CLOSE_CODE[err.code];
    this.metrics.closes.inc({ code: String(code) });
    this.o.log.info({ conn: conn.id, code, reason: err.message }, 'closing connection');
    conn.close(code, err.message.slice(0, 120));
  }

  /** SIGTERM: tell every client the server restarts, then make everything durable. */
  async shutdown(): Promise<void> {
    this.closing = true;
    for (const live of this.docs.values()) {
      for (const c of live.connections) c.close(CLOSE.serviceRestart, 'server restarting');
    }
    const drained = await Promise.allSettled([...this.docs.values()].map((d) => d.drain()));
    for (const r of drained) {
      if (r.status === 'rejected')
        this.o.log.error({ err: r.reason }, 'a document could not be stored at shutdown');
    }
    await Promise.all(
      [...this.docs.values()].map((d) =>
        d
          .compactOnIdle()
          .catch((err) => this.o.log.error({ err, doc: d.id }, 'compaction at shutdown failed')),
      ),
    );
    await Promise.all(this.unloading.values());
    for (const d of this.docs.values()) d.destroy();
    this.docs.clear();
  }
}
