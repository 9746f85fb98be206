import { delegationInfo, type PartyApprovalView } from '@accord/protocol';
import type { ChipView } from './chip-state';

/** The notes of objections and reserves, shown beside the clause rather than only on hover (#18). */
export function DecisionNotes({
  chips,
  approvals,
}: {
  chips: ChipView[];
  approvals: Record<string, PartyApprovalView> | undefined;
}) {
  const notes = chips.flatMap((chip) => {
    const view = approvals?.[chip.party];
    if (!view?.note || (chip.kind !== 'objection' && chip.kind !== 'reserve')) return [];
    return [{ party: chip.party, kind: chip.kind, note: view.note }];
  });
  if (notes.length === 0) return null;
  return (
    <ul className="decision-notes" data-testid="decision-notes">
      {notes.map((n) => (
        <li key={n.party} className={`decision-note decision-note-${n.kind}`}>
          <strong title={delegationInfo(n.party).name}>{n.party}</strong>{' '}
          {n.kind === 'objection' ? 'objects' : 'reserves'}: “{n.note}”
        </li>
      ))}
    </ul>
  );
}
