import { describeSuppressionRemovalContract } from '../suppression-removal-contract';
import { openMemoryStorage } from './memory-storage';

describeSuppressionRemovalContract('memory', async () => {
  const storage = openMemoryStorage();
  return { storage, cleanup: () => storage.close() };
});
