import { CLOSE, type DocStateEvent, type SessionEndedEvent, sessionEndedEventSchema } from '@accord/protocol';
import { latestThrottle } from './latest-throttle';
import { createOffThreadDocStateParser } from './off-thread-doc-state';
import { createSseParser } from './sse-parser';

export type LiveChannelStatus = 'connecting' | 'live' | 'retrying';

/**
 * At most one live state per this many ms is parsed and handed on, the latest (#18): the server
 * resends the whole state after every edit of anyone's, and on a 300-clause statement each costs a
 * parse and a render of every panel showing it. A state after a quiet spell is handed on at once.
 */
export const STATE_WINDOW_MS = 100;

const windowTimers = {
  now: () => performance.now(),
  setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

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
 * Follows the server-owned live channel of one document. It reads the event stream with fetch so the
 * token travels in the Authorization header, never in a URL (EventSource cannot send headers), and
 * reconnects with capped backoff. Returns the unsubscribe function.
 */
export function subscribeDocEvents(
  docId: string,
  token: string,
  handlers: DocEventsHandlers,
): (() => void) & { reconnectNow(): void } {
  let stopped = false;
  let waiting = false;
  let controller: AbortController | null = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribed = false;
  // States are parsed off the main thread (#18), so what the handlers hear goes through one queue:
  // an event, a status or an error the stream gave after a state is handed on after that state.
  let delivered: Promise<void> = Promise.resolve();
  const inOrder = (deliver: () => void | Promise<void>): void => {
    delivered = delivered
      .then(() => (unsubscribed ? undefined : deliver()))
      .catch((err: unknown) => console.error('live channel handler failed:', err));
  };
  const parser = createOffThreadDocStateParser();
  // Validated against the protocol's schema; unchanged clauses are not parsed again (#18), and a
  // state replaced by a newer one within the window is not parsed at all.
  const states = latestThrottle(
    (data: string) => {
      const parsing = parser.parse(data);
      inOrder(async () => {
        const parsed = await parsing;
        if (unsubscribed) return;
        if (!parsed.success) {
          handlers.onError(`unexpected live event: ${parsed.message}`);
          return;
        }
        attempt = 0;
        handlers.onStatus('live');
        handlers.onState(parsed.data);
      });
    },
    STATE_WINDOW_MS,
    windowTimers,
  );

  const run = async (): Promise<void> => {
    controller = new AbortController();
    inOrder(() => handlers.onStatus('connecting'));
    const res = await fetch(`/api/docs/${encodeURIComponent(docId)}/events`, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    if (res.status === 401 || res.status === 403) {
      stopped = true;
      const removed = res.status === 403;
      inOrder(() =>
        handlers.onEnded?.({
          type: 'ended',
          reason: removed ? 'removed' : 'expired',
          code: removed ? CLOSE.forbidden : CLOSE.unauthenticated,
          message: `live channel refused: ${res.status}`,
        }),
      );
      return;
    }
    if (!res.ok || !res.body) throw new Error(`live channel refused: ${res.status}`);
    const parse = createSseParser();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const message of parse(value)) {
        // Any other event comes after the state sent before it.
        if (message.event !== 'state') states.flush();
        if (message.event === 'ended') {
          const ended = sessionEndedEventSchema.safeParse(JSON.parse(message.data));
          stopped = true;
          if (ended.success) inOrder(() => handlers.onEnded?.(ended.data));
          return;
        }
        if (message.event !== 'state') {
          const { event } = message;
          if (handlers.onEvent && event) {
            const data: unknown = JSON.parse(message.data);
            inOrder(() => handlers.onEvent?.(event, data));
          }
          continue;
        }
        states.push(message.data);
      }
    }
  };

  const loop = (): void => {
    run().then(
      () => retry(),
      (err: unknown) => {
        if (stopped) return;
        inOrder(() => handlers.onError(err instanceof Error ? err.message : String(err)));
        retry();
      },
    );
  };
  const retry = (): void => {
    if (stopped) return;
    // The last state the stream sent is handed on before the status says the stream is gone.
    states.flush();
    inOrder(() => handlers.onStatus('retrying'));
    attempt += 1;
    waiting = true;
    // Capped at 2 s, like the editor's own socket (#18): approvals must not lag the text for long.
    timer = setTimeout(
      () => {
        waiting = false;
        loop();
      },
      Math.min(2000, 250 * 2 ** attempt),
    );
  };
  /** Skips the wait of a pending retry (the editor's socket is back, the browser is online). */
  const reconnectNow = (): void => {
    if (stopped || !waiting) return;
    clearTimeout(timer);
    waiting = false;
    attempt = 0;
    loop();
  };
  const onOnline = () => reconnectNow();
  // Offline, what the stream last said can no longer be trusted: drop it and retry once online.
  const onOffline = () => controller?.abort();
  if (typeof window !== 'undefined') {
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
  }

  loop();
  return Object.assign(
    () => {
      stopped = true;
      unsubscribed = true;
      states.cancel();
      parser.close();
      clearTimeout(timer);
      controller?.abort();
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
      }
    },
    { reconnectNow },
  );
}
