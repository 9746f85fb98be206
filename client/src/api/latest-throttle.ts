/** The timer functions a throttle runs on (the window's, or a test's). */
export interface Timers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface LatestThrottle<T> {
  /** Offers a value: handled at once if none was for `windowMs`, else kept (replacing any kept one). */
  push(value: T): void;
  /** Handles the kept value now, if any (before something that must come after it). */
  flush(): void;
  /** Forgets the kept value and its timer. */
  cancel(): void;
}

/**
 * Hands on at most one value per `windowMs`, the latest (#18): the server resends the whole live
 * state after every edit, and on a 300-clause statement each one costs the page a parse and a render
 * of every panel that shows it, keystroke after keystroke, while someone types. A value after a quiet
 * window is handled at once; values arriving faster are coalesced and the last of them is handled
 * when the window ends, so nothing is lost and nothing waits longer than `windowMs`.
 */
export function latestThrottle<T>(
  handle: (value: T) => void,
  windowMs: number,
  timers: Timers,
): LatestThrottle<T> {
  let last = Number.NEGATIVE_INFINITY;
  let kept: { value: T } | null = null;
  let timer: unknown = null;
  const run = () => {
    timer = null;
    if (!kept) return;
    const { value } = kept;
    kept = null;
    last = timers.now();
    handle(value);
  };
  return {
    push(value) {
      kept = { value };
      if (timer !== null) return;
      const wait = last + windowMs - timers.now();
      if (wait <= 0) run();
      else timer = timers.setTimeout(run, wait);
    },
    flush() {
      if (timer !== null) timers.clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      kept = null;
    },
  };
}
