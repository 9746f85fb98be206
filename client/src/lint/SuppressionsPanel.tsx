import type { DocStateEvent } from '@accord/protocol';
import { SuppressionEntry } from './SuppressionEntry';
import { lapseNote, suppressionKey, suppressionViews } from './suppression-views';
import { useUnsuppress } from './use-unsuppress';
import './suppressions.css';

/** The document's "Suppressed" view: who suppressed what and why, when, on which text; lapsed ones said so. */
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
  const { removing, unsuppress } = useUnsuppress(onUnsuppress);
  const lapsed = views.filter((v) => v.lapsed);
  const standing = views.filter((v) => !v.lapsed);
  return (
    <section className="suppressions" aria-label="Suppressed findings" data-testid="suppressions">
      <h3 className="board-subhead">Suppressed ({standing.length})</h3>
      {lapsed.length > 0 && (
        <ul className="lapse-notes" data-testid="lapse-notes">
          {lapsed.map((v) => (
            <li key={suppressionKey(v.suppression)}>
              {lapseNote(v)} — the finding shows again until it is fixed or suppressed anew.
            </li>
          ))}
        </ul>
      )}
      {standing.length === 0 ? (
        <p className="empty">No finding is suppressed on the current text.</p>
      ) : (
        <ul className="suppression-list">
          {standing.map((v) => {
            const s = v.suppression;
            return (
              <SuppressionEntry
                key={suppressionKey(s)}
                view={v}
                where={
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onReveal(s.clauseId, s.start, s.end)}
                  >
                    §{v.index}
                  </button>
                }
                removing={removing === s.id}
                {...(unsuppress ? { onUnsuppress: unsuppress } : {})}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
