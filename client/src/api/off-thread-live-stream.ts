import { createDocStateDeltaApplier, type DocStateParseResult } from './doc-state-parser';
import type { Timers } from './latest-throttle';
import {
  createLiveStreamCore,
  type LiveStreamCore,
  type LiveStreamOutput,
  readLiveStream,
} from './live-stream-core';

export type LiveStreamRequest =
  | { type: 'read'; seq: number; path: string; token: string }
  | { type: 'abort' };
export type LiveStreamReply =
  | LiveStreamOutput
  | { kind: 'read'; seq: number; status: number }
  | { kind: 'failed'; seq: number; message: string };

/** What the page hears from the live channel's stream, in the order the server sent it. */
export type LiveStreamEvent =
  | { kind: 'state'; parsed: DocStateParseResult }
  | { kind: 'message'; event: string; data: string };

export interface LiveStream {
  /**
   * Reads the stream at `path` until it ends: resolves with the response's status once everything
   * it carried has been handed on (a refusal is not read); rejects if it broke or was aborted.
   */
  read(path: string, token: string): Promise<number>;
  /** Aborts the read under way. */
  abort(): void;
  close(): void;
}

/**
 * The live channel's stream read off the page's main thread (#18). On a 300-clause statement every
 * push is ~230 KB of JSON, resent after every edit of anyone's: decoding it, splitting the event
 * stream and scanning and validating the state took the typing page's main thread ~1.5 ms per key
 * (handing the bytes to a worker still cost ~1-2 ms: Chrome copies a fetched chunk it is asked to
 * transfer), and on first load the first state (~100 ms of validation on a loaded core) ran ahead of
 * the document's Yjs sync. So a worker fetches and reads the stream; only the clauses, blockers and
 * suppressions a push changed come back, and the page puts the previous objects back for the others,
 * so memoised views see the same objects. Where workers are missing (tests outside a browser) or the
 * worker failed, the same code runs here.
 */
export function createLiveStream(onEvent: (event: LiveStreamEvent) => void, timers: Timers): LiveStream {
  const apply = createDocStateDeltaApplier();
  const deliver = (output: LiveStreamOutput) =>
    onEvent(output.kind === 'state' ? { kind: 'state', parsed: apply(output.delta) } : output);
  let local: { core: LiveStreamCore; controller: AbortController | null } | null = null;
  let worker: Worker | null = null;
  const reads = new Map<number, { ok: (status: number) => void; fail: (err: Error) => void }>();
  let seq = 0;
  const failAll = (message: string) => {
    for (const read of reads.values()) read.fail(new Error(message));
    reads.clear();
  };
  if (typeof Worker === 'function') {
    worker = new Worker(new URL('./live-stream.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LiveStreamReply>) => {
      const reply = event.data;
      if (reply.kind === 'state' || reply.kind === 'message') {
        deliver(reply);
        return;
      }
      const read = reads.get(reply.seq);
      reads.delete(reply.seq);
      if (reply.kind === 'read') read?.ok(reply.status);
      else read?.fail(new Error(reply.message));
    };
    worker.onerror = (event) => {
      // The stream it was reading is lost: the caller reads again, here from then on.
      worker?.terminate();
      worker = null;
      failAll(`live channel worker failed: ${event.message}`);
    };
  }
  return {
    read(path, token) {
      if (!worker) {
        local ??= { core: createLiveStreamCore(deliver, timers), controller: null };
        local.controller?.abort();
        const controller = new AbortController();
        local.controller = controller;
        return readLiveStream(local.core, path, token, controller.signal, timers);
      }
      seq += 1;
      const request: LiveStreamRequest = { type: 'read', seq, path, token };
      const done = new Promise<number>((ok, fail) => reads.set(request.seq, { ok, fail }));
      worker.postMessage(request);
      return done;
    },
    abort() {
      worker?.postMessage({ type: 'abort' } satisfies LiveStreamRequest);
      local?.controller?.abort();
    },
    close() {
      worker?.terminate();
      worker = null;
      local?.controller?.abort();
      local?.core.cancel();
      failAll('live channel closed');
    },
  };
}
