import { describeMembershipContract } from '../membership-contract';
import { onTestPostgres, openReopenablePostgres } from './contract-backend';

onTestPostgres('membership', (admin) =>
  describeMembershipContract('postgres', () => openReopenablePostgres(admin)),
);
