import { canEdit } from '@accord/approvals';
import type { TokenClaims } from '@accord/protocol';
import { CLOSE } from '../errors';
import type { AwarenessEntry } from './messages';
import { encodeAwarenessEntries } from './messages';
import { createTokenBucket, type TokenBucket } from './rate-limit';

/** What the sync layer needs of a socket; the Hono/ws adapter provides it. */
export interface SyncSocket {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes queued by the socket but not yet written to the network. */
  readonly bufferedAmount: number;
}

export interface ConnectionLimits {
  /** Outbound bytes a connection may have queued before it counts as too slow and is closed. */
  maxBufferedBytes: number;
  /** Presence client ids one connection may speak for (a tab has one; reconnects reuse it). */
  maxAwarenessIds?: number;
  /**
   * Presence bytes per second one connection may have relayed, and the burst: what it publishes
   * is sent to every peer, so its rate is bounded as well as each state's size.
   */
  awarenessBytesPerSecond?: number;
  awarenessByteBurst?: number;
}

export const DEFAULT_AWARENESS_LIMITS = {
  maxAwarenessIds: 8,
  awarenessBytesPerSecond: 64 * 1024,
  awarenessByteBurst: 256 * 1024,
} as const;

/** One client of one live document. */
export class Connection {
  closed = false;
  /** Awareness client ids this connection speaks for; removed for it when it leaves. */
  readonly awarenessIds = new Set<number>();
  /** Presence entries this connection sent that were not relayed (over a cap). */
  awarenessDropped = 0;
  private readonly awarenessBytes: TokenBucket;

  constructor(
    readonly id: string,
    readonly claims: TokenClaims,
    private readonly socket: SyncSocket,
    readonly messages: TokenBucket,
    readonly bytes: TokenBucket,
    private readonly limits: ConnectionLimits,
    now: () => number = Date.now,
  ) {
    this.awarenessBytes = createTokenBucket(
      limits.awarenessBytesPerSecond ?? DEFAULT_AWARENESS_LIMITS.awarenessBytesPerSecond,
      limits.awarenessByteBurst ?? DEFAULT_AWARENESS_LIMITS.awarenessByteBurst,
      now,
    );
  }

  /**
   * The part of a presence message this connection may publish, or null for nothing: entries for
   * client ids past its id cap are dropped, and so is a whole message past its presence byte rate
   * (leaving — a null state — always passes). Observers publish presence under the same caps.
   * Oversize states were already dropped while decoding (MAX_AWARENESS_STATE_BYTES).
   */
  admitAwareness(msg: {
    raw: Uint8Array;
    entries: AwarenessEntry[];
    dropped: number;
  }): { raw: Uint8Array; entries: AwarenessEntry[] } | null {
    this.awarenessDropped += msg.dropped;
    const maxIds = this.limits.maxAwarenessIds ?? DEFAULT_AWARENESS_LIMITS.maxAwarenessIds;
    const ids = new Set(this.awarenessIds);
    const kept = msg.entries.filter((e) => {
      if (e.state === null || ids.has(e.clientID)) return true;
      if (ids.size >= maxIds) return false;
      ids.add(e.clientID);
      return true;
    });
    if (kept.length === 0) {
      this.awarenessDropped += msg.entries.length;
      return null;
    }
    const out =
      kept.length === msg.entries.length ? msg : { raw: encodeAwarenessEntries(kept), entries: kept };
    const leavingOnly = kept.every((e) => e.state === null);
    if (!leavingOnly && !this.awarenessBytes.take(out.raw.byteLength)) {
      this.awarenessDropped += msg.entries.length;
      return null;
    }
    this.awarenessDropped += msg.entries.length - kept.length;
    return out;
  }

  /** Who may not edit (AP14, decided by @accord/approvals): their document updates are dropped. */
  get readOnly(): boolean {
    return !canEdit(this.claims);
  }

  /**
   * Sends (true), or closes a client too slow to keep up (false): its queue is bounded, and dropping a message
   * would silently desynchronise it, whereas a reconnect resyncs it completely.
   */
  send(message: Uint8Array): boolean {
    if (this.closed) return false;
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CLOSE.tryAgainLater, 'too slow to keep up; reconnect to resync');
      return false;
    }
    this.socket.send(message);
    return true;
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }
}
