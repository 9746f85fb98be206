import { describe, it } from 'vitest';
import { describeLifecycleContract } from '../lifecycle-contract';
import type { Storage } from '../storage';
import { openPostgresStorage } from './postgres-storage';
import { createTestDatabase } from './test-database';

const adminUrl = process.env.ACCORD_TEST_DATABASE_URL;

if (!adminUrl) {
  if (process.env.CI) {
    describe('Postgres lifecycle storage', () => {
      it('runs in CI', () => {
        throw new Error('CI is set but ACCORD_TEST_DATABASE_URL is not; refusing to skip');
      });
    });
  } else {
    console.warn(
      'Postgres lifecycle tests skipped: set ACCORD_TEST_DATABASE_URL (`source .ci/services.sh`).',
    );
    describe.skip('Postgres lifecycle storage: skipped without ACCORD_TEST_DATABASE_URL', () => {
      it('lifecycle contract', () => {});
    });
  }
} else {
  const admin = adminUrl;
  describeLifecycleContract('postgres', async () => {
    const db = await createTestDatabase(admin);
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
  });
}
