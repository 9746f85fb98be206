import { describeNegotiationContract } from '../negotiation-contract';
import { openReopenableSqlite } from './contract-backend';

describeNegotiationContract('sqlite', () => openReopenableSqlite('negotiation'));
