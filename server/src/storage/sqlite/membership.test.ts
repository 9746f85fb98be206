import { describeMembershipContract } from '../membership-contract';
import { openReopenableSqlite } from './contract-backend';

describeMembershipContract('sqlite', () => openReopenableSqlite('membership'));
