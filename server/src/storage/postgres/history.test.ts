import { describeHistoryContract } from '../history-contract';
import { onTestPostgres, openReopenablePostgres } from './contract-backend';

onTestPostgres('history', (admin) =>
  describeHistoryContract('postgres', () => openReopenablePostgres(admin)),
);
