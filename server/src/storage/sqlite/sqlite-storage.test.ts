import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeStorageContract } from '../storage-contract';
import { openSqliteStorage } from './sqlite-storage';

describeStorageContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-sqlite-'));
  const storage = openSqliteStorage(dir);
  // A second connection, as another process would open the file: the triggers must stop it too.
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
