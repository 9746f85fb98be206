import { describe, expect, it } from 'vitest';
import { latestThrottle, type Timers } from './latest-throttle';

/** A clock the test moves by hand, with the timers due by then. */
function manualTimers(): Timers & { advance(ms: number): void; pending(): number } {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout(run, ms) {
      const id = next++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const first = [...due].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!first) break;
        due.delete(first[0]);
        now = first[1].at;
        first[1].run();
      }
      now = until;
    },
    pending: () => due.size,
  };
}

describe('latestThrottle (#18: one live state per window while someone types)', () => {
  it('hands on a value at once after a quiet window', () => {
    const timers = manualTimers();
    const seen: number[] = [];
    const throttle = latestThrottle((v: number) => seen.push(v), 100, timers);
    throttle.push(1);
    expect(seen).toEqual([1]);
    timers.advance(150);
    throttle.push(2);
    expect(seen).toEqual([1, 2]);
  });

  it('coalesces values arriving faster than the window into the latest, handed on when it ends', () => {
    const timers = manualTimers();
    const seen: number[] = [];
    const throttle = latestThrottle((v: number) => seen.push(v), 100, timers);
    throttle.push(1);
    timers.advance(30);
    throttle.push(2);
    timers.advance(30);
    throttle.push(3);
    expect(seen).toEqual([1]);
    timers.advance(39);
    expect(seen).toEqual([1]);
    timers.advance(1);
    // The last value, 100 ms after the first was handled: none waited longer than the window.
    expect(seen).toEqual([1, 3]);
    expect(timers.pending()).toBe(0);
  });

  it('flush hands on the kept value now (before what must follow it); cancel forgets it', () => {
    const timers = manualTimers();
    const seen: number[] = [];
    const throttle = latestThrottle((v: number) => seen.push(v), 100, timers);
    throttle.push(1);
    throttle.push(2);
    throttle.flush();
    expect(seen).toEqual([1, 2]);
    expect(timers.pending()).toBe(0);
    throttle.flush();
    expect(seen).toEqual([1, 2]);
    timers.advance(10);
    throttle.push(3);
    throttle.cancel();
    timers.advance(500);
    expect(seen).toEqual([1, 2]);
    expect(timers.pending()).toBe(0);
  });
});
