import { AccordError } from '../errors';
import type { RedlineArgs, RenderArgs, RenderPool } from './render-pool';

export interface ExportLimits {
  /** Exports one caller (token `sub`) may have rendering or waiting at once. */
  perCaller: number;
  /** Exports the whole instance may have rendering or waiting at once. */
  global: number;
}

/** Defaults for a pool of `size` threads: a short queue per thread, two exports per person. */
export function defaultExportLimits(size: number): ExportLimits {
  return { perCaller: 2, global: Math.max(4, size * 4) };
}

/** Details of the 429 an export beyond its cap gets; the app turns retryAfterSeconds into Retry-After. */
export interface ExportRefusal {
  retryAfterSeconds: number;
}

/**
 * Renders exports on the pool under a per-caller and a global concurrency cap: past either, the
 * export is refused at once (`rate_limited`, 429 with a Retry-After estimated from recent render
 * times) instead of queueing without bound behind other people's files.
 */
export function createExportRenderer(pool: RenderPool, limits: ExportLimits) {
  const byCaller = new Map<string, number>();
  let inFlight = 0;
  let refused = 0;

  const refuse = (why: string): never => {
    const waves = Math.ceil((inFlight + 1) / pool.size);
    const retryAfterSeconds = Math.max(1, Math.ceil((waves * pool.meanRenderMs()) / 1000));
    const details: ExportRefusal = { retryAfterSeconds };
    refused++;
    throw new AccordError('rate_limited', why, details);
  };

  const check = (caller: string) => {
    if ((byCaller.get(caller) ?? 0) >= limits.perCaller) {
      refuse(`at most ${limits.perCaller} exports at a time per person; try again shortly`);
    }
    if (inFlight >= limits.global) refuse('the server is busy rendering exports; try again shortly');
  };

  async function gated(caller: string, run: () => Promise<Uint8Array>): Promise<Uint8Array> {
    check(caller);
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + 1);
    inFlight++;
    try {
      return await run();
    } catch (e) {
      if (e instanceof AccordError) throw e;
      // Stopping (SIGTERM) is a retry-later; a crashed or overrunning render is a failure.
      throw new AccordError(pool.closed ? 'unavailable' : 'internal', (e as Error).message);
    } finally {
      inFlight--;
      const left = (byCaller.get(caller) ?? 1) - 1;
      if (left > 0) byCaller.set(caller, left);
      else byCaller.delete(caller);
    }
  }

  return {
    /**
     * Refuses at once, before any work is done for the export, a caller who is already at a cap
     * (export-admission.ts). Admitting here reserves nothing: render() decides.
     */
    precheck: check,
    /** Renders for `caller` (the verified `sub`), or throws rate_limited past the caps. */
    render: (caller: string, ...args: RenderArgs) => gated(caller, () => pool.render(...args)),
    /** A comparison's PDF redline for `caller`, under the same caps. */
    renderRedlinePdf: (caller: string, ...args: RedlineArgs) =>
      gated(caller, () => pool.renderRedlinePdf(...args)),
    /** Exports rendering or waiting for a thread. */
    inFlight: () => inFlight,
    /** Exports refused past a cap since start. */
    refused: () => refused,
  };
}

export type ExportRenderer = ReturnType<typeof createExportRenderer>;
