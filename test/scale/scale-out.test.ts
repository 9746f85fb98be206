import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, openPostgresStorage, type TestDatabase } from '@accord/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildServer, spawnServer } from '../support/child-server';
import { type Client, connectClient, synced, waitFor } from '../support/clients';
import { subscribeEvents } from '../support/events';
import { startRedis } from '../support/redis-server';
import { startTestServer, type TestServer } from '../support/server';

const adminUrl = process.env.ACCORD_TEST_DATABASE_URL;
const HOW = 'set ACCORD_TEST_DATABASE_URL (source .ci/services.sh) and install redis-server';

const allEqual = (clients: Client[]) =>
  clients.every((c) => c.text.toString() === clients[0]!.text.toString());

if (!adminUrl) {
  if (process.env.CI) {
    it('scale-out tests run in CI', () => {
      throw new Error(`CI is set but ACCORD_TEST_DATABASE_URL is not: ${HOW}`);
    });
  } else {
    console.warn(`Scale-out tests skipped: ${HOW}.`);
    describe.skip('scale-out (skipped: no Postgres)', () => it('runs with Postgres and Redis', () => {}));
  }
} else {
  describe('past one machine: Postgres storage and Redis fan-out', () => {
    let db: TestDatabase;
    let redis: Awaited<ReturnType<typeof startRedis>>;
    const servers: TestServer[] = [];
    const dirs: string[] = [];

    async function instance(opts: { compactThreshold?: number } = {}) {
      const dataDir = mkdtempSync(join(tmpdir(), 'accord-scale-'));
      dirs.push(dataDir);
      const s = await startTestServer({
        dataDir,
        storage: await openPostgresStorage(db.url),
        redisUrl: redis.url,
        ...opts,
      });
      servers.push(s);
      return s;
    }

    beforeAll(async () => {
      db = await createTestDatabase(adminUrl);
      redis = await startRedis();
    });
    afterAll(async () => {
      for (const s of servers) await s.server.close().catch(() => {});
      await redis.stop();
      await db.drop();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    });

    it('clients of three instances converge on one document', async () => {
      const [a, b, c] = [await instance(), await instance(), await instance()];
      const docId = await a.createDoc(['FR', 'DE'], 'x');
      const token = await a.token('FR');
      const clients = [a, b, c, a, b, c].map((s) => connectClient(s.wsUrl, docId, token, 'multi'));
      await Promise.all(clients.map(synced));
      for (const [i, cl] of clients.entries()) cl.text.insert(0, `[${i}]`);
      await waitFor(() => allEqual(clients) && clients[0]!.text.length === 18, {
        what: 'cross-instance convergence',
      });
      for (const cl of clients) cl.destroy();
    });

    it('shows presence of a client on another instance', async () => {
      const [a, b] = [servers[0]!, servers[1]!];
      const docId = await a.createDoc(['FR', 'DE'], 'x');
      const token = await a.token('FR');
      const ca = connectClient(a.wsUrl, docId, token, 'p');
      const cb = connectClient(b.wsUrl, docId, token, 'p');
      await Promise.all([synced(ca), synced(cb)]);
      ca.provider.awareness.setLocalStateField('user', { name: 'Amélie', delegation: 'FR' });
      await waitFor(
        () =>
          [...cb.provider.awareness.getStates().values()].some(
            (s) => (s as { user?: { name: string } }).user?.name === 'Amélie',
          ),
        { what: 'remote presence' },
      );
      ca.destroy();
      cb.destroy();
    });

    it('delivers an approval set through one instance live to a client of another', async () => {
      const [a, b] = [servers[0]!, servers[1]!];
      const docId = await a.createDoc(['FR', 'DE'], 'One clause.');
      const de = await a.token('DE');
      const live = await subscribeEvents(b.url, docId, de);
      await waitFor(() => live.events.length > 0, { what: 'initial state' });
      const [clause] = (await (await a.api(`/api/docs/${docId}/clauses`, { token: de })).json()) as {
        id: string;
        hash: string;
      }[];
      const approved = await a.api(`/api/docs/${docId}/clauses/${clause!.id}/approval`, {
        token: await a.token('FR'),
        body: { state: 'approved', hash: clause!.hash },
      });
      expect(approved.status).toBe(200);
      await waitFor(() => live.events.some((e) => e.clauses[0]?.approvals.FR?.state === 'approved'), {
        what: 'approval on the other instance',
      });
      await live.close();
    });

    it('recovers and converges after Redis restarts mid-session', async () => {
      const [a, b] = [servers[0]!, servers[1]!];
      const docId = await a.createDoc(['FR'], 'x');
      const token = await a.token('FR');
      const ca = connectClient(a.wsUrl, docId, token, 'redis');
      const cb = connectClient(b.wsUrl, docId, token, 'redis');
      await Promise.all([synced(ca), synced(cb)]);
      ca.text.insert(0, 'before ');
      await waitFor(() => cb.text.toString() === 'before ');
      await redis.stop();
      // While Redis is away each instance keeps serving its own clients.
      ca.text.insert(ca.text.length, 'during-a ');
      cb.text.insert(cb.text.length, 'during-b ');
      await new Promise((r) => setTimeout(r, 300));
      redis = await startRedis(redis.port);
      ca.text.insert(ca.text.length, 'after ');
      await waitFor(
        () =>
          allEqual([ca, cb]) &&
          ca.text.toString().includes('during-b') &&
          cb.text.toString().includes('during-a') &&
          cb.text.toString().includes('after'),
        {
          what: 'convergence after the Redis restart',
          timeoutMs: 20_000,
        },
      );
      ca.destroy();
      cb.destroy();
    });

    it('keeps a document correct when two instances compact it at once', async () => {
      const a = await instance({ compactThreshold: 10 });
      const b = await instance({ compactThreshold: 10 });
      const docId = await a.createDoc(['FR'], 'x');
      const token = await a.token('FR');
      const ca = connectClient(a.wsUrl, docId, token, 'compact');
      const cb = connectClient(b.wsUrl, docId, token, 'compact');
      await Promise.all([synced(ca), synced(cb)]);
      for (let i = 0; i < 60; i++) {
        ca.text.insert(ca.text.length, 'a');
        cb.text.insert(0, 'b');
        if (i % 10 === 0) await new Promise((r) => setTimeout(r, 5));
      }
      await waitFor(() => allEqual([ca, cb]) && ca.text.length === 120, { what: 'convergence' });
      const expected = ca.text.toString();
      await Promise.all([a.server.storage.compact(docId), b.server.storage.compact(docId)]);
      ca.destroy();
      cb.destroy();
      const fresh = await instance();
      const cf = connectClient(fresh.wsUrl, docId, token, 'compact');
      await synced(cf);
      await waitFor(() => cf.text.toString() === expected, { what: 'reload after concurrent compaction' });
      cf.destroy();
    });

    it('loses nothing broadcast when an instance is killed mid-edit and its clients move to another', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'accord-scale-kill-'));
      dirs.push(dataDir);
      const env = { DATABASE_URL: db.url, REDIS_URL: redis.url };
      const doomed: ChildServer = await spawnServer(dataDir, env);
      const survivor: ChildServer = await spawnServer(dataDir, env);
      const a = servers[0]!;
      const docId = await a.createDoc(['FR'], 'x');
      const token = await a.token('FR');
      const writer = connectClient(doomed.wsUrl, docId, token, 'kill');
      const watcher = connectClient(survivor.wsUrl, docId, token, 'kill');
      await Promise.all([synced(writer), synced(watcher)]);
      for (let i = 0; i < 200; i++)
        writer.text.insert(writer.text.length, String.fromCharCode(97 + (i % 26)));
      await waitFor(() => watcher.text.length === 200, { what: 'fan-out of the burst' });
      doomed.proc.kill('SIGKILL');
      await doomed.exited;
      // The writer's document reconnects through the surviving instance.
      writer.provider.destroy();
      const moved = connectClient(survivor.wsUrl, docId, token, 'kill');
      await synced(moved);
      await waitFor(() => moved.text.length === 200, { what: 'state on the surviving instance' });
      expect(moved.text.toString()).toBe(watcher.text.toString());
      moved.destroy();
      watcher.destroy();
      writer.doc.destroy();
      survivor.proc.kill('SIGTERM');
      expect(await survivor.exited).toBe(0);
    });
  });
}
