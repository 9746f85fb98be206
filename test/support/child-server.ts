import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { TEST_SECRET } from './server';

const root = join(import.meta.dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as import('node:net').AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface ChildServer {
  url: string;
  wsUrl: string;
  port: number;
  proc: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `pnpm start`'s server entry as a real child process (for SIGKILL/SIGTERM tests). */
export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  port?: number,
): Promise<ChildServer> {
  const p = port ?? (await freePort());
  // node itself, with tsx as a loader: the tsx CLI would be a wrapper process, and a SIGKILL sent to
  // a wrapper leaves the real server running.
  const proc = spawn(process.execPath, ['--import', 'tsx', join(root, 'server', 'src', 'main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(p),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      AUTH_SECRET: TEST_SECRET,
      LOG_LEVEL: 'warn',
      SEED_DEMO: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += d;
  });
  proc.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${p}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`server did not become healthy:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, wsUrl: `ws://127.0.0.1:${p}/ws`, port: p, proc, output: () => out, exited };
}
