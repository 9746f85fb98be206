import { describeNegotiationContract } from '../negotiation-contract';
import { onTestPostgres, openReopenablePostgres } from './contract-backend';

onTestPostgres('negotiation', (admin) =>
  describeNegotiationContract('postgres', () => openReopenablePostgres(admin)),
);
