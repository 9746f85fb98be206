import { afterEach, describe, expect, it, vi } from 'vitest';
import { docStateFixture } from '../editor/doc-state-fixture';
import { type LiveChannelStatus, subscribeDocEvents } from './doc-events';

/** A server whose every event-stream response stays open until the request is aborted. */
function eventServer() {
  const bodies: ReadableStreamDefaultController<Uint8Array>[] = [];
  const signals: AbortSignal[] = [];
  const fetch = vi.fn(async (_path: string, init: { signal: AbortSignal }) => {
    signals.push(init.signal);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        bodies.push(controller);
      },
    });
    init.signal.addEventListener('abort', () =>
      bodies[signals.indexOf(init.signal)]?.error(init.signal.reason),
    );
    return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  });
  const sendState = (texts: string[]) =>
    bodies
      .at(-1)
      ?.enqueue(
        new TextEncoder().encode(`event: state\ndata: ${JSON.stringify(docStateFixture(texts))}\n\n`),
      );
  return { fetch, signals, sendState };
}

describe('subscribeDocEvents.reconnectNow (#18 reconnect: the approvals channel follows the editor back)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads again at once a stream that handed on nothing since the editor’s socket was lost; keeps one that did', async () => {
    const server = eventServer();
    vi.stubGlobal('fetch', server.fetch);
    const statuses: LiveChannelStatus[] = [];
    const errors: string[] = [];
    let states = 0;
    const subscription = subscribeDocEvents('d1', 'token', {
      onState: () => {
        states += 1;
      },
      onStatus: (s) => statuses.push(s),
      onError: (m) => errors.push(m),
    });
    try {
      await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(1));
      server.sendState(['The participants agree.']);
      await vi.waitFor(() => expect(states).toBe(1));
      const stateAt = performance.now();

      // The editor's socket was lost before the last state: this stream has spoken since, it stays.
      subscription.reconnectNow({ quietSince: stateAt - 1000 });
      // (a read given up is aborted there and then, within the call)
      expect(server.signals[0]?.aborted).toBe(false);

      // Lost after it: quiet since, maybe as dead as the editor's socket was. Given up, read again now.
      subscription.reconnectNow({ quietSince: performance.now() });
      expect(server.signals[0]?.aborted).toBe(true);
      // at once, not after the retry's backoff (500 ms and more)
      await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(2), { timeout: 300 });
      server.sendState(['The participants agree.']);
      await vi.waitFor(() => expect(states).toBe(2));
      expect(statuses.at(-1)).toBe('live');
      // A restart on purpose is not an error to report.
      expect(errors).toEqual([]);
    } finally {
      subscription();
    }
  });
});
