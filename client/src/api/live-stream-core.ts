import { createDocStateDeltaParser, type DocStateDelta } from './doc-state-parser';
import { latestThrottle, type Timers } from './latest-throttle';
import { createSseParser } from './sse-parser';

/**
 * At most one live state per this many ms is parsed and handed on, the latest (#18): the server
 * resends the whole state after every edit of anyone's, and on a 300-clause statement each costs a
 * parse and a render of every panel showing it. A state after a quiet spell is handed on at once.
 */
export const STATE_WINDOW_MS = 100;

/** What the live channel's byte stream gives, in the order the server sent it. */
export type LiveStreamOutput =
  | { kind: 'state'; delta: DocStateDelta }
  | { kind: 'message'; event: string; data: string };

export interface LiveStreamCore {
  /** Bytes of the event stream as they arrive. */
  chunk(bytes: Uint8Array): void;
  /** The stream ended: the state kept by the throttle is handed on; the next stream starts afresh. */
  end(): void;
  /** Drops the kept state and its timer (unsubscribed). */
  cancel(): void;
}

/**
 * The live channel from its bytes to validated state deltas (#18), the part that runs in the live
 * stream worker (live-stream.worker.ts): UTF-8 decoding, the event-stream format, the throttle
 * (states replaced within STATE_WINDOW_MS are not parsed at all) and the delta parser (a clause
 * unchanged since the previous push comes out as `null`). Any other event is handed on after the
 * state sent before it.
 */
export function createLiveStreamCore(
  emit: (output: LiveStreamOutput) => void,
  timers: Timers,
): LiveStreamCore {
  const parseDelta = createDocStateDeltaParser();
  let decoder = new TextDecoder();
  let sse = createSseParser();
  const states = latestThrottle(
    (data: string) => emit({ kind: 'state', delta: parseDelta(data) }),
    STATE_WINDOW_MS,
    timers,
  );
  return {
    chunk(bytes) {
      for (const message of sse(decoder.decode(bytes, { stream: true }))) {
        if (message.event === 'state') {
          states.push(message.data);
          continue;
        }
        states.flush();
        emit({ kind: 'message', event: message.event, data: message.data });
      }
    },
    end() {
      states.flush();
      decoder = new TextDecoder();
      sse = createSseParser();
    },
    cancel() {
      states.cancel();
    },
  };
}

/**
 * A stream silent this long is given up and read again (#18, reconnect). The server writes a keep-alive
 * every 20 s (server/src/app.ts eventsRoute): after a network change or a laptop's sleep the connection
 * can be dead with nothing to close it, and the page went on showing the last state as live for as long
 * as the browser kept the socket, while the editor's own socket gives up after 30 s of silence.
 */
export const SILENCE_MS = 45_000;

/**
 * Reads the live channel's event stream at `path` into `core` (fetch, so the token travels in the
 * Authorization header, never in a URL: EventSource cannot send headers) until the server ends it,
 * `signal` aborts it or it is silent for `silenceMs` (then it rejects); then hands on the state the
 * throttle kept. Resolves with the response's status (a refusal is not read).
 */
export async function readLiveStream(
  core: LiveStreamCore,
  path: string,
  token: string,
  signal: AbortSignal,
  timers: Pick<Timers, 'setTimeout' | 'clearTimeout'>,
  silenceMs = SILENCE_MS,
): Promise<number> {
  const read = new AbortController();
  const stop = () => read.abort(signal.reason);
  if (signal.aborted) stop();
  signal.addEventListener('abort', stop, { once: true });
  const silent = () =>
    read.abort(
      new Error(`the live channel was silent for ${Math.round(silenceMs / 1000)} s: reading it again`),
    );
  let timer = timers.setTimeout(silent, silenceMs);
  try {
    const res = await fetch(path, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal: read.signal,
    });
    if (!res.ok || !res.body) return res.status;
    const reader = res.body.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      timers.clearTimeout(timer);
      timer = timers.setTimeout(silent, silenceMs);
      core.chunk(value);
    }
    return res.status;
  } finally {
    timers.clearTimeout(timer);
    signal.removeEventListener('abort', stop);
    core.end();
  }
}
