import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from '../storage';
import { openSqliteStorage } from './sqlite-storage';

/** A SQLite backend in a temp directory of its own for a storage contract; `reopen` opens the same file. */
export interface ReopenableSqlite {
  storage: Storage;
  reopen: () => Promise<Storage>;
  cleanup: () => Promise<void>;
}

export async function openReopenableSqlite(label: string): Promise<ReopenableSqlite> {
  const dir = mkdtempSync(join(tmpdir(), `accord-${label}-`));
  let storage: Storage = openSqliteStorage(dir);
  return {
    storage,
    reopen: async () => {
      await storage.close();
      storage = openSqliteStorage(dir);
      return storage;
    },
    cleanup: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
