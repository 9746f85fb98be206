import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * What an attacker with write access to the database does: turns a party's stored approval record into an
 * approval (its note dropped) behind the server's back, so the audit chain no longer vouches for it.
 */
export function forgeApprovalRow(dataDir: string, docId: string, party: string): void {
  const db = new Database(join(dataDir, 'accord.sqlite'));
  try {
    const row = db
      .prepare('SELECT record FROM approvals WHERE doc_id = ? AND party = ?')
      .get(docId, party) as { record: string };
    const { note: _note, ...record } = JSON.parse(row.record) as Record<string, unknown>;
    db.prepare('UPDATE approvals SET record = ? WHERE doc_id = ? AND party = ?').run(
      JSON.stringify({ ...record, state: 'approved' }),
      docId,
      party,
    );
  } finally {
    db.close();
  }
}
