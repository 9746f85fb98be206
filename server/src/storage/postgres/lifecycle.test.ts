import { describeLifecycleContract } from '../lifecycle-contract';
import { onTestPostgres, openReopenablePostgres } from './contract-backend';

onTestPostgres('lifecycle', (admin) =>
  describeLifecycleContract('postgres', () => openReopenablePostgres(admin)),
);
