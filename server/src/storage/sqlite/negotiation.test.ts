import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeNegotiationContract } from '../negotiation-contract';
import type { Storage } from '../storage';
import { openSqliteStorage } from './sqlite-storage';

describeNegotiationContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'accord-negotiation-'));
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
