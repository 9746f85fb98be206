import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { readEnv } from './config';
import { demoInviteLinks, seedDemo } from './demo';
import { startServer } from './server';

const env = readEnv(process.env);
const log = pino({ level: env.LOG_LEVEL, base: { service: 'accord' } });
const here = dirname(fileURLToPath(import.meta.url));

async function main() {
  const storage = env.DATABASE_URL
    ? await (await import('./storage/postgres/postgres-storage')).openPostgresStorage(env.DATABASE_URL)
    : undefined;
  const server = await startServer({
    port: env.PORT,
    host: env.HOST,
    // `pnpm start` runs this in server/; a relative DATA_DIR means relative to where it was typed.
    dataDir: resolve(process.env.INIT_CWD ?? process.cwd(), env.DATA_DIR),
    authSecret: env.AUTH_SECRET,
    storage,
    redisUrl: env.REDIS_URL,
    maxMessageBytes: env.MAX_MESSAGE_BYTES,
    clientDir: join(here, '..', '..', 'client', 'dist'),
    publicUrl: env.PUBLIC_URL,
    metricsToken: env.METRICS_TOKEN,
    heartbeatMs: env.PING_INTERVAL_MS,
    log,
  });
  if (env.SEED_DEMO === '1') {
    const docId = await seedDemo(server);
    const base = env.PUBLIC_URL ?? server.url;
    const links = await demoInviteLinks(server, docId, base);
    const lines = links.map((l) => `  ${l.delegation} ${l.role.padEnd(9)} ${l.url}`);
    process.stdout.write(
      `\nAccord is running at ${base}\nDemo document ${docId}: open two of these invite links in two browser windows:\n${lines.join('\n')}\n\n`,
    );
  }

  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((err) => {
  log.fatal({ err }, 'accord failed to start');
  process.exit(1);
});
