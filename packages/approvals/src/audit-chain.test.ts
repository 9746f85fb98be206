import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  type AuditInput,
  auditEntryHash,
  chainEntry,
  GENESIS_HASH,
  verifyChain,
} from './audit-chain';

const H1 = '1'.repeat(64);
const claire = { sub: 'u-claire', name: 'Claire Martin', delegation: 'FR' };
const pat = { sub: 'u-pat', name: 'Pat Penholder', delegation: 'US' };
const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

const inputs: AuditInput[] = [
  { kind: 'document-created', actor: pat, data: { title: 'Joint statement', parties: 'US,FR' } },
  { kind: 'approval', actor: claire, clauseId: 'c1', hash: H1, state: 'objection', note: 'no attribution' },
  { kind: 'party-added', actor: pat, party: 'EU' },
  {
    kind: 'suppression',
    actor: claire,
    clauseId: 'c1',
    hash: H1,
    note: 'agreed wording',
    data: { ruleId: 'FR-1' },
  },
  { kind: 'approval', actor: pat, clauseId: 'c1', hash: H1, state: 'approved' },
];

function buildLog(): AuditEntry[] {
  const log: AuditEntry[] = [];
  inputs.forEach((input, i) => {
    log.push(chainEntry(log.at(-1), input, at(i)));
  });
  return log;
}

