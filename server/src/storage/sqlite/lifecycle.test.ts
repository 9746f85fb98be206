import { describeLifecycleContract } from '../lifecycle-contract';
import { openReopenableSqlite } from './contract-backend';

describeLifecycleContract('sqlite', () => openReopenableSqlite('lifecycle'));
