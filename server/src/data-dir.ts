import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The SQLite database file the embedded adapter opens in DATA_DIR (server/src/storage/sqlite). */
const DATABASE_FILE = 'accord.sqlite';
/** Files in DATA_DIR only the server's own user may read: the database (and its WAL/SHM), the key. */
const PRIVATE_FILE = /^(accord\.sqlite(-wal|-shm|-journal)?|auth-secret)$/;

/**
 * Creates DATA_DIR readable by the server's user only (0700; mkdir's mode is masked by the umask,
 * hence the chmod) and tightens what an older version left world-readable: the database files and the auth-secret become 0600. The database file is
 * created 0600 before SQLite opens it, so the WAL and shared-memory files SQLite creates beside it
 * (with the database file's permissions) are 0600 too.
 */
export function secureDataDir(dataDir: string, o: { embeddedDatabase: boolean }): void {
  const created = mkdirSync(dataDir, { recursive: true, mode: 0o700 }) !== undefined;
  // An existing directory is tightened when it is Accord's own (empty, or holding its files): a
  // DATA_DIR pointed by mistake at a shared directory (/tmp, a home) keeps its mode.
  const entries = readdirSync(dataDir);
  if (created || entries.length === 0 || entries.some((name) => PRIVATE_FILE.test(name))) {
    chmodSync(dataDir, 0o700);
  }
  const db = join(dataDir, DATABASE_FILE);
  if (o.embeddedDatabase && !existsSync(db)) closeSync(openSync(db, 'a', 0o600));
  for (const name of readdirSync(dataDir)) {
    if (PRIVATE_FILE.test(name)) chmodSync(join(dataDir, name), 0o600);
  }
}

/** HS256 keys shorter than this are refused at start. */
export const MIN_SECRET_BYTES = 32;

/** Refuses a weak session-token key with a message that says what to do. */
export function assertStrongSecret(secret: string, source: string): void {
  const bytes = Buffer.byteLength(secret, 'utf8');
  if (bytes < MIN_SECRET_BYTES) {
    throw new Error(
      `${source} is ${bytes} bytes long; session tokens need a key of at least ${MIN_SECRET_BYTES} bytes. ` +
        `Set a longer AUTH_SECRET (for example: openssl rand -hex 32), or delete the auth-secret file in ` +
        `DATA_DIR to have a new one generated.`,
    );
  }
}
