import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeIntegrityContract } from '../integrity-contract';
import { openSqliteStorage } from './sqlite-storage';

describeIntegrityContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-sqlite-integrity-'));
  const storage = openSqliteStorage(dir);
  const raw = new Database(join(dir, 'accord.sqlite'));
  return {
    storage,
    execSql: async (statement) => {
      raw.exec(statement);
    },
    cleanup: async () => {
      raw.close();
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
