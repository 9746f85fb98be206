import { describeIntegrityContract } from '../integrity-contract';
import { openMemoryStorage } from './memory-storage';

describeIntegrityContract('memory', async () => {
  const storage = openMemoryStorage();
  return { storage, cleanup: () => storage.close() };
});
