import { z } from 'zod';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  // HS256 keys are at least 32 bytes (the file in DATA_DIR is checked at start too).
  AUTH_SECRET: z
    .string()
    .refine((s) => Buffer.byteLength(s, 'utf8') >= 32, {
      message: 'must be at least 32 bytes long (for example: openssl rand -hex 32)',
    })
    .optional(),
  REDIS_URL: z.string().url().optional(),
  DATABASE_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  PUBLIC_URL: z.string().optional(),
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  /** Presented as a Bearer token, /metrics includes series labelled with document ids. */
  METRICS_TOKEN: z.string().min(1).optional(),
  /** WebSocket ping interval (ms); a socket that has not answered the previous ping is closed. */
  PING_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
});

export type Env = z.infer<typeof configSchema>;

/** Reads the environment once at the edge; everything below receives plain values. */
export function readEnv(env: NodeJS.ProcessEnv): Env {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
