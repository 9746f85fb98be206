import { describe, expect, it } from 'vitest';
import type { ApprovalRecord } from './approval-state';
import { type AuditEntry, type AuditInput, auditEntryHash, chainEntry } from './audit-chain';
import {
  type AuditRecord,
  approvalsFromChain,
  deriveAuditKey,
  headSeals,
  sealEntry,
  sealHead,
  verifyAuditRecord,
} from './audit-chain-seal';

const H1 = '1'.repeat(64);
const H2 = '2'.repeat(64);
const claire = { sub: 'u-claire', name: 'Claire Martin', delegation: 'FR' };
const pat = { sub: 'u-pat', name: 'Pat Penholder', delegation: 'US' };
const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const KEY = deriveAuditKey('accord-test-secret-0123456789abcdef');
const DOC = 'doc-1';

const inputs: AuditInput[] = [
  { kind: 'document-created', actor: pat, data: { title: 'Joint statement', parties: 'US,FR' } },
  { kind: 'approval', actor: claire, clauseId: 'c1', hash: H1, state: 'objection', party: 'FR', note: 'no' },
  { kind: 'approval', actor: pat, clauseId: 'c1', hash: H1, state: 'approved', party: 'US' },
  { kind: 'approval', actor: pat, clauseId: 'c2', hash: H2, state: 'approved', party: 'US' },
];

/** A log as an adapter writes it: sealed entries, a sealed head, approval rows matching the chain. */
function written(sealWith: Uint8Array | null = KEY, docId = DOC): AuditRecord {
  const key = sealWith ?? undefined;
  const entries: AuditEntry[] = [];
  inputs.forEach((input, i) => {
    entries.push(sealEntry(key, docId, chainEntry(entries.at(-1), input, at(i))));
  });
  return { entries, head: sealHead(key, docId, entries.at(-1)!), approvals: approvalsFromChain(entries) };
}

/** What an attacker without the key can do: recompute every hash after changing an entry. */
function recompute(entries: AuditEntry[]): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (const e of entries) {
    const prevHash = out.at(-1)?.entryHash ?? '0'.repeat(64);
    const next = { ...e, prevHash };
    next.entryHash = auditEntryHash(next);
    out.push(next);
  }
  return out;
}

