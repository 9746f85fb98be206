import type { Timers } from './latest-throttle';

/** The clock and timers of the page or worker that runs this (the live channel's, on either side of the worker). */
export const globalTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
