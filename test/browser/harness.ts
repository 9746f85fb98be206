import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether client/dist holds React's development build (built under NODE_ENV=test or development). */
function bundlesDevelopmentFile(map: string): boolean {
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources?: string[] };
  return (sources ?? []).some((source) => source.includes('.development.'));
}

function isDevelopmentBuild(assets: string): boolean {
  if (!existsSync(assets)) return false;
  return readdirSync(assets).some(
    (file) =>
      file.startsWith('jsx-dev-runtime') ||
      // A map's `sources` name the bundled files; its `sourcesContent` also holds React's index.js, whose text
      // mentions './cjs/react.development.js' in every build (reading the whole map rebuilt dist on every run).
      (file.endsWith('.js.map') && bundlesDevelopmentFile(join(assets, file))),
  );
}

/** Builds the production client when its sources are newer than client/dist, or dist holds a development build. */
export function buildClientIfStale(): void {
  const index = join(ROOT, 'client', 'dist', 'index.html');
  const sources = Math.max(newestMtime(join(ROOT, 'client')), newestMtime(join(ROOT, 'packages')));
  const production = !isDevelopmentBuild(join(ROOT, 'client', 'dist', 'assets'));
  if (existsSync(index) && statSync(index).mtimeMs >= sources && production) return;
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build (several times slower):
  // browser tests and benches measure the client users get.
  execFileSync('pnpm', ['--filter', '@accord/client', 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

export interface Claims {
  sub: string;
  name: string;
  delegation: string;
  role: 'drafter' | 'penholder' | 'observer';
  exp?: number;
}

/** An HS256 session token in api.md's fixed format. */
export function mintToken(secret: string, claims: Claims): string {
  const enc = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ exp: Math.floor(Date.now() / 1000) + 3600, ...claims })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

export interface RunningAccord {
  url: string;
  port: number;
  secret: string;
  /** The server's DATA_DIR (its SQLite file), for tests that tamper behind its back. */
  dataDir: string;
  demoDocId: string;
  /** Demo invite links printed on stdout, keyed `FR drafter`, `FR observer`, … */
  invites: Map<string, string>;
  token(claims: Claims): string;
  api<T = unknown>(
    token: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  /**
   * The server process goes away (SIGTERM: a graceful shutdown, as a deploy does; SIGKILL: a crash) and
   * comes back on the same port with the same data directory and secret; `whileDown` runs in between.
   */
  restart(options?: { signal?: 'SIGTERM' | 'SIGKILL'; whileDown?: () => Promise<void> }): Promise<void>;
  /** Ends the server; its data directory is removed unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export interface AccordOptions {
  /** A free one is picked when omitted. */
  port?: number;
  /** A fresh directory under tmpdir() when omitted. */
  dataDir?: string;
  /** A random one when omitted. */
  secret?: string;
  /** Whether the server seeds (and prints) the demo document: yes unless false. */
  seedDemo?: boolean;
}

interface ServerProcess {
  child: ChildProcess;
  stdout(): string;
}

/** Spawns server/src/main.ts and waits until /api/health answers (and, when seeding, the demo is printed). */
async function spawnServer(
  port: number,
  dataDir: string,
  secret: string,
  seedDemo: boolean,
): Promise<ServerProcess> {
  // node with tsx as a loader (not the tsx CLI, a wrapper whose child a kill would not reach).
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      AUTH_SECRET: secret,
      LOG_LEVEL: 'warn',
      SEED_DEMO: seedDemo ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
    const demo = /Demo document (\S+):/.exec(stdout);
    if (!seedDemo || (demo?.[1] && /observer/.test(stdout))) {
      const ok = await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${stdout}\n${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, stdout: () => stdout };
}

/** Ends the server process: SIGTERM (a graceful shutdown, SIGKILL after 10 s) or SIGKILL (a crash). */
async function endProcess(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  child.kill(signal);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Starts the real server (server/src/main.ts) on a free port with a fresh data directory (or those given). */
export async function startAccord(options: AccordOptions = {}): Promise<RunningAccord> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'accord-browser-'));
  const secret = options.secret ?? randomBytes(24).toString('hex');
  const seedDemo = options.seedDemo ?? true;
  let server = await spawnServer(port, dataDir, secret, seedDemo);
  const stdout = server.stdout();
  const url = `http://127.0.0.1:${port}`;
  const invites = new Map<string, string>();
  for (const m of stdout.matchAll(/^\s+([A-Z]{2,4}) (\w+)\s+(\S+\/invite#\S+)$/gm))
    invites.set(`${m[1]} ${m[2]}`, m[3]!);

  return {
    url,
    port,
    secret,
    dataDir,
    demoDocId: /Demo document (\S+):/.exec(stdout)?.[1] ?? '',
    invites,
    token: (claims) => mintToken(secret, claims),
    async api<T>(token: string, method: string, path: string, body?: unknown) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // A file download or plain text: keep the text.
      }
      return { status: res.status, body: parsed as T };
    },
    async restart({ signal = 'SIGTERM', whileDown } = {}) {
      await endProcess(server.child, signal);
      await whileDown?.();
      server = await spawnServer(port, dataDir, secret, false);
    },
    async stop({ keepData = false } = {}) {
      await endProcess(server.child, 'SIGTERM');
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Person {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Opens the editor in a fresh browser context (one per simulated person) signed in by `#token=`. */
export async function openEditor(
  browser: Browser,
  accord: RunningAccord,
  docId: string,
  token: string,
): Promise<Person> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${accord.url}/d/${docId}#token=${token}`);
  await page.getByTestId('editor').waitFor();
  await page
    .getByTestId('connection')
    .and(page.locator('[data-state="online"]'))
    .waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="clause-approvals"]').first().waitFor();
  return { context, page, errors };
}
