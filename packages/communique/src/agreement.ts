import type { CommuniqueClauseInput, CommuniqueParty } from './input';

export interface ClauseStanding {
  agreed: boolean;
  /** e.g. "Pending: FR, DE (approval stale); reserve: US; objection: UK (too strong); brackets: FR". Null when agreed. */
  note: string | null;
}

/**
 * A clause is agreed when every party's approval is `approved` on the current text (not stale)
 * and no bracket remains. A party without an approval, or with a stale one, is pending.
 */
export function clauseStanding(
  clause: CommuniqueClauseInput,
  parties: readonly CommuniqueParty[],
): ClauseStanding {
  const pending: string[] = [];
  const reserve: string[] = [];
  const objection: string[] = [];
  for (const party of parties) {
    const approval = clause.approvals.find((a) => a.party === party.code);
    if (!approval || approval.state === 'pending') pending.push(party.code);
    else if (approval.stale) pending.push(`${party.code} (approval stale)`);
    else if (approval.state === 'reserve') reserve.push(withNote(party.code, approval.note));
    else if (approval.state === 'objection') objection.push(withNote(party.code, approval.note));
  }
  const bracketing = [...new Set(clause.brackets.map((b) => b.delegation).filter((d) => d !== ''))];
  const agreed =
    pending.length === 0 && reserve.length === 0 && objection.length === 0 && clause.brackets.length === 0;
  if (agreed) return { agreed, note: null };
  const parts: string[] = [];
  if (pending.length > 0) parts.push(`pending: ${pending.join(', ')}`);
  if (reserve.length > 0) parts.push(`reserve: ${reserve.join(', ')}`);
  if (objection.length > 0) parts.push(`objection: ${objection.join(', ')}`);
  if (clause.brackets.length > 0) {
    parts.push(bracketing.length > 0 ? `brackets: ${bracketing.join(', ')}` : 'brackets in text');
  }
  const note = parts.join('; ');
  return { agreed, note: note.charAt(0).toUpperCase() + note.slice(1) };
}

function withNote(code: string, note: string | undefined): string {
  const trimmed = note?.trim();
  return trimmed ? `${code} (${trimmed})` : code;
}
