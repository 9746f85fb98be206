/// <reference lib="webworker" />
import '../zod-jitless';
import { createDocStateDeltaParser } from './doc-state-parser';
import type { DocStateWorkerReply, DocStateWorkerRequest } from './off-thread-doc-state';

// One worker per live channel subscription: its parser compares each push with the one before (#18).
const parse = createDocStateDeltaParser();

self.onmessage = (event: MessageEvent<DocStateWorkerRequest>) => {
  const { seq, data } = event.data;
  const reply: DocStateWorkerReply = { seq, delta: parse(data) };
  self.postMessage(reply);
};
