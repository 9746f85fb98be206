import { describeStorageContract } from '../storage-contract';
import { openMemoryStorage } from './memory-storage';

describeStorageContract('memory', async () => {
  const storage = openMemoryStorage();
  return { storage, cleanup: () => storage.close() };
});
