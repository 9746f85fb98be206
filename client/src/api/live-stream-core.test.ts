import type { DocStateEvent } from '@accord/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocStateDeltaApplier } from './doc-state-parser';
import type { Timers } from './latest-throttle';
import {
  createLiveStreamCore,
  type LiveStreamOutput,
  readLiveStream,
  SILENCE_MS,
  STATE_WINDOW_MS,
} from './live-stream-core';

function state(text: string): DocStateEvent {
  return {
    type: 'state',
    docId: 'd1',
    parties: ['FR', 'UK'],
    status: 'drafting',
    summary: {
      FR: { approved: 0, pending: 2, stale: 0, objection: 0, reserve: 0 },
      UK: { approved: 0, pending: 2, stale: 0, objection: 0, reserve: 0 },
    },
    blockers: [],
    clauses: ['Unchanged clause.', text].map((t, i) => ({
      id: `c${i}`,
      index: i + 1,
      text: t,
      hash: `h-${t}`,
      bracketed: false,
      approvals: { FR: { state: 'pending', stale: false }, UK: { state: 'pending', stale: false } },
    })),
    suppressions: [],
  };
}

/** A clock the test moves by hand. */
function manualTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let queued: { at: number; run: () => void; id: number }[] = [];
  let ids = 0;
  return {
    now: () => now,
    setTimeout(run, ms) {
      ids += 1;
      queued.push({ at: now + ms, run, id: ids });
      return ids;
    },
    clearTimeout(handle) {
      queued = queued.filter((q) => q.id !== handle);
    },
    advance(ms) {
      now += ms;
      const due = queued.filter((q) => q.at <= now);
      queued = queued.filter((q) => q.at > now);
      for (const q of due) q.run();
    },
  };
}

const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

describe('the live stream core, bytes to state deltas off the main thread (#18)', () => {
  it('reads events split anywhere across chunks, a character of several bytes included', () => {
    const out: LiveStreamOutput[] = [];
    const core = createLiveStreamCore((o) => out.push(o), manualTimers());
    const bytes = new TextEncoder().encode(sse('state', state('Clause « deux » — 2')));
    const cut = bytes.indexOf(0xc2) + 1; // inside the two bytes of «
    core.chunk(bytes.slice(0, cut));
    core.chunk(bytes.slice(cut, cut + 7));
    expect(out).toHaveLength(0);
    core.chunk(bytes.slice(cut + 7));
    expect(out).toHaveLength(1);
    const first = out[0];
    if (first?.kind !== 'state') throw new Error('expected a state');
    const applied = createDocStateDeltaApplier()(first.delta);
    expect(applied.success && applied.data.clauses[1]?.text).toBe('Clause « deux » — 2');
  });

  it('hands on one state per window, the latest, and any other event after the state sent before it', () => {
    const out: LiveStreamOutput[] = [];
    const timers = manualTimers();
    const core = createLiveStreamCore((o) => out.push(o), timers);
    const chunk = (s: string) => core.chunk(new TextEncoder().encode(s));
    chunk(sse('state', state('one')));
    chunk(sse('state', state('two')));
    chunk(sse('state', state('three')));
    expect(out.map((o) => o.kind)).toEqual(['state']);
    chunk(sse('comment', { id: 'k1' }));
    expect(out.map((o) => o.kind)).toEqual(['state', 'state', 'message']);
    const second = out[1] as Extract<LiveStreamOutput, { kind: 'state' }>;
    // only the clause that changed travels; the unchanged one is null ("the previous one")
    expect(second.delta.success && second.delta.data.clauses.map((c) => c?.text ?? null)).toEqual([
      null,
      'three',
    ]);
    timers.advance(STATE_WINDOW_MS);
    chunk(sse('state', state('four')));
    chunk(sse('state', state('five')));
    core.end();
    expect(
      out
        .slice(3)
        .map((o) => (o.kind === 'state' && o.delta.success ? o.delta.data.clauses[1]?.text : o.kind)),
    ).toEqual(['four', 'five']);
  });
});

/** A fetch whose response body the test writes to, and which errors when the request is aborted. */
function openStream() {
  let body: ReadableStreamDefaultController<Uint8Array> | undefined;
  const fetch = vi.fn(async (_path: string, init: { signal: AbortSignal }) => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        body = controller;
      },
    });
    init.signal.addEventListener('abort', () => body?.error(init.signal.reason));
    return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  });
  return { fetch, write: (text: string) => body?.enqueue(new TextEncoder().encode(text)) };
}

/** Lets the stream's pending reads and promise callbacks run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('readLiveStream: a dead stream is not taken for a live one (#18, reconnect)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives up a stream silent for SILENCE_MS (a half-open connection), though nothing closed it', async () => {
    const server = openStream();
    vi.stubGlobal('fetch', server.fetch);
    const timers = manualTimers();
    const out: LiveStreamOutput[] = [];
    let outcome: string | undefined;
    readLiveStream(
      createLiveStreamCore((o) => out.push(o), timers),
      '/events',
      't',
      new AbortController().signal,
      timers,
    ).then(
      (status) => {
        outcome = `read ${status}`;
      },
      (err: Error) => {
        outcome = err.message;
      },
    );
    await settle();
    server.write(sse('state', state('one')));
    await settle();
    expect(out).toHaveLength(1);
    // The server's keep-alives (every 20 s) keep it open…
    timers.advance(SILENCE_MS - 1000);
    server.write(': keep-alive\n\n');
    await settle();
    timers.advance(SILENCE_MS - 1000);
    await settle();
    expect(outcome).toBeUndefined();
    // …and their absence ends it.
    timers.advance(1000);
    await settle();
    expect(outcome).toMatch(/silent for 45 s/);
  });

  it('stops when its signal aborts (the page went offline, unsubscribed): the request itself is aborted', async () => {
    const server = openStream();
    vi.stubGlobal('fetch', server.fetch);
    const timers = manualTimers();
    const stop = new AbortController();
    const read = readLiveStream(
      createLiveStreamCore(() => undefined, timers),
      '/events',
      't',
      stop.signal,
      timers,
    );
    await settle();
    stop.abort();
    await expect(read).rejects.toBeDefined();
    expect(server.fetch.mock.calls[0]?.[1].signal.aborted).toBe(true);
  });
});
