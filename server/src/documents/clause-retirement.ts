export interface ClauseRetirementOptions {
  /** Retires the approvals of clauses the stored document no longer has (DocumentService). */
  retire: (docId: string) => Promise<unknown>;
  /** Coalesces bursts of stored changes into one check per document. */
  debounceMs: number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  onError: (err: Error, docId: string) => void;
}

/**
 * Clause retirement on the write path (#14 "reads never write"): after a change of a document's
 * content is stored, check once the burst settles whether clauses disappeared, one check per
 * document at a time (a change during a check schedules one more).
 */
export function createClauseRetirement(o: ClauseRetirementOptions) {
  const timers = new Map<string, unknown>();
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  let closed = false;

  function run(docId: string): void {
    if (running.has(docId)) {
      again.add(docId);
      return;
    }
    const p = o
      .retire(docId)
      .then(
        () => undefined,
        (err: Error) => o.onError(err, docId),
      )
      .finally(() => {
        running.delete(docId);
        if (again.delete(docId) && !closed) schedule(docId);
      });
    running.set(docId, p);
  }

  function schedule(docId: string): void {
    if (closed || timers.has(docId)) return;
    timers.set(
      docId,
      o.setTimer(() => {
        timers.delete(docId);
        run(docId);
      }, o.debounceMs),
    );
  }

  return {
    /** A change of `docId` is stored. */
    changed: schedule,
    /** Resolves when no check is pending or running (tests, shutdown). */
    async idle(): Promise<void> {
      while (timers.size > 0 || running.size > 0) {
        for (const [docId, t] of timers) {
          o.clearTimer(t);
          timers.delete(docId);
          run(docId);
        }
        await Promise.all(running.values());
      }
    },
    /** Stops scheduling; finishes what runs. */
    async close(): Promise<void> {
      closed = true;
      for (const t of timers.values()) o.clearTimer(t);
      timers.clear();
      await Promise.all(running.values());
    },
  };
}

export type ClauseRetirement = ReturnType<typeof createClauseRetirement>;
