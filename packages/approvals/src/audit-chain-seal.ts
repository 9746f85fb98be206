import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ApprovalRecord } from './approval-state';
import { type AuditEntry, type ChainVerdict, verifyChain } from './audit-chain';

/**
 * Keyed audit chain (AP19–AP22). The key never sits in the database: the server derives it from
 * its secret and passes it in. With it, every entry carries a seal (`mac`) and the log's head (its
 * length and last `entryHash`) is kept apart from the log, sealed too, so a rewritten, recomputed,
 * reordered or shortened log no longer verifies.
 */

/** Domain label of the audit key: the secret also signs session tokens, so it is never used as is. */
export const AUDIT_KEY_LABEL = 'accord/audit-chain/v1';

/** The audit key: HMAC-SHA256(secret, AUDIT_KEY_LABEL) (AP19). */
export function deriveAuditKey(secret: string | Uint8Array): Uint8Array {
  const raw = typeof secret === 'string' ? utf8ToBytes(secret) : secret;
  if (raw.length === 0) throw new TypeError('deriveAuditKey: the secret is empty');
  return hmac(sha256, raw, utf8ToBytes(AUDIT_KEY_LABEL));
}

/** The anchored head of a document's log: its length, its last entry's hash and their seal. */
export interface AuditHead {
  seq: number;
  entryHash: string;
  /** HMAC of the document id, seq and entryHash under the audit key; null when written without a key. */
  mac: string | null;
}

/** What storage reads in one consistent snapshot for verification. */
export interface AuditRecord {
  entries: AuditEntry[];
  head: AuditHead | null;
  /** The approval rows as stored (one per clause and party). */
  approvals: ApprovalRecord[];
}

// A keyed HMAC state per key, cloned per tag: the key's pads are computed once, not per entry.
const keyed = new WeakMap<Uint8Array, ReturnType<typeof hmac.create>>();
const tag = (key: Uint8Array, text: string) => {
  let base = keyed.get(key);
  if (!base) {
    base = hmac.create(sha256, key);
    keyed.set(key, base);
  }
  return bytesToHex(base.clone().update(utf8ToBytes(text)).digest());
};

// Entry and head seals use distinct prefixes: an entry's seal can never pass for a head's.
const entryMac = (key: Uint8Array, docId: string, seq: number, entryHash: string) =>
  tag(key, `accord-audit-entry\n${docId}\n${seq}\n${entryHash}`);
const headMac = (key: Uint8Array, docId: string, seq: number, entryHash: string) =>
  tag(key, `accord-audit-head\n${docId}\n${seq}\n${entryHash}`);

/** `entry` with its seal (AP19); unchanged without a key. */
export function sealEntry(key: Uint8Array | undefined, docId: string, entry: AuditEntry): AuditEntry {
  if (!key) return entry;
  return { ...entry, mac: entryMac(key, docId, entry.seq, entry.entryHash) };
}

/** The head to anchor once `last` has been appended (AP20). */
export function sealHead(key: Uint8Array | undefined, docId: string, last: AuditEntry): AuditHead {
  return {
    seq: last.seq,
    entryHash: last.entryHash,
    mac: key ? headMac(key, docId, last.seq, last.entryHash) : null,
  };
}

/**
 * Whether `head` is the sealed head of a log whose last entry is `last` (AP20): what a writer
 * checks before appending, so a log cut or rewritten at its end is never sealed over.
 */
export function headSeals(key: Uint8Array, docId: string, head: AuditHead | null, last: AuditEntry): boolean {
  return (
    head !== null &&
    head.seq === last.seq &&
    head.entryHash === last.entryHash &&
    head.mac === headMac(key, docId, head.seq, head.entryHash)
  );
}

/**
 * The approval an entry records, if it records one: an entry with a clause, a hash and a state
 * (`approval` entries, and any later kind that sets a party's state). The party is `party`, else
 * the actor's delegation.
 */
export function approvalOfEntry(entry: AuditEntry): ApprovalRecord | undefined {
  if (entry.clauseId == null || entry.state == null || entry.hash == null) return undefined;
  const record: ApprovalRecord = {
    clauseId: entry.clauseId,
    party: entry.party ?? entry.actor.delegation,
    state: entry.state,
    by: entry.actor.name,
    sub: entry.actor.sub,
    at: entry.at,
    hash: entry.hash,
  };
  if (entry.note != null) record.note = entry.note;
  return record;
}

const key2 = (clauseId: string, party: string) => `${clauseId}\u0000${party}`;

/**
 * Replays the log into the approvals it records (AP21): the latest approval per clause and party;
 * a `clause-deleted` entry removes every approval of its clause. Ordered by clause, then party.
 */
