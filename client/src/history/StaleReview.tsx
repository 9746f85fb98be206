import './history.css';
import type { ClauseDiff } from '@accord/protocol';
import { useEffect, useState } from 'react';
import type { ApprovalChoice } from '../approvals/ApprovalGutter';
import type { MappedClause } from '../lint/clause-text-map';
import { ErrorText } from '../ui/ErrorText';
import { friendlyError } from '../ui/friendly-error';
import { Icon } from '../ui/Icon';
import type { HistoryApi } from './history-api';
import { Redline } from './Redline';

interface Props {
  api: HistoryApi;
  docId: string;
  clause: MappedClause;
  myDelegation: string;
  canDecide: boolean;
  onDecide(clause: MappedClause, state: ApprovalChoice, note?: string): Promise<void>;
  onClose(): void;
}

/** "What changed since you decided": the redline from my delegation's decision to now, and the decision again. */
export function StaleReview({ api, docId, clause, myDelegation, canDecide, onDecide, onClose }: Props) {
  const [diff, setDiff] = useState<ClauseDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the redline is fetched again when the text moves on
  useEffect(() => {
    let cancelled = false;
    setDiff(null);
    api.diff(docId, clause.id, `approval:${myDelegation}`).then(
      (d) => !cancelled && setDiff(d),
      (err: unknown) => !cancelled && setError(friendlyError(err)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, docId, clause.id, clause.text, myDelegation]);

  const authors = new Map<string, string>();
  for (const op of diff?.ops ?? [])
    for (const a of op.by ?? []) authors.set(`${a.delegation}:${a.name}`, `${a.name} (${a.delegation})`);

  const decide = async (state: ApprovalChoice) => {
    setBusy(true);
    setError(null);
    try {
      await onDecide(clause, state, note.trim() || undefined);
      onClose();
    } catch (err) {
      setError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop">
      <section
        className="dialog stale-review"
        role="dialog"
        aria-modal="true"
        aria-labelledby="stale-review-title"
        data-testid="stale-review"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <h2 id="stale-review-title">
          What changed in clause {clause.index} since {myDelegation} decided
        </h2>
        {diff?.decision && (
          <p className="muted small">
            {myDelegation} {diff.decision.state} this clause ({diff.decision.by},{' '}
            {new Date(diff.decision.at).toLocaleString()}).
          </p>
        )}
        {!diff && !error && <p className="muted">Loading the changes…</p>}
        {diff && <Redline ops={diff.ops} testId="stale-redline" />}
        {authors.size > 0 && (
          <p className="small" data-testid="stale-authors">
            Changed by {[...authors.values()].join(', ')}
          </p>
        )}
        <ErrorText error={error} className="error-text small" />
        {canDecide && (
          <div className="decide">
            <label className="small">
              Note (needed for an objection)
              <input value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
            <button
              type="button"
              className="btn btn-small btn-approve"
              disabled={busy || clause.brackets.length > 0}
              onClick={() => void decide('approved')}
              data-testid="review-approve"
            >
              <Icon name="approved" size={12} /> Approve the new text
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={busy || !note.trim()}
              onClick={() => void decide('objection')}
              data-testid="review-object"
            >
              <Icon name="objection" size={12} /> Object
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={busy || clause.brackets.length > 0}
              onClick={() => void decide('reserve')}
              data-testid="review-reserve"
            >
              <Icon name="reserve" size={12} /> Reserve
            </button>
          </div>
        )}
        <button type="button" className="btn btn-small" onClick={onClose} data-testid="review-close">
          Close
        </button>
      </section>
    </div>
  );
}
