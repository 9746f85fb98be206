import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeMembershipContract } from '../membership-contract';
import type { Storage } from '../storage';
import { openSqliteStorage } from './sqlite-storage';

describeMembershipContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-membership-'));
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
