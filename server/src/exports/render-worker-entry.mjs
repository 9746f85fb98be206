// Entry of an export renderer thread. The server runs as TypeScript through tsx (`pnpm start`,
// `node --import tsx`, vitest), and a worker thread does not inherit the parent's loader hooks on
// Node 20, so it registers tsx itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');
