import pg from 'pg';
import { describe, it } from 'vitest';
import { describeIntegrityContract } from '../integrity-contract';
import { openPostgresStorage } from './postgres-storage';
import { createTestDatabase } from './test-database';

const adminUrl = process.env.ACCORD_TEST_DATABASE_URL;
const HOW_TO_RUN = 'set ACCORD_TEST_DATABASE_URL (e.g. `source .ci/services.sh`)';

if (!adminUrl) {
  if (process.env.CI) {
    describe('Postgres storage integrity', () => {
      it('runs in CI', () => {
        throw new Error(`CI is set but ACCORD_TEST_DATABASE_URL is not: ${HOW_TO_RUN}; refusing to skip`);
      });
    });
  } else {
    console.warn(`Postgres integrity tests skipped: ${HOW_TO_RUN} to run them.`);
    describe.skip(`Postgres storage integrity: skipped, ${HOW_TO_RUN} to run it`, () => {
      it('integrity contract', () => {});
    });
  }
} else {
  const admin = adminUrl;
  describeIntegrityContract('postgres', async () => {
    const db = await createTestDatabase(admin);
    const storage = await openPostgresStorage(db.url).catch(async (err) => {
      await db.drop();
      throw err;
    });
    return {
      storage,
      execSql: async (statement) => {
        const c = new pg.Client({ connectionString: db.url });
        await c.connect();
        try {
          await c.query(statement);
        } finally {
          await c.end();
        }
      },
      cleanup: async () => {
        await storage.close();
        await db.drop();
      },
    };
  });
}
