import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@accord/server';
import { TEST_SECRET } from '../support/server';
import { serveIpc } from './child-ipc';

// Accord as configured in production: durable SQLite (WAL) in a fresh data directory.
const dataDir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, authSecret: TEST_SECRET });

serveIpc(server.port, {
  'content-bytes': () => [...server.hub.documentBytes().values()].reduce((a, b) => a + b, 0),
});

const stop = async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('disconnect', () => void stop());
