/// <reference lib="webworker" />
import '../zod-jitless';
import { globalTimers } from './global-timers';
import { createLiveStreamCore, readLiveStream } from './live-stream-core';
import type { LiveStreamReply, LiveStreamRequest } from './off-thread-live-stream';

// One worker per live channel subscription (#18): it reads the stream itself (the page never
// touches its ~230 KB pushes), and its delta parser compares each push with the one before.
const core = createLiveStreamCore(
  (output) => self.postMessage(output satisfies LiveStreamReply),
  globalTimers,
);
let controller: AbortController | null = null;

self.onmessage = (event: MessageEvent<LiveStreamRequest>) => {
  const request = event.data;
  if (request.type === 'abort') {
    controller?.abort();
    return;
  }
  controller?.abort();
  const mine = new AbortController();
  controller = mine;
  readLiveStream(core, request.path, request.token, mine.signal, globalTimers).then(
    (status) => self.postMessage({ kind: 'read', seq: request.seq, status } satisfies LiveStreamReply),
    (err: unknown) =>
      self.postMessage({
        kind: 'failed',
        seq: request.seq,
        message: err instanceof Error ? err.message : String(err),
      } satisfies LiveStreamReply),
  );
};
