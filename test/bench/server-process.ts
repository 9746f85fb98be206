import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { Command, ProcessUsage, Reply } from './child-ipc';
import { withTimeout } from './protocol-client';

export type ServerKind = 'accord' | 'reference';

/** A server under test in its own process, so the bench's client load stays out of its figures. */
export interface BenchServer {
  kind: ServerKind;
  port: number;
  pid: number;
  usage(): Promise<ProcessUsage>;
  /** Usage after a full GC in the server process. */
  gcUsage(): Promise<ProcessUsage>;
  /** Encoded size of every loaded document, bytes. */
  contentBytes(): Promise<number>;
  stop(): Promise<void>;
}

const entry: Record<ServerKind, string> = {
  accord: join(import.meta.dirname, 'serve-accord.ts'),
  reference: join(import.meta.dirname, 'serve-reference.ts'),
};

export async function spawnBenchServer(kind: ServerKind): Promise<BenchServer> {
  const child: ChildProcess = fork(entry[kind], [], {
    // BENCH_CPU_PROF_DIR: write a V8 CPU profile of the server process there when it stops.
    execArgv: [
      '--import',
      'tsx',
      '--expose-gc',
      ...(process.env.BENCH_CPU_PROF_DIR
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
        : []),
    ],
    // The reference persists whenever YPERSISTENCE is set at all, even empty: keep it in memory.
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'YPERSISTENCE')),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await withTimeout(
    new Promise<number>((resolve, reject) => {
      child.on('message', (m: Reply | { ready: { port: number } }) => {
        if ('ready' in m) return resolve(m.ready.port);
        const w = waiting.get(m.id);
        waiting.delete(m.id);
        if ('error' in m) w?.reject(new Error(m.error));
        else w?.resolve(m.result);
      });
      child.once('exit', (code) => reject(new Error(`${kind} server exited early (${code})`)));
    }),
    30_000,
    `${kind} server start`,
  );
  const request = <T>(cmd: Command): Promise<T> =>
    withTimeout(
      new Promise<T>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, cmd });
      }),
      30_000,
      `${kind} ${cmd}`,
    );
  return {
    kind,
    port,
    pid: child.pid!,
    usage: () => request<ProcessUsage>('usage'),
    gcUsage: () => request<ProcessUsage>('gc-usage'),
    contentBytes: () => request<number>('content-bytes'),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await withTimeout(exited, 10_000, `${kind} server stop`).catch(() => child.kill('SIGKILL'));
    },
  };
}
