import { describeSuppressionRemovalContract } from '../suppression-removal-contract';
import { openReopenableSqlite } from './contract-backend';

describeSuppressionRemovalContract('sqlite', () => openReopenableSqlite('suppression-removal'));
