/**
 * What the editor shows of a document's lifecycle, from its status and silence (api.md): whether
 * the text is frozen, the banner, and whether an edit must first confirm withdrawing agreement.
 */
export interface LifecycleInput {
  status: string;
  silence?: { deadline: string; by: { delegation: string; name: string } } | null;
}

export function isFrozenView(s: LifecycleInput): boolean {
  return s.status === 'adopted' || !!s.silence;
}

export function statusLabel(s: LifecycleInput): string {
  if (s.status === 'adopted') return 'Adopted';
  if (s.silence) return 'Under silence';
  return s.status === 'agreed' ? 'Agreed' : 'Drafting';
}

/** "Under silence procedure until 1 Dec 2026, 12:00 UTC (called by UK)". */
export function silenceLine(s: LifecycleInput): string | null {
  if (!s.silence) return null;
  const d = new Date(s.silence.deadline);
  const when = Number.isNaN(d.getTime())
    ? s.silence.deadline
    : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `Under silence procedure until ${when} (called by ${s.silence.by.delegation}). Any party may break silence before then; otherwise the text is adopted.`;
}

/** While agreed but not adopted, the first edit of a clause asks first (#17). */
/** Whether an edit now would withdraw agreements (an agreed text not frozen), so the editor asks first. */
export const asksBeforeWithdraw = (s: LifecycleInput): boolean => s.status === 'agreed' && !isFrozenView(s);

export function withdrawQuestion(s: LifecycleInput, clauseNumber: number | undefined): string | null {
  if (!asksBeforeWithdraw(s) || clauseNumber === undefined) return null;
  return `This will withdraw every party's agreement to §${clauseNumber} — continue?`;
}
