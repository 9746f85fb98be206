import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { renderCommunique, renderRedlinePdf } from '@accord/communique';

/** What renderCommunique takes: plain, structured-cloneable data (it crosses a thread boundary). */
export type RenderArgs = Parameters<typeof renderCommunique>;
/** What renderRedlinePdf takes (a comparison of two versions as a PDF redline). */
export type RedlineArgs = Parameters<typeof renderRedlinePdf>;

/** One job for a renderer thread: which renderer, and its arguments. */
export type RenderJob = { kind: 'communique'; args: RenderArgs } | { kind: 'redline-pdf'; args: RedlineArgs };

export type RenderRequest = RenderJob & { id: number };

export type RenderReply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; message: string };

export interface RenderPoolOptions {
  /** Worker threads; default: one fewer than the machine's cores, at least one. */
  size?: number;
  /** A render taking longer than this is abandoned and its thread replaced. */
  timeoutMs?: number;
  /** Worker entry (tests may substitute one). */
  workerUrl?: URL;
}

export interface RenderPool {
  readonly size: number;
  /** Renders on a worker thread; queued while every thread is busy. */
  render(...args: RenderArgs): Promise<Uint8Array>;
  /** A version comparison's PDF redline, on a worker thread like render(). */
  renderRedlinePdf(...args: RedlineArgs): Promise<Uint8Array>;
  /** Jobs rendering plus jobs waiting. */
  pending(): number;
  /** Recent mean render time (ms), for Retry-After estimates. */
  meanRenderMs(): number;
  /** True once close() was called: nothing more renders. */
  readonly closed: boolean;
  close(): Promise<void>;
}

/** Default pool size: leave one core to the event loop (health, sync, REST). */
export function defaultRenderPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

type Job = RenderJob & {
  id: number;
  resolve: (bytes: Uint8Array) => void;
  reject: (err: Error) => void;
};

interface Slot {
  worker: Worker;
  job: Job | null;
  started: number;
  timer: NodeJS.Timeout | null;
}

const DEFAULT_WORKER = new URL('./render-worker-entry.mjs', import.meta.url);

/**
 * Export rendering off the event loop: a fixed number of worker threads, started on first use and
 * kept (a PDF font load is paid once per thread), each rendering one job at a time; the rest wait
 * in order. A thread that crashes or overruns its time is replaced; its job fails, nothing else.
 */
export function createRenderPool(o: RenderPoolOptions = {}): RenderPool {
  const size = Math.max(1, o.size ?? defaultRenderPoolSize());
  const timeoutMs = o.timeoutMs ?? 60_000;
  const workerUrl = o.workerUrl ?? DEFAULT_WORKER;
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let mean = 1000;
  let closed = false;

  const finish = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    // An idle thread must not keep the process alive.
    slot.worker.unref();
  };

  const retire = (slot: Slot, err: Error) => {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    const job = slot.job;
    finish(slot);
    job?.reject(err);
    void slot.worker.terminate();
    pump();
  };

  const spawn = (): Slot => {
    // A thread of its own loader setup: the parent's flags (tsx's, vitest's) are not inherited.
    const worker = new Worker(workerUrl, { execArgv: [] });
    const slot: Slot = { worker, job: null, started: 0, timer: null };
    worker.on('message', (reply: RenderReply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      mean = mean * 0.7 + (performance.now() - slot.started) * 0.3;
      finish(slot);
      if (reply.ok) job.resolve(reply.bytes);
      else job.reject(new Error(`export rendering failed: ${reply.message}`));
      pump();
    });
    worker.on('error', (err) => retire(slot, new Error(`export renderer crashed: ${err.message}`)));
    worker.on('exit', (code) => {
      if (slots.includes(slot)) retire(slot, new Error(`export renderer exited (${code})`));
    });
    slots.push(slot);
    return slot;
  };

  function pump(): void {
    while (!closed && queue.length > 0) {
      const slot = slots.find((s) => s.job === null) ?? (slots.length < size ? spawn() : undefined);
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      slot.started = performance.now();
      slot.worker.ref();
      slot.timer = setTimeout(
        () => retire(slot, new Error(`export rendering took longer than ${timeoutMs} ms`)),
        timeoutMs,
      );
      const request = { id: job.id, kind: job.kind, args: job.args } as RenderRequest;
      slot.worker.postMessage(request);
    }
  }

  const submit = (job: RenderJob): Promise<Uint8Array> => {
    if (closed) return Promise.reject(new Error('export renderer is shut down'));
    return new Promise<Uint8Array>((resolve, reject) => {
      queue.push({ ...job, id: nextId++, resolve, reject });
      pump();
    });
  };

  return {
    size,
    render: (...args) => submit({ kind: 'communique', args }),
    renderRedlinePdf: (...args) => submit({ kind: 'redline-pdf', args }),
    pending: () => queue.length + slots.filter((s) => s.job !== null).length,
    meanRenderMs: () => mean,
    get closed() {
      return closed;
    },
    async close() {
      closed = true;
      const stopped = new Error('export renderer is shut down');
      for (const job of queue.splice(0)) job.reject(stopped);
      const all = slots.splice(0);
      for (const slot of all) {
        const job = slot.job;
        finish(slot);
        job?.reject(stopped);
      }
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
