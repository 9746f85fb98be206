import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenClaims } from '@accord/protocol';
import { openMemoryStorage, type RunningServer, type ServerOptions, startServer } from '@accord/server';
import { mintToken, TEST_SECRET } from './server';

export interface TestApp {
  server: RunningServer;
  token(delegation: string, role?: TokenClaims['role'], extra?: Partial<TokenClaims>): Promise<string>;
  /** One REST call through `app.request()`: no port, no socket. */
  api(path: string, init?: { method?: string; token?: string; body?: unknown }): Promise<Response>;
  createDoc(parties: string[], text: string, title?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The whole server wired as in production — services, events, the one error map — over memory
 * storage, answering through Hono's `app.request()`. For the REST surface; sync keeps real sockets.
 */
export async function createTestApp(opts: Partial<ServerOptions> = {}): Promise<TestApp> {
  // The auth secret is given, so nothing is written here; the server still wants a directory.
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-app-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    listen: false,
    authSecret: TEST_SECRET,
    storage: openMemoryStorage(),
    publicUrl: 'http://accord.test',
    restRateLimit: { requestsPerSecond: 10_000, burst: 10_000 },
    ...opts,
    dataDir,
  });
  const t: TestApp = {
    server,
    token: (delegation, role = 'drafter', extra = {}) =>
      mintToken({ sub: `${delegation}-${role}`, name: `${delegation} ${role}`, delegation, role, ...extra }),
    async api(path, init = {}) {
      return server.app.request(`http://accord.test${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: {
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    },
    async createDoc(parties, text, title = 'Test statement') {
      const penholder = await t.token(parties[0]!, 'penholder');
      const res = await t.api('/api/docs', { token: penholder, body: { title, parties, text } });
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}