export function approvalsFromChain(entries: readonly AuditEntry[]): ApprovalRecord[] {
  const current = new Map<string, ApprovalRecord>();
  for (const entry of entries) {
    if (entry.kind === 'clause-deleted' && entry.clauseId != null) {
      for (const [k, a] of current) if (a.clauseId === entry.clauseId) current.delete(k);
      continue;
    }
    const a = approvalOfEntry(entry);
    if (a) current.set(key2(a.clauseId, a.party), a);
  }
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...current.values()].sort((x, y) => cmp(x.clauseId, y.clauseId) || cmp(x.party, y.party));
}

const FIELDS = ['state', 'hash', 'note', 'by', 'sub', 'at'] as const;

/** Why a stored approval row differs from the entry meant to record it, or undefined if it does not. */
export function approvalMismatch(
  row: ApprovalRecord,
  recorded: ApprovalRecord | undefined,
): string | undefined {
  const who = `approval of ${row.party} on clause ${row.clauseId}`;
  if (!recorded) return `${who} is stored but the audit chain records none`;
  for (const f of FIELDS) {
    if ((row[f] ?? undefined) !== (recorded[f] ?? undefined)) {
      return `${who}: stored ${f} ${JSON.stringify(row[f] ?? null)}, the audit chain records ${JSON.stringify(recorded[f] ?? null)}`;
    }
  }
  return undefined;
}

/**
 * Verifies a document's log against its key, its anchored head and its approval rows (AP19–AP22).
 * Without a key only the unkeyed checks run (AP16–AP18, head position). The failure's `seq` is the
 * first entry that cannot be trusted; for a cut tail it is the first missing entry, and for an
 * approval row that disagrees with a sound chain it is one past the last entry.
 */
export function verifyAuditRecord(
  docId: string,
  record: AuditRecord,
  key: Uint8Array | undefined,
  options: { verifiedPrefix?: number; knownLength?: number } = {},
): ChainVerdict {
  const { entries, head } = record;
  // A log never shrinks: shorter than the caller saw it verified means it was rolled back.
  if (options.knownLength !== undefined && entries.length < options.knownLength) {
    return {
      ok: false,
      seq: entries.length + 1,
      reason: `the log was rolled back: ${options.knownLength} entries verified earlier, ${entries.length} now`,
    };
  }
  // Entries the caller verified before (unchanged byte for byte) are neither hashed nor unsealed again.
  const skip = Math.min(Math.max(0, options.verifiedPrefix ?? 0), entries.length);
  const chain = verifyChain(entries, { verifiedPrefix: skip });
  if (!chain.ok) return chain;
  if (key) {
    for (const e of entries.slice(skip)) {
      if (!e.mac) return { ok: false, seq: e.seq, reason: 'entry carries no seal of this server' };
      if (e.mac !== entryMac(key, docId, e.seq, e.entryHash)) {
        return { ok: false, seq: e.seq, reason: 'entry seal does not match: the entry was rewritten' };
      }
    }
  }
  const length = entries.length;
  if (!head) {
    if (length > 0) return { ok: false, seq: 1, reason: 'the log has no anchored head' };
  } else {
    if (key && head.mac !== headMac(key, docId, head.seq, head.entryHash)) {
      return {
        ok: false,
        seq: Math.min(head.seq, length + 1),
        reason: 'the anchored head is not sealed by this server',
      };
    }
    if (head.seq > length) {
      return {
        ok: false,
        seq: length + 1,
        reason: `the log was cut at its tail: the anchored head is entry ${head.seq}, the log ends at ${length}`,
      };
    }
    if (entries[head.seq - 1]?.entryHash !== head.entryHash) {
      return { ok: false, seq: head.seq, reason: `entry ${head.seq} differs from the anchored head` };
    }
    if (head.seq < length) {
      return {
        ok: false,
        seq: head.seq + 1,
        reason: `entries after the anchored head (${head.seq}) were added outside Accord`,
      };
    }
  }
  const recorded = new Map(approvalsFromChain(entries).map((a) => [key2(a.clauseId, a.party), a]));
  const seen = new Set<string>();
  for (const row of record.approvals) {
    const k = key2(row.clauseId, row.party);
    seen.add(k);
    const why = approvalMismatch(row, recorded.get(k));
    if (why) return { ok: false, seq: length + 1, reason: why };
  }
  for (const [k, a] of recorded) {
    if (!seen.has(k)) {
      return {
        ok: false,
        seq: length + 1,
        reason: `approval of ${a.party} on clause ${a.clauseId} is in the audit chain but its stored row is missing`,
      };
    }
  }
  return { ok: true };
}
