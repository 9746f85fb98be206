export { DEMO_DOC_TITLE, DEMO_PARTIES, DEMO_TEXT, demoInviteLinks, seedDemo } from './demo';
export { AccordError, CLOSE, HTTP_STATUS } from './errors';
export type { RunningServer, ServerOptions } from './server';
export { startServer } from './server';
export { openPostgresStorage } from './storage/postgres/postgres-storage';
export type { TestDatabase } from './storage/postgres/test-database';
export { createTestDatabase } from './storage/postgres/test-database';
export { openSqliteStorage } from './storage/sqlite/sqlite-storage';
export type { Storage } from './storage/storage';
