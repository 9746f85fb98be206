import {
  createDocStateDeltaApplier,
  createDocStateDeltaParser,
  type DocStateDelta,
  type DocStateParseResult,
} from './doc-state-parser';

export interface DocStateWorkerRequest {
  seq: number;
  data: string;
}
export interface DocStateWorkerReply {
  seq: number;
  delta: DocStateDelta;
}

/** Parses live states in the order given; each answer in turn. */
export interface AsyncDocStateParser {
  parse(data: string): Promise<DocStateParseResult>;
  close(): void;
}

/**
 * The live state parsed off the page's main thread (#18): on a 300-clause statement a push is
 * ~230 KB of JSON, resent after every edit of anyone's, and scanning and validating it took the
 * typing page's main thread ~1.5 ms per key (and, on first load, ~100 ms before the document's text
 * could be applied). The worker scans and validates; only the items that changed come back, and the
 * page puts the previous objects back for the others. Where workers are missing (tests outside a
 * browser), or the worker fails, the same parser runs here.
 */
export function createOffThreadDocStateParser(): AsyncDocStateParser {
  const apply = createDocStateDeltaApplier();
  let worker: Worker | null = null;
  let local: ((data: string) => DocStateDelta) | null = null;
  const pending = new Map<number, (delta: DocStateDelta) => void>();
  let seq = 0;
  if (typeof Worker === 'function') {
    worker = new Worker(new URL('./doc-state.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DocStateWorkerReply>) => {
      const answer = pending.get(event.data.seq);
      pending.delete(event.data.seq);
      answer?.(event.data.delta);
    };
    worker.onerror = (event) => {
      // Nothing more will come from it: what it was asked is answered as refused, and the page parses
      // from here on (the next push is parsed whole, its delta parser being new).
      console.warn('live state worker failed, parsing on the page:', event.message);
      worker?.terminate();
      worker = null;
      for (const answer of pending.values())
        answer({ success: false, message: `live state worker failed: ${event.message}` });
      pending.clear();
    };
  }
  return {
    parse(data) {
      if (!worker) {
        local ??= createDocStateDeltaParser();
        return Promise.resolve(apply(local(data)));
      }
      seq += 1;
      const request: DocStateWorkerRequest = { seq, data };
      const answered = new Promise<DocStateDelta>((ok) => pending.set(request.seq, ok));
      worker.postMessage(request);
      return answered.then(apply);
    },
    close() {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}
