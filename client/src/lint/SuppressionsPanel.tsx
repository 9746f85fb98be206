import { type DocStateEvent, delegationInfo } from '@accord/protocol';
import { useState } from 'react';
import { formatAt } from '../approvals/ApprovalGutter';
import { policyLabel } from './visible-findings';

type Suppression = DocStateEvent['suppressions'][number];

export interface SuppressionView {
  suppression: Suppression;
  index: number | undefined;
  /** The suppressed words, when the clause still reads as it did. */
  text: string | null;
  /** The clause changed since: the suppression no longer applies and the finding is back. */
  lapsed: boolean;
}

/** Every suppression of the document, with its clause and whether an edit lapsed it (#19). */
export function suppressionViews(state: DocStateEvent | null): SuppressionView[] {
  if (!state) return [];
  const clauses = new Map(state.clauses.map((c) => [c.id, c]));
  return state.suppressions
    .map((suppression) => {
      const clause = clauses.get(suppression.clauseId);
      const lapsed = !clause || clause.hash !== suppression.clauseHash;
      return {
        suppression,
        index: clause?.index,
        text: lapsed || !clause ? null : clause.text.slice(suppression.start, suppression.end),
        lapsed,
      };
    })
    .sort((a, b) => (a.index ?? 1e9) - (b.index ?? 1e9) || a.suppression.start - b.suppression.start);
}

/** "FR's suppression lapsed: §4 changed" — who asked for it, from the `by` field "Name (FR)". */
export function lapseNote(view: SuppressionView): string {
  const code = /\(([A-Z]{2,4})\)\s*$/.exec(view.suppression.by)?.[1];
  const who = code ? `${code}'s` : `${view.suppression.by}'s`;
  return `${who} suppression lapsed: ${view.index === undefined ? 'its clause was removed' : `§${view.index} changed`}`;
}

/** The "Suppressed" view: who suppressed what and why, when, on which text; lapsed ones said so. */
export function SuppressionsPanel({
  state,
  onReveal,
  onUnsuppress,
}: {
  state: DocStateEvent | null;
  onReveal(clauseId: string, start?: number, end?: number): void;
  /** Given to those who may edit: each entry gets an "Un-suppress" button (#19). */
  onUnsuppress?(suppressionId: string): Promise<void>;
}) {
  const views = suppressionViews(state);
  const [removing, setRemoving] = useState<string | null>(null);
  const unsuppress = async (id: string) => {
    if (!onUnsuppress) return;
    setRemoving(id);
    try {
      await onUnsuppress(id);
    } finally {
      setRemoving(null);
    }
  };
  const lapsed = views.filter((v) => v.lapsed);
  return (
    <section className="suppressions" aria-label="Suppressed findings" data-testid="suppressions">
      <h3 className="board-subhead">Suppressed ({views.length - lapsed.length})</h3>
      {lapsed.length > 0 && (
        <ul className="lapse-notes" data-testid="lapse-notes">
          {lapsed.map((v) => (
            <li
              key={`${v.suppression.clauseId}|${v.suppression.ruleId}|${v.suppression.start}|${v.suppression.at}`}
            >
              {lapseNote(v)} — the finding shows again until it is fixed or suppressed anew.
            </li>
          ))}
        </ul>
      )}
      {views.length - lapsed.length === 0 ? (
        <p className="empty">No finding is suppressed on the current text.</p>
      ) : (
        <ul className="suppression-list">
          {views
            .filter((v) => !v.lapsed)
            .map((v) => {
              const s = v.suppression;
              return (
                <li
                  key={`${s.clauseId}|${s.policy}|${s.ruleId}|${s.start}|${s.end}`}
                  className="suppression"
                  data-testid="suppression"
                >
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onReveal(s.clauseId, s.start, s.end)}
                  >
                    §{v.index}
                  </button>{' '}
                  “{v.text}” — {s.ruleId}, {policyLabel(s.policy, (c) => delegationInfo(c).name)}
                  <br />
                  <span className="muted small">
                    Suppressed by {s.by}, {formatAt(s.at)}: “{s.reason}”
                  </span>
                  {onUnsuppress && s.id && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="link-button unsuppress"
                        data-testid="unsuppress"
                        disabled={removing === s.id}
                        onClick={() => void unsuppress(s.id!)}
                      >
                        {removing === s.id ? 'Un-suppressing…' : 'Un-suppress'}
                      </button>
                    </>
                  )}
                </li>
              );
            })}
        </ul>
      )}
    </section>
  );
}
