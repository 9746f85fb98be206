import { describe, expect, it } from 'vitest';
import {
  concludeSilence,
  decideAdopt,
  decideBreakSilence,
  decideReopen,
  decideSilence,
  isFrozen,
  type Lifecycle,
  lifecycleStatus,
  OPEN_LIFECYCLE,
  SILENCE_NOTE,
  silenceApprovals,
  silenceDue,
} from './adoption';
import type { ApprovalRecord } from './approval-state';
import type { Actor } from './permissions';

const pen: Actor = { sub: 'p', name: 'Pen Holder', delegation: 'FR', role: 'penholder' };
const drafter: Actor = { sub: 'd', name: 'Dee Drafter', delegation: 'DE', role: 'drafter' };
const observer: Actor = { sub: 'o', name: 'Obs', delegation: 'DE', role: 'observer' };
const now = new Date('2026-12-01T10:00:00Z');
const later = '2026-12-01T12:00:00.000Z';

function silenced(): Lifecycle {
  const d = decideSilence({
    actor: pen,
    lifecycle: OPEN_LIFECYCLE,
    deadline: later,
    now,
    objections: 0,
    brackets: 0,
  });
  if (!d.ok) throw new Error(d.message);
  return d.next;
}

describe('adoption', () => {
  it('AD1/AD2: adopted and silenced texts are frozen; status says adopted only once adopted', () => {
    expect(isFrozen(OPEN_LIFECYCLE)).toBe(false);
    expect(isFrozen(silenced())).toBe(true);
    expect(lifecycleStatus('agreed', OPEN_LIFECYCLE)).toBe('agreed');
    expect(lifecycleStatus('agreed', silenced())).toBe('agreed');
    expect(lifecycleStatus('agreed', { phase: 'adopted', version: 1 })).toBe('adopted');
  });

  it('AD3: the penholder adopts an agreed text once; anyone else, or a drafting text, is refused', () => {
    const ok = decideAdopt({
      actor: pen,
      lifecycle: OPEN_LIFECYCLE,
      status: 'agreed',
      at: now.toISOString(),
    });
    expect(ok).toMatchObject({
      ok: true,
      next: { phase: 'adopted', version: 1, adoptedBy: { delegation: 'FR' } },
    });
    expect(
      decideAdopt({ actor: drafter, lifecycle: OPEN_LIFECYCLE, status: 'agreed', at: '' }),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect(decideAdopt({ actor: pen, lifecycle: OPEN_LIFECYCLE, status: 'drafting', at: '' })).toMatchObject({
      code: 'not_agreed',
    });
    if (!ok.ok) throw new Error();
    expect(decideAdopt({ actor: pen, lifecycle: ok.next, status: 'agreed', at: '' })).toMatchObject({
      code: 'conflict',
    });
  });

  it('AD4: the penholder reopens an adopted text with a reason', () => {
    const adopted: Lifecycle = { phase: 'adopted', version: 3 };
    expect(decideReopen({ actor: pen, lifecycle: adopted, reason: 'capital asks for a change' })).toEqual({
      ok: true,
      next: { phase: 'open', version: 4 },
    });
    expect(decideReopen({ actor: pen, lifecycle: adopted, reason: '  ' })).toMatchObject({
      code: 'invalid_request',
    });
    expect(decideReopen({ actor: drafter, lifecycle: adopted, reason: 'x' })).toMatchObject({
      code: 'forbidden',
    });
    expect(decideReopen({ actor: pen, lifecycle: OPEN_LIFECYCLE, reason: 'x' })).toMatchObject({
      code: 'conflict',
    });
  });
});

describe('silence procedure', () => {
  it('SL1: the penholder sets a future deadline; past or malformed deadlines and standing objections are refused', () => {
    expect(silenced()).toMatchObject({
      phase: 'silence',
      silence: { deadline: later, by: { delegation: 'FR' } },
    });
    const base = { actor: pen, lifecycle: OPEN_LIFECYCLE, now, objections: 0, brackets: 0 };
    expect(decideSilence({ ...base, deadline: '2026-12-01T09:00:00Z' })).toMatchObject({
      code: 'invalid_request',
    });
    expect(decideSilence({ ...base, deadline: 'tomorrow' })).toMatchObject({ code: 'invalid_request' });
    expect(decideSilence({ ...base, deadline: later, objections: 1 })).toMatchObject({ code: 'conflict' });
    expect(decideSilence({ ...base, deadline: later, actor: drafter })).toMatchObject({ code: 'forbidden' });
  });

  it('SL2: any party breaks silence with a note before the deadline; not after, not an observer', () => {
    const l = silenced();
    const base = { parties: ['FR', 'DE'], lifecycle: l, now };
    expect(decideBreakSilence({ ...base, actor: drafter, note: 'we need one more day' })).toMatchObject({
      ok: true,
      next: { phase: 'open' },
    });
    expect(decideBreakSilence({ ...base, actor: drafter, note: '' })).toMatchObject({
      code: 'invalid_request',
    });
    expect(decideBreakSilence({ ...base, actor: observer, note: 'x' })).toMatchObject({ code: 'forbidden' });
    expect(decideBreakSilence({ ...base, actor: { ...drafter, delegation: 'US' }, note: 'x' })).toMatchObject(
      {
        code: 'not_a_party',
      },
    );
    expect(
      decideBreakSilence({ ...base, actor: drafter, note: 'x', now: new Date('2026-12-01T12:00:00Z') }),
    ).toMatchObject({ code: 'conflict' });
  });

  it('SL3: due at the deadline; concluding adopts the text under silence procedure', () => {
    const l = silenced();
    expect(silenceDue(l, new Date('2026-12-01T11:59:59Z'))).toBe(false);
    expect(silenceDue(l, new Date(later))).toBe(true);
    expect(concludeSilence(l, '2026-12-01T11:00:00Z')).toMatchObject({ ok: false });
    expect(concludeSilence(l, later)).toMatchObject({
      ok: true,
      next: { phase: 'adopted', version: l.version + 1, underSilence: { deadline: later } },
    });
  });

  it('SL4: pending, stale and reserved decisions become approved under silence; approvals stay as they are', () => {
    const rec = (
      clauseId: string,
      party: string,
      state: ApprovalRecord['state'],
      hash: string,
    ): ApprovalRecord => ({
      clauseId,
      party,
      state,
      hash,
      by: 'x',
      sub: 'x',
      at: '2026-11-30T00:00:00Z',
    });
    const h1 = '1'.repeat(64);
    const h2 = '2'.repeat(64);
    const out = silenceApprovals({
      parties: ['FR', 'DE', 'IT'],
      clauses: [
        { id: 'a', hash: h1, bracketed: false },
        { id: 'b', hash: h2, bracketed: false },
      ],
      approvals: [
        rec('a', 'FR', 'approved', h1),
        rec('a', 'DE', 'reserve', h1),
        rec('b', 'FR', 'approved', h1),
      ],
      at: later,
    });
    expect(out.map((r) => `${r.clauseId}:${r.party}`)).toEqual(['a:DE', 'a:IT', 'b:FR', 'b:DE', 'b:IT']);
    expect(out.every((r) => r.state === 'approved' && r.note === SILENCE_NOTE && r.at === later)).toBe(true);
    expect(out.find((r) => r.clauseId === 'b')?.hash).toBe(h2);
  });

  it('SL5: an objection recorded during silence reopens the text at the deadline instead of adopting it', () => {
    expect(concludeSilence(silenced(), later, 1)).toMatchObject({ ok: true, next: { phase: 'open' } });
  });
});
