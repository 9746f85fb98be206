import type { Pool } from 'pg';
import { HISTORY_MIGRATION_SQL } from './history';
import { INTEGRITY_MIGRATION_SQL } from './integrity';
import { LIFECYCLE_MIGRATION_SQL } from './lifecycle';
import { MEMBERSHIP_MIGRATION_SQL } from './membership';
import { NEGOTIATION_MIGRATION_SQL } from './negotiation';

export interface Migration {
  /** Applied in ascending order; never renumber or edit one that has shipped, add a new one. */
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  parties JSONB NOT NULL,
  tlp TEXT NOT NULL,
  place TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE TABLE doc_updates (
  seq BIGSERIAL PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  data BYTEA NOT NULL
);
CREATE INDEX doc_updates_doc ON doc_updates (doc_id, seq);
CREATE TABLE doc_snapshots (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id),
  data BYTEA NOT NULL,
  upto_seq BIGINT NOT NULL
);
CREATE TABLE approvals (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  clause_id TEXT NOT NULL,
  party TEXT NOT NULL,
  record JSONB NOT NULL,
  PRIMARY KEY (doc_id, clause_id, party)
);
CREATE TABLE suppressions (
  id BIGSERIAL PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  record JSONB NOT NULL
);
CREATE INDEX suppressions_doc ON suppressions (doc_id, id);
-- entry is TEXT, not JSONB: the hash-chained entry is kept exactly as it was written.
CREATE TABLE audit_log (
  doc_id TEXT NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (doc_id, seq)
);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
-- Row triggers do not fire on TRUNCATE, so it gets its own statement trigger.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TABLE exports (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  format TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  bytes BYTEA NOT NULL
);
CREATE INDEX exports_doc ON exports (doc_id, created_at, id);
`,
  },
  { version: 2, name: 'invites and members', sql: MEMBERSHIP_MIGRATION_SQL },
  { version: 3, name: 'audit heads and update quarantine', sql: INTEGRITY_MIGRATION_SQL },
  { version: 4, name: 'clause revisions and versions', sql: HISTORY_MIGRATION_SQL },
  { version: 5, name: 'document lifecycle (adoption, silence procedure)', sql: LIFECYCLE_MIGRATION_SQL },
  { version: 6, name: 'comments and amendments', sql: NEGOTIATION_MIGRATION_SQL },
];

/**
 * An arbitrary constant that names "Accord schema migrations" among advisory locks. Every
 * instance takes it before looking at schema_migrations, so instances started together migrate
 * one after the other and the later ones find nothing left to do.
 */
const MIGRATION_LOCK_KEY = 7_315_020_411;

/** Applies the migrations not yet recorded in schema_migrations, each in its own transaction. */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    // Session-level lock: it must outlive the per-migration transactions below.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
      );
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const done = new Set(rows.map((r) => r.version));
      const applied: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            m.version,
            m.name,
          ]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${m.version} (${m.name}) failed`, { cause: err });
        }
        applied.push(m.version);
      }
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } catch (err) {
    broken = err as Error;
    throw err;
  } finally {
    // A client that failed mid-protocol may still hold the lock or an open transaction: destroy it.
    client.release(broken);
  }
}
