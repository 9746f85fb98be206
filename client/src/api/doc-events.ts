import { CLOSE, type DocStateEvent, type SessionEndedEvent, sessionEndedEventSchema } from '@accord/protocol';
import { globalTimers } from './global-timers';
import { createLiveStream, type LiveStreamEvent } from './off-thread-live-stream';

export type LiveChannelStatus = 'connecting' | 'live' | 'retrying';

export interface ReconnectOptions {
  /** When the editor's socket was lost (performance.now()): a stream quiet since then is read again. */
  quietSince?: number;
}

export interface DocEventsHandlers {
  onState(event: DocStateEvent): void;
  onStatus(status: LiveChannelStatus): void;
  onError(message: string): void;
  /** The server ended the session (removed party, revoked invite, expired token): no retry follows. */
  onEnded?(event: SessionEndedEvent): void;
  /** Any other named event (`comment`, `amendment`, #16): its name and parsed JSON data. */
  onEvent?(name: string, data: unknown): void;
}

/**
 * Follows the server-owned live channel of one document. A worker reads the event stream (#18:
 * off-thread-live-stream.ts) with fetch so the
 * token travels in the Authorization header, never in a URL (EventSource cannot send headers), and
 * reconnects with capped backoff. Returns the unsubscribe function.
 */
export function subscribeDocEvents(
  docId: string,
  token: string,
  handlers: DocEventsHandlers,
): (() => void) & { reconnectNow(options?: ReconnectOptions): void } {
  let stopped = false;
  let waiting = false;
  let attempt = 0;
  /** When the stream last handed on anything (globalTimers.now). */
  let lastEventAt = Number.NEGATIVE_INFINITY;
  /** The read in flight was given up on purpose (reconnectNow's quietSince): read again at once. */
  let restarting = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribed = false;
  // The stream is read off the main thread (#18): what the handlers hear from here (statuses, errors)
  // goes through one queue, and what follows a stream's end waits until all it carried was handed on.
  let delivered: Promise<void> = Promise.resolve();
  const inOrder = (deliver: () => void | Promise<void>): void => {
    delivered = delivered
      .then(() => (unsubscribed ? undefined : deliver()))
      .catch((err: unknown) => console.error('live channel handler failed:', err));
  };
  // States validated against the protocol's schema, unchanged clauses not parsed again, a state
  // replaced by a newer one within live-stream-core's STATE_WINDOW_MS not parsed at all; other events after the state
  // sent before them.
  const onStreamEvent = (event: LiveStreamEvent): void => {
    if (unsubscribed) return;
    lastEventAt = globalTimers.now();
    try {
      if (event.kind === 'state') {
        if (!event.parsed.success) {
          handlers.onError(`unexpected live event: ${event.parsed.message}`);
          return;
        }
        attempt = 0;
        handlers.onStatus('live');
        handlers.onState(event.parsed.data);
        return;
      }
      if (event.event === 'ended') {
        const ended = sessionEndedEventSchema.safeParse(JSON.parse(event.data));
        stopped = true;
        stream.abort();
        if (ended.success) handlers.onEnded?.(ended.data);
        return;
      }
      if (handlers.onEvent && event.event) handlers.onEvent(event.event, JSON.parse(event.data));
    } catch (err) {
      handlers.onError(`unexpected live event: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const stream = createLiveStream(onStreamEvent, globalTimers);

  const run = async (): Promise<void> => {
    inOrder(() => handlers.onStatus('connecting'));
    const status = await stream.read(`/api/docs/${encodeURIComponent(docId)}/events`, token);
    if (status === 401 || status === 403) {
      stopped = true;
      const removed = status === 403;
      inOrder(() =>
        handlers.onEnded?.({
          type: 'ended',
          reason: removed ? 'removed' : 'expired',
          code: removed ? CLOSE.forbidden : CLOSE.unauthenticated,
          message: `live channel refused: ${status}`,
        }),
      );
      return;
    }
    if (status < 200 || status >= 300) throw new Error(`live channel refused: ${status}`);
  };

  const loop = (): void => {
    run().then(
      () => retry(),
      (err: unknown) => {
        if (stopped) return;
        if (!restarting) inOrder(() => handlers.onError(err instanceof Error ? err.message : String(err)));
        retry();
      },
    );
  };
  const retry = (): void => {
    if (stopped) return;
    // The read resolved or failed after the last state the stream sent was handed on.
    inOrder(() => handlers.onStatus('retrying'));
    attempt += 1;
    waiting = true;
    const now = restarting;
    restarting = false;
    // Capped at 2 s, like the editor's own socket (#18): approvals must not lag the text for long.
    timer = setTimeout(
      () => {
        waiting = false;
        loop();
      },
      now ? 0 : Math.min(2000, 250 * 2 ** attempt),
    );
  };
  /**
   * Skips the wait of a pending retry (the editor's socket is back, the browser is online). With
   * `quietSince`, a read in flight that has handed on nothing since then is given up and read again at
   * once: the editor's socket was lost meanwhile, and a stream over the same dead network can look
   * open for as long as the browser keeps it (#18, reconnect).
   */
  const reconnectNow = (options: ReconnectOptions = {}): void => {
    if (stopped) return;
    if (!waiting) {
      if (options.quietSince === undefined || lastEventAt >= options.quietSince) return;
      restarting = true;
      attempt = 0;
      stream.abort();
      return;
    }
    clearTimeout(timer);
    waiting = false;
    attempt = 0;
    loop();
  };
  const onOnline = () => reconnectNow();
  // Offline, what the stream last said can no longer be trusted: drop it and retry once online.
  const onOffline = () => stream.abort();
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
  }

  loop();
  return Object.assign(
    () => {
      stopped = true;
      unsubscribed = true;
      stream.close();
      clearTimeout(timer);
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
      }
    },
    { reconnectNow },
  );
}
