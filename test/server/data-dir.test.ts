import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@accord/server';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer } from '../support/child-server';

const mode = (p: string) => statSync(p).mode & 0o777;
const dirs: string[] = [];
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'accord-datadir-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('DATA_DIR and the auth secret are private', () => {
  it('creates DATA_DIR 0700 and the SQLite files and generated auth-secret 0600 (pnpm start)', async () => {
    const dataDir = join(scratch(), 'data');
    const child = await spawnServer(dataDir, { AUTH_SECRET: undefined as unknown as string });
    try {
      // A write, so the WAL exists beside the database.
      const res = await fetch(`${child.url}/api/health`);
      expect(res.status).toBe(200);
      expect(mode(dataDir)).toBe(0o700);
      for (const f of ['accord.sqlite', 'accord.sqlite-wal', 'accord.sqlite-shm', 'auth-secret']) {
        if (f !== 'accord.sqlite' && f !== 'auth-secret' && !existsSync(join(dataDir, f))) continue;
        expect([f, mode(join(dataDir, f))]).toEqual([f, 0o600]);
      }
    } finally {
      child.proc.kill('SIGTERM');
      await child.exited;
    }
  });

  it('tightens a DATA_DIR an older version left world-readable', async () => {
    const dataDir = scratch();
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'auth-secret'), 'a'.repeat(64), { mode: 0o644 });
    const s = await startServer({ port: 0, host: '127.0.0.1', dataDir });
    try {
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(join(dataDir, 'auth-secret'))).toBe(0o600);
      expect(mode(join(dataDir, 'accord.sqlite'))).toBe(0o600);
    } finally {
      await s.close();
    }
  });

  it('leaves the mode of a shared directory it was pointed at by mistake, keeping its own files private', async () => {
    const dataDir = scratch();
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'notes.txt'), 'not Accord');
    const s = await startServer({ port: 0, host: '127.0.0.1', dataDir });
    try {
      expect(mode(dataDir)).toBe(0o755);
      expect(mode(join(dataDir, 'accord.sqlite'))).toBe(0o600);
      expect(mode(join(dataDir, 'auth-secret'))).toBe(0o600);
    } finally {
      await s.close();
    }
  });

  it('refuses a one-character or empty auth-secret file at start, saying why', async () => {
    for (const secret of ['x', '']) {
      const dataDir = scratch();
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(join(dataDir, 'auth-secret'), secret, { mode: 0o600 });
      await expect(startServer({ port: 0, host: '127.0.0.1', dataDir })).rejects.toThrow(/at least 32 bytes/);
    }
  });

  it('refuses a short AUTH_SECRET at start (pnpm start exits with the reason)', async () => {
    const dataDir = scratch();
    await expect(spawnServer(dataDir, { AUTH_SECRET: 'too-short-secret' })).rejects.toThrow(
      /AUTH_SECRET: must be at least 32 bytes/,
    );
  });
});
