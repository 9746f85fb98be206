import { describeSuppressionRemovalContract } from '../suppression-removal-contract';
import { onTestPostgres, openReopenablePostgres } from './contract-backend';

onTestPostgres('suppression removal', (admin) =>
  describeSuppressionRemovalContract('postgres', () => openReopenablePostgres(admin)),
);
