import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { APPROVAL_STATES, type ApprovalState } from './approval-state';
import { canonicalJson } from './canonical-json';

export const AUDIT_KINDS = [
  'approval',
  'party-added',
  'party-removed',
  'clause-deleted',
  'suppression',
  'document-created',
  'export-final',
  'invite-created',
  'invite-revoked',
  'member-joined',
  'version-created',
  'export',
  'adopted',
  'reopened',
  'silence-started',
  'silence-broken',
  'silence-concluded',
  'document-updated',
  'comment-resolved',
  'comment-reopened',
  'amendment-proposed',
  'amendment-accepted',
  'amendment-rejected',
  'amendment-withdrawn',
  'amendment-superseded',
  'suppression-removed',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export type AuditData = Record<string, string | number | boolean | null>;

export interface AuditInput {
  kind: AuditKind;
  actor: { sub: string; name: string; delegation: string };
  clauseId?: string;
  hash?: string;
  state?: ApprovalState;
  note?: string;
  party?: string;
  data?: AuditData;
}

export interface AuditEntry extends AuditInput {
  /** Position in the log, from 1 without gaps. */
  seq: number;
  at: string;
  /** `entryHash` of the previous entry, or GENESIS_HASH for the first. */
  prevHash: string;
  /** SHA-256 hex of the canonical JSON of every other field (`mac` excepted). */
  entryHash: string;
  /**
   * The server's seal over this entry (AP19): HMAC-SHA256 under the audit key of the document id,
   * `seq` and `entryHash`. Not part of `entryHash`; absent on entries written without a key.
   */
  mac?: string;
}

export const GENESIS_HASH = '0'.repeat(64);

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

// Storage may return a missing column as null; null and absent must hash alike.
function absentWhenNull<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined);
}

/** Shape of a stored entry, for checking rows read back from storage. */
export const auditEntrySchema = z.object({
  kind: z.enum(AUDIT_KINDS),
  actor: z.object({ sub: z.string(), name: z.string(), delegation: z.string() }),
  clauseId: absentWhenNull(z.string()),
  hash: absentWhenNull(z.string()),
  state: absentWhenNull(z.enum(APPROVAL_STATES)),
  note: absentWhenNull(z.string()),
  party: absentWhenNull(z.string()),
  data: absentWhenNull(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  seq: z.number().int().positive(),
  at: z.string(),
  prevHash: hex64,
  entryHash: hex64,
  mac: absentWhenNull(hex64),
}) satisfies z.ZodType<AuditEntry>;

type UnhashedEntry = Omit<AuditEntry, 'entryHash' | 'mac'>;

/**
 * Builds the hashed content from named fields only, so extra properties (a full Actor with its
 * role, a storage row's document id) neither change the hash nor end up in the log.
 */
function hashedContent(entry: UnhashedEntry) {
  return {
    kind: entry.kind,
    actor: { sub: entry.actor.sub, name: entry.actor.name, delegation: entry.actor.delegation },
    clauseId: entry.clauseId ?? undefined,
    hash: entry.hash ?? undefined,
    state: entry.state ?? undefined,
    note: entry.note ?? undefined,
    party: entry.party ?? undefined,
    data: entry.data ?? undefined,
    seq: entry.seq,
    at: entry.at,
    prevHash: entry.prevHash,
  };
}

/** The `entryHash` an entry must carry. */
export function auditEntryHash(entry: UnhashedEntry): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(hashedContent(entry)))));
}

/** The entry that follows `prev` (or starts the log) recording `input` at time `at`. */
export function chainEntry(prev: AuditEntry | undefined, input: AuditInput, at: string): AuditEntry {
  const content = hashedContent({
    ...input,
    seq: prev ? prev.seq + 1 : 1,
    at,
    prevHash: prev ? prev.entryHash : GENESIS_HASH,
  });
  const entry: AuditEntry = { ...content, entryHash: auditEntryHash(content) };
  // Absent fields stay absent rather than present-and-undefined, so entries compare and store cleanly.
  for (const key of ['clauseId', 'hash', 'state', 'note', 'party', 'data'] as const) {
    if (entry[key] === undefined) delete entry[key];
  }
  return entry;
}

export type ChainVerdict = { ok: true } | { ok: false; seq: number; reason: string };

/**
 * Checks a whole log, first entry first: consecutive `seq` from 1, each `prevHash` naming the
 * previous entry and each `entryHash` matching its content. `seq` in a failure is the position of
 * the first entry that cannot be trusted. A log cut short at its end still verifies on its own;
 * an `anchor` (a seq and entryHash the caller kept elsewhere, e.g. the head it last served) must
 * still be in the log.
 */
export function verifyChain(
  entries: readonly AuditEntry[],
  options: {
    anchor?: { seq: number; entryHash: string };
    /**
     * How many leading entries the caller already verified, byte for byte the same as now: they are
     * not parsed and hashed again; checking resumes at the next one, chained onto the last of them.
     */
    verifiedPrefix?: number;
  } = {},
): ChainVerdict {
  const skip = Math.min(Math.max(0, options.verifiedPrefix ?? 0), entries.length);
  let prevHash = skip > 0 ? entries[skip - 1]!.entryHash : GENESIS_HASH;
  for (let position = skip; position < entries.length; position++) {
    const raw = entries[position];
    const expectedSeq = position + 1;
    const parsed = auditEntrySchema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, seq: expectedSeq, reason: `malformed entry: ${z.prettifyError(parsed.error)}` };
    }
    const entry = parsed.data;
    if (entry.seq !== expectedSeq) {
      return { ok: false, seq: expectedSeq, reason: `expected seq ${expectedSeq}, found ${entry.seq}` };
    }
    if (entry.prevHash !== prevHash) {
      return { ok: false, seq: expectedSeq, reason: 'prevHash does not match the previous entry' };
    }
    if (auditEntryHash(entry) !== entry.entryHash) {
      return { ok: false, seq: expectedSeq, reason: 'entryHash does not match the entry content' };
    }
    prevHash = entry.entryHash;
  }
  const { anchor } = options;
  if (anchor && entries[anchor.seq - 1]?.entryHash !== anchor.entryHash) {
    return {
      ok: false,
      seq: Math.min(entries.length + 1, anchor.seq),
      reason: `entry ${anchor.seq} is missing or differs from the anchor recorded for it`,
    };
  }
  return { ok: true };
}