describe('keyed audit chain', () => {
  it('AP19: the audit key is derived from the secret, never the secret itself, and is stable', () => {
    const key = deriveAuditKey('accord-test-secret-0123456789abcdef');
    expect(key).toEqual(KEY);
    expect(key).toHaveLength(32);
    expect(Buffer.from(key).toString('utf8')).not.toContain('accord-test-secret');
    expect(deriveAuditKey('another secret of at least 32 bytes!!')).not.toEqual(KEY);
    expect(() => deriveAuditKey('')).toThrow(/empty/);
  });

  it('AP19/AP20: an untouched sealed log verifies; an empty log without a head too', () => {
    expect(verifyAuditRecord(DOC, written(), KEY)).toEqual({ ok: true });
    expect(verifyAuditRecord(DOC, { entries: [], head: null, approvals: [] }, KEY)).toEqual({ ok: true });
  });

  it('AP19: a log whose hashes were recomputed after an edit is caught at the edited entry', () => {
    const r = written();
    r.entries[1] = { ...r.entries[1]!, state: 'approved', note: undefined };
    delete r.entries[1].note;
    r.entries = recompute(r.entries);
    r.approvals = approvalsFromChain(r.entries);
    r.head = { ...r.head!, entryHash: r.entries.at(-1)!.entryHash };
    expect(verifyAuditRecord(DOC, r, KEY)).toMatchObject({
      ok: false,
      seq: 2,
      reason: expect.stringContaining('seal'),
    });
  });

  it('AP19: entries written without the key, or sealed for another document, do not verify', () => {
    expect(verifyAuditRecord(DOC, written(null), KEY)).toMatchObject({ ok: false, seq: 1 });
    expect(verifyAuditRecord(DOC, written(KEY, 'doc-2'), KEY)).toMatchObject({ ok: false, seq: 1 });
    expect(
      verifyAuditRecord(DOC, written(), deriveAuditKey('a different secret entirely, 32+ bytes')),
    ).toMatchObject({
      ok: false,
      seq: 1,
    });
  });

  it('AP20: a log cut at its tail is caught against the anchored head', () => {
    const r = written();
    r.entries = r.entries.slice(0, 3);
    r.approvals = approvalsFromChain(r.entries);
    expect(verifyAuditRecord(DOC, r, KEY)).toMatchObject({
      ok: false,
      seq: 4,
      reason: expect.stringContaining('tail'),
    });
  });

  it('AP20: a head moved back with the tail cannot be sealed without the key', () => {
    const r = written();
    r.entries = r.entries.slice(0, 3);
    r.approvals = approvalsFromChain(r.entries);
    r.head = { seq: 3, entryHash: r.entries[2]!.entryHash, mac: r.entries[2]!.mac ?? null };
    expect(verifyAuditRecord(DOC, r, KEY)).toMatchObject({
      ok: false,
      seq: 3,
      reason: expect.stringContaining('head'),
    });
  });

  it('AP20: a missing head, or entries beyond the head, do not verify', () => {
    expect(verifyAuditRecord(DOC, { ...written(), head: null }, KEY)).toMatchObject({ ok: false, seq: 1 });
    const r = written();
    r.head = sealHead(KEY, DOC, r.entries[2]!);
    expect(verifyAuditRecord(DOC, r, KEY)).toMatchObject({ ok: false, seq: 4 });
  });

  it('AP20: a writer appends only onto the entry its sealed head names', () => {
    const r = written();
    const last = r.entries.at(-1)!;
    expect(headSeals(KEY, DOC, r.head, last)).toBe(true);
    expect(headSeals(KEY, DOC, r.head, r.entries[2]!)).toBe(false); // tail cut
    expect(headSeals(KEY, DOC, null, last)).toBe(false); // head deleted
    expect(headSeals(KEY, DOC, { ...r.head!, mac: null }, last)).toBe(false); // unsealed
    expect(headSeals(KEY, 'doc-2', r.head, last)).toBe(false); // another document's
  });

  it('AP18/AP19: reordered entries do not verify', () => {
    const r = written();
    [r.entries[1], r.entries[2]] = [r.entries[2]!, r.entries[1]!];
    expect(verifyAuditRecord(DOC, r, KEY)).toMatchObject({ ok: false, seq: 2 });
  });

  it('AP21: an approval row edited on its own (objection → approved) does not verify', () => {
    const r = written();
    const fr = r.approvals.find((a) => a.party === 'FR')!;
    const { note: _dropped, ...rest } = fr;
    r.approvals = r.approvals.map((a) => (a === fr ? ({ ...rest, state: 'approved' } as ApprovalRecord) : a));
    expect(verifyAuditRecord(DOC, r, KEY)).toMatchObject({
      ok: false,
      seq: 5,
      reason: expect.stringMatching(/FR on clause c1.*state/),
    });
  });

  it('AP21: an approval row added or deleted outside the chain does not verify', () => {
    const added = written();
    added.approvals.push({
      clauseId: 'c2',
      party: 'FR',
      state: 'approved',
      by: 'X',
      sub: 'x',
      at: at(9),
      hash: H2,
    });
    expect(verifyAuditRecord(DOC, added, KEY)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('records none'),
    });
    const deleted = written();
    deleted.approvals = deleted.approvals.filter((a) => a.party !== 'FR');
    expect(verifyAuditRecord(DOC, deleted, KEY)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('missing'),
    });
  });

  it('AP21: the chain records the latest approval per clause and party; a deleted clause takes its approvals', () => {
    const entries: AuditEntry[] = [];
    const push = (input: AuditInput) => entries.push(chainEntry(entries.at(-1), input, at(entries.length)));
    push({ kind: 'approval', actor: claire, clauseId: 'c1', hash: H1, state: 'objection', note: 'no' });
    push({ kind: 'approval', actor: claire, clauseId: 'c1', hash: H1, state: 'approved' });
    push({ kind: 'approval', actor: pat, clauseId: 'c2', hash: H2, state: 'reserve', party: 'US' });
    push({ kind: 'suppression', actor: claire, clauseId: 'c2', hash: H2, note: 'agreed wording' });
    expect(approvalsFromChain(entries)).toEqual([
      {
        clauseId: 'c1',
        party: 'FR',
        state: 'approved',
        by: 'Claire Martin',
        sub: 'u-claire',
        at: at(1),
        hash: H1,
      },
      {
        clauseId: 'c2',
        party: 'US',
        state: 'reserve',
        by: 'Pat Penholder',
        sub: 'u-pat',
        at: at(2),
        hash: H2,
      },
    ]);
    push({ kind: 'clause-deleted', actor: pat, clauseId: 'c1', data: { approvals: 'FR:approved' } });
    expect(approvalsFromChain(entries).map((a) => a.clauseId)).toEqual(['c2']);
  });

  it('AP22: a verified prefix is not hashed again, but everything after it is', () => {
    const r = written();
    expect(verifyAuditRecord(DOC, r, KEY, { verifiedPrefix: 3 })).toEqual({ ok: true });
    r.entries[3] = { ...r.entries[3]!, state: 'reserve' };
    expect(verifyAuditRecord(DOC, r, KEY, { verifiedPrefix: 3 })).toMatchObject({ ok: false, seq: 4 });
    // The prefix is the caller's promise that those entries are unchanged: an edit inside it is
    // only caught by a caller that does not vouch for it.
    const inside = written();
    inside.entries[1] = { ...inside.entries[1]!, note: 'changed' };
    expect(verifyAuditRecord(DOC, inside, KEY)).toMatchObject({ ok: false, seq: 2 });
  });

  it('AP22: a log shorter than the caller verified it before was rolled back', () => {
    const r = written();
    expect(verifyAuditRecord(DOC, r, KEY, { knownLength: 4 })).toEqual({ ok: true });
    const old = written();
    old.entries = old.entries.slice(0, 3);
    old.head = sealHead(KEY, DOC, old.entries[2]!);
    old.approvals = approvalsFromChain(old.entries);
    // Every piece of the older state was sealed once: only the remembered length gives it away.
    expect(verifyAuditRecord(DOC, old, KEY)).toEqual({ ok: true });
    expect(verifyAuditRecord(DOC, old, KEY, { knownLength: 4 })).toMatchObject({
      ok: false,
      seq: 4,
      reason: expect.stringContaining('rolled back'),
    });
  });

  it('AP22: without a key only the unkeyed checks run', () => {
    const r = written(null);
    expect(verifyAuditRecord(DOC, r, undefined)).toEqual({ ok: true });
    r.entries = r.entries.slice(0, 2);
    r.approvals = approvalsFromChain(r.entries);
    expect(verifyAuditRecord(DOC, r, undefined)).toMatchObject({ ok: false, seq: 3 });
  });
});
