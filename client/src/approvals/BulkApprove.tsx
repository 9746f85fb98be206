import type { DocStateEvent } from '@accord/protocol';
import { memo, useMemo, useState } from 'react';
import { useStatementMirror } from '../editor/statement-mirror';
import type { MappedClause } from '../lint/clause-text-map';
import { friendlyError } from '../ui/friendly-error';
import { clausesById } from './clauses-by-id';

/** My clauses still to decide: pending or stale for my delegation, not bracketed, not objected. */
export function remainingForMe(
  state: DocStateEvent | null,
  clauses: readonly MappedClause[],
  myDelegation: string,
  only?: ReadonlySet<string>,
): MappedClause[] {
  if (!state?.parties.includes(myDelegation)) return [];
  const live = clausesById(state.clauses);
  return clauses.filter((clause) => {
    if (only && !only.has(clause.id)) return false;
    const view = live.get(clause.id);
    if (!view || clause.brackets.length > 0) return false;
    const mine = view.approvals[myDelegation];
    return !mine || mine.stale || mine.state === 'pending';
  });
}

/**
 * "Approve all my remaining clauses as they stand" (#19), after a confirmation that lists them;
 * with `only`, the clauses selected on the status board. Each approval binds the text shown now.
 * The outline is enough for `clauses` (which remain is decided by ids, brackets and decisions): the
 * confirmation reads the texts it lists itself, so typing does not re-check every clause (#18).
 */
export const BulkApprove = memo(function BulkApprove({
  state,
  clauses,
  myDelegation,
  only,
  label = 'Approve all my remaining…',
  onDecide,
  onDone,
}: {
  state: DocStateEvent | null;
  clauses: readonly MappedClause[];
  myDelegation: string;
  only?: ReadonlySet<string>;
  label?: string;
  onDecide(clause: MappedClause, state: 'approved'): Promise<void>;
  onDone(message: string): void;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const remaining = useMemo(
    () => remainingForMe(state, clauses, myDelegation, only),
    [state, clauses, myDelegation, only],
  );

  const confirm = async () => {
    setBusy(true);
    const failed: string[] = [];
    for (const clause of remaining) {
      try {
        await onDecide(clause, 'approved');
      } catch (err) {
        failed.push(`§${clause.index}: ${friendlyError(err)}`);
      }
    }
    setBusy(false);
    setOpen(false);
    const done = remaining.length - failed.length;
    onDone(
      `${myDelegation} approved ${done} clause${done === 1 ? '' : 's'} as they stand.` +
        (failed.length ? ` Not approved — ${failed.join('; ')}` : ''),
    );
  };

  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        disabled={remaining.length === 0}
        title={remaining.length === 0 ? 'Nothing awaits your decision' : undefined}
        onClick={() => setOpen(true)}
        data-testid="bulk-approve"
      >
        {label} ({remaining.length})
      </button>
      {open && (
        <div className="modal-backdrop">
          <div
            className="modal"
            role="dialog"
            aria-modal="true"
            aria-labelledby="bulk-approve-title"
            data-testid="bulk-confirm"
          >
            <h2 id="bulk-approve-title">
              Approve {remaining.length} clause{remaining.length === 1 ? '' : 's'} for {myDelegation} as they
              stand?
            </h2>
            <p className="muted small">
              Each approval binds the text shown below; a later edit makes it stale.
            </p>
            <BulkList remaining={remaining} />
            <div className="decide">
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy || remaining.length === 0}
                onClick={() => void confirm()}
                data-testid="bulk-confirm-yes"
              >
                {busy ? 'Approving…' : `Approve ${remaining.length}`}
              </button>{' '}
              <button type="button" className="btn" disabled={busy} onClick={() => setOpen(false)}>
                Cancel
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
});

/** The clauses to approve, with their texts as they stand now (read only while the list is open). */
function BulkList({ remaining }: { remaining: readonly MappedClause[] }) {
  const { clauses } = useStatementMirror();
  const texts = useMemo(() => new Map(clauses.map((c) => [c.id, c.text])), [clauses]);
  return (
    <ol className="bulk-list">
      {remaining.map((c) => {
        const text = texts.get(c.id) ?? c.text;
        return (
          <li key={c.id} value={c.index}>
            {text.length > 110 ? `${text.slice(0, 109).trimEnd()}…` : text}
          </li>
        );
      })}
    </ol>
  );
}
