import { describe, expect, it } from 'vitest';
import { AccordError } from '../errors';
import { createExportRenderer } from './export-gate';
import { createRenderPool, type RenderArgs } from './render-pool';

const workerUrl = new URL('./render-pool.test-worker.mjs', import.meta.url);
/** Arguments for the stand-in worker: the format names its behaviour. */
const job = (title: string, behaviour: string) => [{ title }, behaviour] as unknown as RenderArgs;
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('export render pool', () => {
  it('renders on its threads, in order, more jobs than threads', async () => {
    const pool = createRenderPool({ size: 2, workerUrl });
    try {
      const out = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((t) => pool.render(...job(t, 'pdf'))));
      expect(out.map(text)).toEqual(['pdf:a', 'pdf:b', 'pdf:c', 'pdf:d', 'pdf:e']);
      expect(pool.pending()).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('renders version redlines on its threads too', async () => {
    const pool = createRenderPool({ size: 1, workerUrl });
    try {
      const redline = await pool.renderRedlinePdf({ title: 'v1→v2' } as never);
      expect(text(redline)).toBe('redline-pdf:v1→v2');
    } finally {
      await pool.close();
    }
  });

  it('fails only the job whose thread crashed, and replaces the thread', async () => {
    const pool = createRenderPool({ size: 1, workerUrl });
    try {
      const crashed = pool.render(...job('x', 'crash'));
      const next = pool.render(...job('after', 'md'));
      await expect(crashed).rejects.toThrow(/exited \(3\)/);
      expect(text(await next)).toBe('md:after');
    } finally {
      await pool.close();
    }
  });

  it('abandons a render past its time limit and keeps serving', async () => {
    const pool = createRenderPool({ size: 1, workerUrl, timeoutMs: 200 });
    try {
      await expect(pool.render(...job('x', 'hang'))).rejects.toThrow(/longer than 200 ms/);
      expect(text(await pool.render(...job('y', 'html')))).toBe('html:y');
    } finally {
      await pool.close();
    }
  });

  it("reports a renderer's error as the job's failure", async () => {
    const pool = createRenderPool({ size: 1, workerUrl });
    try {
      await expect(pool.render(...job('x', 'fail'))).rejects.toThrow(/no such font/);
    } finally {
      await pool.close();
    }
  });

  it('fails what is queued when closed', async () => {
    const pool = createRenderPool({ size: 1, workerUrl });
    const hung = expect(pool.render(...job('x', 'hang'))).rejects.toThrow(/shut down/);
    const queued = expect(pool.render(...job('y', 'md'))).rejects.toThrow(/shut down/);
    await pool.close();
    await hung;
    await queued;
  });
});

describe('the real renderer thread', () => {
  it('renders a PDF redline of two versions', async () => {
    const pool = createRenderPool({ size: 1 });
    try {
      const pdf = await pool.renderRedlinePdf({
        title: 'Joint statement',
        from: 'Rev. 1',
        to: 'the current text',
        generatedAt: '2026-12-01T09:00:00.000Z',
        clauses: [
          { change: 'same', text: 'The participants meet.' },
          {
            change: 'changed',
            text: 'x',
            ops: [
              { op: 'equal', text: 'We ' },
              { op: 'insert', text: 'strongly ' },
            ],
          },
        ],
      });
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    } finally {
      await pool.close();
    }
  });
});

describe('export concurrency caps', () => {
  it('refuses past the per-caller and global caps with a Retry-After estimate, and frees slots after', async () => {
    const pool = createRenderPool({ size: 1, workerUrl, timeoutMs: 60_000 });
    const renderer = createExportRenderer(pool, { perCaller: 1, global: 2 });
    try {
      const hung = expect(renderer.render('ana', ...job('x', 'hang'))).rejects.toMatchObject({
        code: 'unavailable',
      });
      const refusal = await renderer.render('ana', ...job('y', 'md')).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(AccordError);
      expect((refusal as AccordError).code).toBe('rate_limited');
      expect((refusal as AccordError).details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
      const ben = expect(renderer.render('ben', ...job('z', 'md'))).rejects.toBeInstanceOf(AccordError);
      await expect(renderer.render('cleo', ...job('w', 'md'))).rejects.toThrow(/busy/);
      expect(renderer.inFlight()).toBe(2);
      expect(renderer.refused()).toBe(2);
      // The admission check refuses the same callers without reserving anything.
      expect(() => renderer.precheck('ana')).toThrow(/per person/);
      expect(() => renderer.precheck('dan')).toThrow(/busy/);
      expect(renderer.inFlight()).toBe(2);
      await pool.close();
      await hung;
      await ben;
      expect(renderer.inFlight()).toBe(0);
      expect(() => renderer.precheck('ana')).not.toThrow();
    } finally {
      await pool.close();
    }
  });
});
