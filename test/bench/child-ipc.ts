/** The child side of a bench server process: answers the parent's measurement requests over IPC. */

export interface ProcessUsage {
  /** CPU seconds (user + system) since the process started. */
  cpuSeconds: number;
  /** Peak resident set size so far, bytes. */
  maxRssBytes: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** ArrayBuffers and other memory outside the V8 heap. */
  externalBytes: number;
}

export type Command = 'usage' | 'gc-usage' | 'content-bytes';

export interface Request {
  id: number;
  cmd: Command;
}

export type Reply = { id: number; result: unknown } | { id: number; error: string };

export function usage(): ProcessUsage {
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  return {
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    rssBytes: mem.rss,
    heapUsedBytes: mem.heapUsed,
    externalBytes: mem.external,
  };
}

/** Full collection first (the child runs with --expose-gc), so heap figures are live data only. */
export async function usageAfterGc(): Promise<ProcessUsage> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the bench server child needs --expose-gc');
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
  }
  return usage();
}

export function serveIpc(port: number, handlers: Partial<Record<Command, () => unknown>>): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('run this file through test/bench/server-process.ts (needs an IPC channel)');
  const all: Record<Command, () => unknown> = {
    usage,
    'gc-usage': usageAfterGc,
    'content-bytes': () => 0,
    ...handlers,
  };
  process.on('message', async (m: Request) => {
    try {
      send({ id: m.id, result: await all[m.cmd]() } satisfies Reply);
    } catch (e) {
      send({ id: m.id, error: (e as Error).message } satisfies Reply);
    }
  });
  // Parent gone (crash or Ctrl-C): don't linger as an orphan holding a port.
  process.on('disconnect', () => process.exit(0));
  send({ ready: { port } });
}
