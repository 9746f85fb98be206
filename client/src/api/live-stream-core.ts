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
 * Reads the live channel's event stream at `path` into `core` (fetch, so the token travels in the
 * Authorization header, never in a URL: EventSource cannot send headers) until the server ends it or
 * `signal` aborts it; then hands on the state the throttle kept. Resolves with the response's status
 * (a refusal is not read).
 */
export async function readLiveStream(
  core: LiveStreamCore,
  path: string,
  token: string,
  signal: AbortSignal,
): Promise<number> {
  try {
    const res = await fetch(path, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal,
    });
    if (!res.ok || !res.body) return res.status;
    const reader = res.body.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      core.chunk(value);
    }
    return res.status;
  } finally {
    core.end();
  }
}