describe('chainEntry', () => {
  it('AP16: the first entry has seq 1 and the genesis hash as its predecessor', () => {
    const first = chainEntry(undefined, inputs[0]!, at(0));
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, at: at(0), kind: 'document-created' });
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });

  it('AP16: each entry counts on from the previous one and carries its hash', () => {
    const log = buildLog();
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < log.length; i++) expect(log[i]!.prevHash).toBe(log[i - 1]!.entryHash);
    expect(new Set(log.map((e) => e.entryHash)).size).toBe(log.length);
  });

  it('AP16: entryHash is the SHA-256 of the canonical JSON of the other fields', () => {
    const entry = chainEntry(
      undefined,
      { kind: 'approval', actor: claire, clauseId: 'c1', hash: H1, state: 'approved' },
      '2025-03-01T10:00:00.000Z',
    );
    // Computed independently with node:crypto over the sorted-key JSON.
    expect(entry.entryHash).toBe('62e76394a3612aec529b11086e35ad9d9a46215e931e5f90735b621f81e549c3');
  });

  it('AP15: records who, delegation, when, clause, hash, state and note', () => {
    const entry = buildLog()[1]!;
    expect(entry).toEqual({
      kind: 'approval',
      actor: claire,
      clauseId: 'c1',
      hash: H1,
      state: 'objection',
      note: 'no attribution',
      seq: 2,
      at: at(1),
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      entryHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('AP16: stores and hashes only the fields of the entry shape', () => {
    const fullActor = { ...claire, role: 'drafter' };
    const withExtras = { kind: 'party-added', actor: fullActor, party: 'EU', docId: 'd1' } as AuditInput;
    const entry = chainEntry(undefined, withExtras, at(0));
    expect(entry).not.toHaveProperty('docId');
    expect(entry.actor).toEqual(claire);
    expect(entry.entryHash).toBe(
      chainEntry(undefined, { kind: 'party-added', actor: claire, party: 'EU' }, at(0)).entryHash,
    );
  });

  it('AP17: leaves absent fields out instead of storing them as undefined', () => {
    const entry = chainEntry(undefined, { kind: 'party-added', actor: pat, party: 'EU' }, at(0));
    expect(Object.keys(entry).sort()).toEqual([
      'actor',
      'at',
      'entryHash',
      'kind',
      'party',
      'prevHash',
      'seq',
    ]);
  });
});

describe('verifyChain', () => {
  it('AP18: accepts an untouched log and an empty one', () => {
    expect(verifyChain(buildLog())).toEqual({ ok: true });
    expect(verifyChain([])).toEqual({ ok: true });
  });

  it('AP17: a log read back with keys in another order and nulls for absent fields still verifies', () => {
    const rows = buildLog().map((entry) => {
      const row = { clauseId: null, hash: null, state: null, note: null, party: null, data: null, ...entry };
      return Object.fromEntries(Object.entries(row).reverse()) as unknown as AuditEntry;
    });
    expect(verifyChain(rows)).toEqual({ ok: true });
  });

  it('AP18: detects a changed note', () => {
    const log = buildLog();
    log[1] = { ...log[1]!, note: 'no objection' };
    expect(verifyChain(log)).toMatchObject({
      ok: false,
      seq: 2,
      reason: expect.stringContaining('entryHash'),
    });
  });

  it('AP18: detects a changed state, actor or time', () => {
    const changes: Array<(e: AuditEntry) => AuditEntry> = [
      (e) => ({ ...e, state: 'approved' }),
      (e) => ({ ...e, actor: { ...e.actor, delegation: 'US' } }),
      (e) => ({ ...e, at: at(59) }),
    ];
    for (const change of changes) {
      const log = buildLog();
      log[1] = change(log[1]!);
      expect(verifyChain(log)).toMatchObject({ ok: false, seq: 2 });
    }
  });

  it('AP18: detects a deleted middle entry', () => {
    const log = buildLog();
    log.splice(2, 1);
    expect(verifyChain(log)).toMatchObject({ ok: false, seq: 3 });
  });

  it('AP18: detects a deleted middle entry even when the later seqs are renumbered', () => {
    const log = buildLog();
    log.splice(2, 1);
    const renumbered = log.map((e, i) => ({ ...e, seq: i + 1 }));
    expect(verifyChain(renumbered)).toMatchObject({ ok: false, seq: 3 });
  });

  it('AP18: detects reordered entries', () => {
    const log = buildLog();
    [log[2], log[3]] = [log[3]!, log[2]!];
    expect(verifyChain(log)).toMatchObject({ ok: false, seq: 3, reason: expect.stringContaining('seq') });
  });

  it('AP18: detects an inserted entry', () => {
    const log = buildLog();
    const forged = chainEntry(log[1], { kind: 'party-removed', actor: pat, party: 'FR' }, at(30));
    log.splice(2, 0, forged);
    expect(verifyChain(log)).toMatchObject({ ok: false, seq: 4 });
  });

  it('AP18: detects a replaced hash pair that does not match the content', () => {
    const log = buildLog();
    const forged = { ...log[1]!, note: 'changed' };
    forged.entryHash = auditEntryHash(forged);
    log[1] = forged;
    expect(verifyChain(log)).toMatchObject({
      ok: false,
      seq: 3,
      reason: expect.stringContaining('prevHash'),
    });
  });

  it('AP18: reports a malformed row instead of throwing', () => {
    const log = buildLog();
    log[0] = { ...log[0]!, kind: 'rewrite' } as unknown as AuditEntry;
    expect(verifyChain(log)).toMatchObject({
      ok: false,
      seq: 1,
      reason: expect.stringContaining('malformed'),
    });
  });

  it('AP18: a truncated end is caught against an anchor kept elsewhere', () => {
    const log = buildLog();
    const anchor = { seq: 5, entryHash: log[4]!.entryHash };
    expect(verifyChain(log, { anchor })).toEqual({ ok: true });
    expect(verifyChain(log.slice(0, 3))).toEqual({ ok: true });
    expect(verifyChain(log.slice(0, 3), { anchor })).toMatchObject({ ok: false, seq: 4 });
  });

  it('AP18: an anchor older than the head still verifies a log that grew since', () => {
    const log = buildLog();
    expect(verifyChain(log, { anchor: { seq: 2, entryHash: log[1]!.entryHash } })).toEqual({ ok: true });
    expect(verifyChain(log, { anchor: { seq: 2, entryHash: log[2]!.entryHash } })).toMatchObject({
      ok: false,
      seq: 2,
    });
  });
});
