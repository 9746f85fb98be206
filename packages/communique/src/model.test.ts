import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { buildCommunique } from './model';
import { draftInput, finalInput } from './sample-input';

const plain = (c: ReturnType<typeof buildCommunique>, n: number) =>
  c.paragraphs[n - 1]?.runs.map((r) => r.text).join('') ?? '';

describe('buildCommunique', () => {
  it('CQ2: header carries the title, an "Issued by" line naming every party, and place with date', () => {
    const c = buildCommunique(finalInput());
    expect(c.header.title).toBe('Joint Statement on Łódź–Zürich Cooperation');
    expect(c.header.issuedBy).toBe(
      'Issued by Rzeczpospolita Polska, Schweizerische Eidgenossenschaft and 中华人民共和国',
    );
    expect(c.header.placeAndDate).toBe('Zürich, 25 November 2026');
  });

  it('CQ2: paragraphs follow clause index order and are numbered from 1', () => {
    const c = buildCommunique(finalInput());
    expect(c.paragraphs.map((p) => [p.number, p.clauseId])).toEqual([
      [1, 'c1'],
      [2, 'c2'],
      [3, 'c3'],
    ]);
    expect(plain(c, 1)).toBe('The parties reaffirm their commitment to peaceful dialogue.');
  });

  it('CQ2: every party appears as a signatory, in party order', () => {
    const c = buildCommunique(finalInput());
    expect(c.signatories.parties.map((s) => s.line)).toEqual([
      'For Rzeczpospolita Polska',
      'For Schweizerische Eidgenossenschaft',
      'For 中华人民共和国',
    ]);
    expect(c.signatories.closing).toBe('Done at Zürich on 25 November 2026.');
  });

  it('CQ3: metadata holds the title and a creation date fixed to the communiqué date', () => {
    const c = buildCommunique(finalInput());
    expect(c.meta.title).toBe('Joint Statement on Łódź–Zürich Cooperation');
    expect(c.meta.creationDate).toBe('2026-11-25T00:00:00.000Z');
  });

  it('CQ4: in a draft, a clause every party approved on its current text, without brackets, is agreed and unwrapped', () => {
    const c = buildCommunique(draftInput());
    expect(c.paragraphs[0]?.agreed).toBe(true);
    expect(c.paragraphs[0]?.note).toBeNull();
    expect(plain(c, 1)).not.toContain('[');
  });

  it('CQ4/CQ5: a stale approval counts as pending; objections carry their note', () => {
    const c = buildCommunique(draftInput());
    const p = c.paragraphs[1]!;
    expect(p.agreed).toBe(false);
    expect(plain(c, 2)).toBe('[Minister Воронин and the delegation from 北京 welcomed the talks in Łódź.]');
    expect(p.note).toBe('Pending: CN (approval stale); objection: CH (too vague)');
  });

  it('CQ5: a party with no recorded state is pending; reserves and bracketing delegations are named', () => {
    const c = buildCommunique(draftInput());
    expect(c.paragraphs[2]?.note).toBe('Pending: CH, CN; reserve: PL; brackets: CH, PL');
  });

  it('CQ6: bracketed spans become their own runs, tagged with the delegation', () => {
    const c = buildCommunique(draftInput());
    const runs = c.paragraphs[2]!.runs;
    expect(runs.filter((r) => r.kind === 'bracket')).toEqual([
      { kind: 'bracket', text: '[deepen]', delegations: ['CH'] },
      { kind: 'bracket', text: '[energy security]', delegations: ['PL'] },
    ]);
    expect(runs[0]).toEqual({ kind: 'wrap', text: '[' });
    expect(runs.at(-1)).toEqual({ kind: 'wrap', text: ']' });
  });

  it('CQ6: a clause agreed by all but still holding a bracket is not agreed', () => {
    const input = finalInput();
    const clause = input.clauses[0]!;
    input.mode = 'draft';
    input.clauses = [
      { ...clause, text: 'Keep [this] text', brackets: [{ start: 5, end: 11, delegation: 'PL' }] },
    ];
    const c = buildCommunique(input);
    expect(c.paragraphs[0]?.agreed).toBe(false);
    expect(c.paragraphs[0]?.note).toBe('Brackets: PL');
  });

  it('CQ7: drafts carry the DRAFT watermark and the TLP label in page header and footer', () => {
    const c = buildCommunique(draftInput());
    expect(c.marking.watermark).toBe('DRAFT');
    expect(c.pageHeader).toBe('TLP:AMBER+STRICT · DRAFT');
    expect(c.pageFooter).toContain('TLP:AMBER+STRICT');
    expect(c.annex).toBeNull();
  });

  it('CQ8: a final communiqué has no brackets or notes and an annex with every clause hash and approval', () => {
    const c = buildCommunique(finalInput());
    expect(c.paragraphs.every((p) => p.note === null && p.runs.every((r) => r.kind === 'text'))).toBe(true);
    expect(c.annex?.entries.map((e) => e.hash)).toEqual(['a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64)]);
    expect(c.annex?.entries[1]?.approvals[2]).toEqual({
      party: 'CN',
      partyName: '中华人民共和国',
      state: 'approved',
      stale: false,
      by: '王伟',
      at: '2026-11-24 16:45 UTC',
      note: '',
    });
  });

  it('CQ10: the final footer and the annex carry the fingerprint of the whole text', () => {
    const c = buildCommunique(finalInput());
    expect(c.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(c.annex?.fingerprintLine).toBe(`Fingerprint (SHA-256): ${c.fingerprint}`);
    expect(c.pageFooter).toBe(`TLP:CLEAR · Fingerprint (SHA-256): ${c.fingerprint}`);
  });

  it('CQ14: malformed input is rejected with a ZodError', () => {
    const bad = finalInput();
    bad.clauses[0]!.brackets = [{ start: 0, end: 999, delegation: 'PL' }];
    expect(() => buildCommunique(bad)).toThrow(ZodError);
    expect(() => buildCommunique({ ...finalInput(), date: '25/11/2026' })).toThrow(ZodError);
    expect(() => buildCommunique({ ...finalInput(), parties: [] })).toThrow(ZodError);
  });
});
