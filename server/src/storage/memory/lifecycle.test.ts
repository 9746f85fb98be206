import { describeLifecycleContract } from '../lifecycle-contract';
import { openMemoryStorage } from './memory-storage';

// Memory keeps nothing past the process: "reopening" hands back the same, still open instance.
describeLifecycleContract('memory', async () => {
  const storage = openMemoryStorage();
  return { storage, reopen: async () => storage, cleanup: () => storage.close() };
});
