import { describeHistoryContract } from '../history-contract';
import { openReopenableSqlite } from './contract-backend';

describeHistoryContract('sqlite', () => openReopenableSqlite('history'));
