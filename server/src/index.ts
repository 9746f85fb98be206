export { startServer } from './server';
export type { RunningServer, ServerOptions } from './server';
export { CLOSE, HTTP_STATUS, AccordError } from './errors';
export { seedDemo, demoInviteLinks, DEMO_PARTIES, DEMO_TEXT, DEMO_DOC_TITLE } from './demo';
export { openSqliteStorage } from './storage/sqlite/sqlite-storage';
export type { Storage } from './storage/storage';
export { openPostgresStorage } from './storage/postgres/postgres-storage';
export { createTestDatabase } from './storage/postgres/test-database';
export type { TestDatabase } from './storage/postgres/test-database';
