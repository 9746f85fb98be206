import type { RefusalGroupsView } from '@accord/protocol';
import { useState } from 'react';

const CAUSE_LABEL: Record<string, string> = {
  no_clauses: 'No clauses',
  pending: 'Not yet approved',
  stale: 'Approval stale (text changed)',
  reserve: 'Reserve (ad referendum)',
  objection: 'Objection',
  bracket: 'Bracketed text',
  lint: 'Policy findings',
  audit_chain_broken: 'Audit chain broken',
  other: 'Other',
};

/**
 * Why a final export was refused, grouped by cause or by party with counts; each item links to its
 * clause. Groups start collapsed, so 1,800 reasons are a handful of lines.
 */
export function RefusalGroups({
  groups,
  onReveal,
}: {
  groups: RefusalGroupsView;
  onReveal?: (clauseId: string) => void;
}) {
  const [by, setBy] = useState<'cause' | 'party'>('cause');
  const sections =
    by === 'cause'
      ? groups.byCause.map((g) => ({
          key: g.cause,
          title: CAUSE_LABEL[g.cause] ?? g.cause,
          count: g.count,
          items: g.items,
        }))
      : groups.byParty.map((g) => ({ key: g.party, title: g.party, count: g.count, items: g.items }));
  return (
    <div className="refusal-groups" data-testid="refusal-groups">
      <p>
        {groups.total} {groups.total === 1 ? 'reason' : 'reasons'}, grouped by{' '}
        <button
          type="button"
          className="btn-link"
          aria-pressed={by === 'cause'}
          onClick={() => setBy('cause')}
        >
          cause
        </button>{' '}
        or{' '}
        <button
          type="button"
          className="btn-link"
          aria-pressed={by === 'party'}
          onClick={() => setBy('party')}
        >
          party
        </button>
        :
      </p>
      {sections.map((s) => (
        <details key={s.key} className="refusal-group">
          <summary>
            {s.title} <span className="count">({s.count})</span>
          </summary>
          <ul>
            {s.items.map((item) => (
              <li key={`${item.cause}-${item.clauseId ?? ''}-${item.party ?? ''}-${item.message}`}>
                {item.clauseId && onReveal ? (
                  <a
                    href={`#clause-${item.clauseId}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onReveal(item.clauseId!);
                    }}
                  >
                    {item.message}
                  </a>
                ) : (
                  item.message
                )}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
