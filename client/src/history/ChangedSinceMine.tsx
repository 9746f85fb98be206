import './history.css';
import type { DocStateEvent } from '@accord/protocol';
import { Icon } from '../ui/Icon';

/** The clauses whose text changed since my delegation decided on them, each opening its redline. */
export function ChangedSinceMine({
  state,
  myDelegation,
  onReview,
}: {
  state: DocStateEvent | null;
  myDelegation: string;
  onReview(clauseId: string): void;
}) {
  const changed = (state?.clauses ?? []).filter((c) => c.approvals[myDelegation]?.stale);
  if (changed.length === 0) return null;
  return (
    <section
      className="changed-since-mine"
      aria-label="Changed since my decision"
      data-testid="changed-since-mine"
    >
      <h3 className="small">
        Changed since {myDelegation} decided ({changed.length})
      </h3>
      <ul>
        {changed.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => onReview(c.id)}
              data-clause-id={c.id}
            >
              <Icon name="stale" size={12} /> Clause {c.index}: see what changed
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
