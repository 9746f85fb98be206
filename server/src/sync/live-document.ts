import { createHeadlessStatement, type HeadlessStatement } from '@accord/statement';
import type { Logger } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AccordError, CLOSE } from '../errors';
import type { Fanout } from '../fanout/fanout';
import type { Metrics } from '../metrics';
import type { Storage, StoredDocument } from '../storage/storage';
import { Connection } from './connection';
import {
  type AwarenessEntry,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './messages';

export interface LiveDocumentOptions {
  storage: Storage;
  log: Logger;
  metrics: Metrics;
  /** Log length past which the document's log is folded into its snapshot (off the hot path). */
  compactThreshold: number;
  /** Defers work off the hot path (setImmediate in production). */
  defer: (fn: () => void) => void;
  now: () => number;
  /** Called after a change of the document's content is stored (debounce downstream). */
  onChange: (docId: string, source: ChangeSource) => void;
  /** Called once when persisting failed: the document accepts nothing more and must be unloaded. */
  onFailed?: (live: LiveDocument) => void;
  /** Cross-instance fan-out (REDIS_URL); absent on a single instance. */
  fanout?: Fanout;
  /** History (#15): the document was loaded from storage, before anyone edits it. */
  onLoaded?: (live: LiveDocument) => void;
  /** History (#15): a stored batch was applied; `by` names the people whose edits it held. */
  onEdited?: (live: LiveDocument, by: EditAuthor[]) => void;
}

/** Who made an edit (a connection's claims, or the caller of a server-side edit). */
export interface EditAuthor {
  delegation: string;
  name: string;
}

/**
 * Where a stored change came from: this instance stored it (a client's update, a REST edit), or
 * another instance did (fan-out, catch-up). Follow-up writes (clause retirement) are the storing
 * instance's job.
 */
export type ChangeSource = 'local' | 'remote';

/** Origin of what a load applies from storage: not a change. */
const LOADED_ORIGIN = Symbol('loaded');

/** Origin of updates that arrived from another instance (scale-out) or storage, already durable. */
export const DURABLE_ORIGIN = Symbol('durable');
/** Log length from which an idle document is folded into its snapshot. */
const IDLE_COMPACT_MIN = 100;

/** Origin of a batch of client updates, applied in one transaction and broadcast as one update. */
const BATCH_ORIGIN = Symbol('batch');
/** Origin of presence that arrived from another instance: applied and shown, never re-published. */
export const REMOTE_ORIGIN = Symbol('remote');

/**
 * One loaded document: its Y.Doc, awareness, connections, and the path every update takes:
 * validated → appended durably → applied → broadcast.
 */
export class LiveDocument {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly conns = new Set<Connection>();
  private holders = 0;
  /** Why persisting failed: the document is being unloaded and accepts nothing more. */
  private failure: Error | null = null;

  private incoming: { conn: Connection; update: Uint8Array; at: number }[] = [];
  private local: Uint8Array[] = [];
  /** Authors of the server-side edits in `local` (editAs), taken with them by the next flush. */
  private localBy: EditAuthor[] = [];
  private flushing: Promise<void> | null = null;
  /** Log length since the last snapshot; drives compaction. */
  private tailLength: number;
  private compacting = false;
  private statementView: HeadlessStatement | null = null;
  private readonly remoteAwarenessIds = new Set<number>();

  constructor(
    readonly id: string,
    tailLength: number,
    private readonly o: LiveDocumentOptions,
  ) {
    this.tailLength = tailLength;
    // The server is not a participant: it holds no presence of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** The connections on this document (read-only: join and leave change it). */
  get connections(): ReadonlySet<Connection> {
    return this.conns;
  }

  /** Set when persistence failed: the document is being unloaded and accepts nothing more. */
  get failed(): boolean {
    return this.failure !== null;
  }

  /** Takes a hold (a connection, a request, an event stream). */
  hold(): void {
    this.holders++;
  }

  /** Lets a hold go; returns how many remain. */
  letGo(): number {
    this.holders--;
    return this.holders;
  }

  /** Applies what storage holds, as loaded (before anyone joins): no change, so nothing is announced. */
  loadStored(stored: StoredDocument): void {
    this.tailLength = stored.updates.length;
    this.doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot, LOADED_ORIGIN);
      for (const u of stored.updates) {
        try {
          Y.applyUpdate(this.doc, u.data, LOADED_ORIGIN);
        } catch (err) {
          this.o.log.error({ err, doc: this.id, seq: u.seq }, 'stored update could not be applied; skipped');
        }
      }
    }, LOADED_ORIGIN);
    this.o.onLoaded?.(this);
  }

  /**
   * Runs a server-side edit (REST PATCH, an accepted amendment) on behalf of `by`: the batch that
   * stores it names them (onEdited), so its clause revisions are attributed (#15).
   */
  editAs<T>(by: EditAuthor, fn: () => T): T {
    const before = this.local.length;
    this.localBy.push({ delegation: by.delegation, name: by.name });
    try {
      return fn();
    } finally {
      if (this.local.length === before) this.localBy.pop();
    }
  }

  /** The headless Lexical view of this document, created on first use. */
  statement(): HeadlessStatement {
    if (!this.statementView) {
      this.statementView = createHeadlessStatement(this.doc, {
        onError: (e) => this.o.log.error({ err: e, doc: this.id }, 'headless statement error'),
      });
    }
    return this.statementView;
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOADED_ORIGIN) return; // loading reads what is stored: no change, no reader yet
    if (origin === BATCH_ORIGIN) {
      // One frame per connection per batch, senders included (Yjs ignores what it already has):
      // under load that is one write per socket per tick instead of one per update.
      this.broadcast(encodeUpdate(update), null);
      this.o.fanout?.publishUpdate(this.id, update);
      this.o.onChange(this.id, 'local');
    } else if (origin === DURABLE_ORIGIN) {
      this.broadcast(encodeUpdate(update), null);
      this.o.onChange(this.id, 'remote');
    } else {
      // A server-side edit (REST PATCH, seeding): durable first, then broadcast and announced.
      this.local.push(update);
      this.flush();
    }
  };

  private onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin instanceof Connection) {
      for (const id of added) origin.awarenessIds.add(id);
      for (const id of updated) origin.awarenessIds.add(id);
      for (const id of removed) origin.awarenessIds.delete(id);
      return; // relayed verbatim by receiveAwareness
    }
    if (origin === REMOTE_ORIGIN) {
      for (const id of [...added, ...updated]) this.remoteAwarenessIds.add(id);
    }
    for (const id of removed) this.remoteAwarenessIds.delete(id);
    const changed = [...added, ...updated, ...removed];
    if (changed.length > 0) {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
      this.broadcast(encodeAwareness(update), null);
      if (origin !== REMOTE_ORIGIN) this.o.fanout?.publishAwareness(this.id, update);
    }
  };

  /** Greets a new connection: our state vector, then everyone's presence. */
  join(conn: Connection): void {
    this.conns.add(conn);
    this.reply(conn, encodeSyncStep1(this.doc));
    const states = this.awareness.getStates();
    if (states.size > 0) {
      this.reply(
        conn,
        encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])),
      );
    }
  }

  leave(conn: Connection): void {
    if (!this.conns.delete(conn)) return;
    if (conn.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], 'left');
    }
  }

  answerSyncStep1(conn: Connection, stateVector: Uint8Array): void {
    this.reply(conn, encodeSyncStep2(this.doc, stateVector));
  }

  answerQueryAwareness(conn: Connection): void {
    const ids = [...this.awareness.getStates().keys()];
    this.reply(conn, encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
  }

  receiveUpdate(conn: Connection, update: Uint8Array): void {
    if (this.failed) return;
    this.incoming.push({ conn, update, at: this.o.now() });
    this.flush();
  }

  /**
   * Applies a connection's presence. Stock y-websocket clients echo every presence change they
   * see, other people's included; entries for client ids that another connection speaks for are
   * dropped (never applied, never relayed), so nobody can move someone else's cursor or name.
   */
  receiveAwareness(conn: Connection, raw: Uint8Array, entries: AwarenessEntry[]): void {
    const own = entries.filter(({ clientID }) => !this.ownedByOther(conn, clientID));
    if (own.length === 0) return;
    const update = own.length === entries.length ? raw : encodeAwarenessEntries(own);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn);
    this.broadcast(encodeAwareness(update), conn);
    this.o.fanout?.publishAwareness(this.id, update);
  }

  private ownedByOther(conn: Connection, clientID: number): boolean {
    if (conn.awarenessIds.has(clientID)) return false;
    for (const other of this.conns) if (other !== conn && other.awarenessIds.has(clientID)) return true;
    // Presence that arrived from another instance belongs to a client there (until it times out).
    return this.remoteAwarenessIds.has(clientID);
  }

  /**
   * Resolves once everything received so far is durable and applied; rejects with `unavailable`
   * when persisting failed, so nothing is acknowledged that was not stored.
   */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.failure) {
      throw new AccordError('unavailable', 'the document could not be stored; try again');
    }
  }

  /**
   * Starts a flush on the next turn of the event loop, so every update that arrived in this one
   * shares a storage transaction and a broadcast.
   */
  private flush(): void {
    if (this.flushing) return;
    this.flushing = new Promise<void>((resolve) => this.o.defer(resolve))
      .then(() => this.flushLoop())
      .finally(() => {
        this.flushing = null;
      });
  }

  private async flushLoop(): Promise<void> {
    while (!this.failed && (this.incoming.length > 0 || this.local.length > 0)) {
      const local = this.local.splice(0);
      const localBy = this.localBy.splice(0);
      const incoming = this.incoming.splice(0);
      let seqs: number[];
      try {
        seqs = await this.o.storage.appendUpdates(this.id, [...local, ...incoming.map((i) => i.update)]);
      } catch (err) {
        this.fail(err as Error);
        return;
      }
      if (incoming.length > 0) this.o.metrics.persistLag.observe((this.o.now() - incoming[0]!.at) / 1000);
      for (const u of local) this.broadcast(encodeUpdate(u), null);
      const fanout = this.o.fanout;
      if (fanout) for (const u of local) fanout.publishUpdate(this.id, u);
      if (local.length > 0) this.o.onChange(this.id, 'local');
      if (local.length > 0) this.o.onEdited?.(this, localBy);
      // One transaction (one broadcast) per author, so each author's edits are told apart (#15);
      // with history off, or one author in the batch, that is one transaction as before.
      const groups = new Map<string, number[]>();
      incoming.forEach(({ conn }, k) => {
        const key = this.o.onEdited ? `${conn.claims.delegation}\u0000${conn.claims.name}` : '';
        const group = groups.get(key);
        if (group) group.push(k);
        else groups.set(key, [k]);
      });
      for (const group of groups.values()) {
        const applied: EditAuthor[] = [];
        this.doc.transact(() => {
          for (const k of group) {
            const { conn, update } = incoming[k]!;
            try {
              Y.applyUpdate(this.doc, update, conn);
              applied.push(conn.claims);
            } catch (err) {
              // Structurally valid but unappliable: take it back out of the log and drop its sender.
              this.o.log.warn({ err, doc: this.id, conn: conn.id }, 'update could not be applied');
              const seq = seqs[local.length + k];
              if (seq !== undefined) {
                this.o.storage.discardUpdate(this.id, seq).catch((e) => this.fail(e as Error));
              }
              conn.close(CLOSE.malformed, 'update could not be applied');
            }
          }
        }, BATCH_ORIGIN);
        if (applied.length > 0) this.o.onEdited?.(this, applied);
      }
      this.tailLength += seqs.length;
      if (this.tailLength >= this.o.compactThreshold) this.scheduleCompaction();
    }
  }

  private scheduleCompaction(): void {
    if (this.compacting) return;
    this.compacting = true;
    this.o.defer(() => {
      this.o.storage
        .compact(this.id)
        .then(({ folded }) => {
          this.tailLength = Math.max(0, this.tailLength - folded);
          this.o.log.debug({ doc: this.id, folded }, 'compacted');
        })
        .catch((err) => this.o.log.error({ err, doc: this.id }, 'compaction failed'))
        .finally(() => {
          this.compacting = false;
        });
    });
  }

  /** Applies what another instance made durable, or what storage holds (catch-up); Yjs ignores duplicates. */
  applyDurable(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, DURABLE_ORIGIN);
  }

  /** Catch-up after a fan-out outage: applies what storage holds now, in one transaction. */
  catchUp(stored: StoredDocument): void {
    this.doc.transact(() => {
      if (stored.snapshot) this.applyDurable(stored.snapshot);
      for (const u of stored.updates) this.applyDurable(u.data);
    }, DURABLE_ORIGIN);
  }

  applyRemoteAwareness(raw: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, raw, REMOTE_ORIGIN);
  }

  /**
   * Folds whatever log a document has when it goes idle (unload, shutdown): the work happens when
   * nobody waits for it, and the next cold load starts from a snapshot.
   */
  compactOnIdle(): Promise<unknown> {
    // A short log loads as fast as a snapshot; folding it on every idle moment would only cost.
    return this.tailLength >= IDLE_COMPACT_MIN ? this.o.storage.compact(this.id) : Promise.resolve();
  }

  /**
   * Persistence failed: nothing more is accepted, waiters of drain() are refused, every client
   * reconnects (1011) and the hub unloads the document, so the next use loads it again from what
   * storage holds.
   */
  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    this.incoming = [];
    this.local = [];
    this.o.log.error({ err, doc: this.id }, 'persisting failed; closing the document');
    for (const c of this.conns) c.close(CLOSE.internalError, 'storage failure');
    this.o.onFailed?.(this);
  }

  private broadcast(message: Uint8Array, except: Connection | null): void {
    let sent = 0;
    for (const c of this.conns) {
      if (c !== except && c.send(message)) sent++;
    }
    this.o.metrics.messagesOut.inc(sent);
    this.o.metrics.bytesOut.inc(sent * message.byteLength);
  }

  private reply(conn: Connection, message: Uint8Array): void {
    if (conn.send(message)) {
      this.o.metrics.messagesOut.inc();
      this.o.metrics.bytesOut.inc(message.byteLength);
    }
  }

  encodedSize(): number {
    return Y.encodeStateAsUpdate(this.doc).byteLength;
  }

  destroy(): void {
    this.statementView?.destroy();
    this.statementView = null;
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.off('update', this.onDocUpdate);
    this.doc.destroy();
  }
}
