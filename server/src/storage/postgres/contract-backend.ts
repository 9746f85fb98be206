import { describe, it } from 'vitest';
import type { Storage } from '../storage';
import { openPostgresStorage } from './postgres-storage';
import { createTestDatabase } from './test-database';

/** A Postgres backend in a database of its own for a storage contract; `reopen` opens the same data. */
export interface ReopenablePostgres {
  storage: Storage;
  reopen: () => Promise<Storage>;
  cleanup: () => Promise<void>;
}

/**
 * Runs `suite` when ACCORD_TEST_DATABASE_URL names a Postgres server (`source .ci/services.sh`);
 * skips it with a warning otherwise, except in CI, where a missing database fails.
 */
export function onTestPostgres(what: string, suite: (adminUrl: string) => void): void {
  const adminUrl = process.env.ACCORD_TEST_DATABASE_URL;
  if (adminUrl) {
    suite(adminUrl);
    return;
  }
  if (process.env.CI) {
    describe(`Postgres ${what} storage`, () => {
      it('runs in CI', () => {
        throw new Error('CI is set but ACCORD_TEST_DATABASE_URL is not; refusing to skip');
      });
    });
    return;
  }
  console.warn(`Postgres ${what} tests skipped: set ACCORD_TEST_DATABASE_URL (\`source .ci/services.sh\`).`);
  describe.skip(`Postgres ${what} storage: skipped without ACCORD_TEST_DATABASE_URL`, () => {
    it(`${what} contract`, () => {});
  });
}

/** Opens Postgres storage on a fresh database next to `adminUrl`; cleanup drops it. */
export async function openReopenablePostgres(adminUrl: string): Promise<ReopenablePostgres> {
  const db = await createTestDatabase(adminUrl);
  let storage: Storage = await openPostgresStorage(db.url);
  return {
    storage,
    reopen: async () => {
      await storage.close();
      storage = await openPostgresStorage(db.url);
      return storage;
    },
    cleanup: async () => {
      await storage.close();
      await db.drop();
    },
  };
}
