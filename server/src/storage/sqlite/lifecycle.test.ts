import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeLifecycleContract } from '../lifecycle-contract';
import type { Storage } from '../storage';
import { openSqliteStorage } from './sqlite-storage';

describeLifecycleContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-lifecycle-'));
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
});
