import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenClaims } from '@accord/protocol';
import { type RunningServer, type ServerOptions, startServer } from '@accord/server';
import { sign } from 'hono/jwt';

export const TEST_SECRET = 'accord-test-secret-0123456789abcdef';

export interface TestServer {
  server: RunningServer;
  url: string;
  wsUrl: string;
  dataDir: string;
  token(
    delegation: string,
    role?: TokenClaims['role'],
    extra?: Partial<TokenClaims> & { exp?: number },
  ): Promise<string>;
  api(path: string, init?: { method?: string; token?: string; body?: unknown }): Promise<Response>;
  createDoc(parties: string[], text: string, title?: string): Promise<string>;
  /** Stops the server; keeps the data directory unless `wipe` (for restart tests). */
  stop(wipe?: boolean): Promise<void>;
}

export function mintToken(claims: TokenClaims & { exp?: number }, secret = TEST_SECRET): Promise<string> {
  return sign({ exp: Math.floor(Date.now() / 1000) + 3600, ...claims }, secret, 'HS256');
}

/** A real server on port 0 with real SQLite in a temp dir. */
export async function startTestServer(
  opts: Partial<ServerOptions> & { dataDir?: string } = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'accord-test-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', authSecret: TEST_SECRET, ...opts, dataDir });
  const url = server.url;
  const t: TestServer = {
    server,
    url,
    wsUrl: `${url.replace('http', 'ws')}/ws`,
    dataDir,
    token: (delegation, role = 'drafter', extra = {}) =>
      mintToken({ sub: `${delegation}-${role}`, name: `${delegation} ${role}`, delegation, role, ...extra }),
    async api(path, init = {}) {
      return fetch(`${url}${path}`, {
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
    async stop(wipe = true) {
      await server.close();
      if (wipe) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}
