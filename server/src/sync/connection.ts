import type { TokenClaims } from '@accord/protocol';
import { CLOSE } from '../errors';
import type { TokenBucket } from './rate-limit';

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
}

/** One client of one live document. */
export class Connection {
  closed = false;
  /** Awareness client ids this connection speaks for; removed for it when it leaves. */
  readonly awarenessIds = new Set<number>();

  constructor(
    readonly id: string,
    readonly claims: TokenClaims,
    private readonly socket: SyncSocket,
    readonly messages: TokenBucket,
    readonly bytes: TokenBucket,
    private readonly limits: ConnectionLimits,
  ) {}

  get readOnly(): boolean {
    return this.claims.role === 'observer';
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
