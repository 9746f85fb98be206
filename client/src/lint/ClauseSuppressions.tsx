import type { DocStateEvent } from '@accord/protocol';
import { memo, useEffect, useId, useRef, useState } from 'react';
import { Icon } from '../ui/Icon';
import { SuppressionEntry } from './SuppressionEntry';
import { clauseSuppressionViews, lapseNote, type Suppression, suppressionKey } from './suppression-views';
import { useUnsuppress } from './use-unsuppress';
import './suppressions.css';

type ClauseView = DocStateEvent['clauses'][number];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A clause's "Suppressed" view (#19), beside its decisions: a count (icon + number) that opens who
 * suppressed which finding on this clause, why, when and on which text, each with Un-suppress;
 * suppressions an edit lapsed are said so. Renders nothing for a clause without suppressions.
 */
export const ClauseSuppressions = memo(function ClauseSuppressions({
  clauseIndex,
  suppressions,
  clause,
  onUnsuppress,
}: {
  clauseIndex: number;
  suppressions: readonly Suppression[] | undefined;
  /** The clause as the live state has it now (its hash decides which suppressions still apply). */
  clause: ClauseView | undefined;
  onUnsuppress?: (suppressionId: string) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const { removing, unsuppress } = useUnsuppress(onUnsuppress);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  // Un-suppressing the clause's last one removes the list with the focused button: focus then goes
  // to the clause's decisions rather than to the page.
  const refocus = useRef<HTMLElement | null>(null);
  const none = !suppressions || suppressions.length === 0;
  useEffect(() => {
    if (!none || !refocus.current) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || refocus.current.contains(active);
    if (lost) refocus.current.querySelector<HTMLElement>('[data-rove]:not(:disabled)')?.focus();
    refocus.current = null;
  }, [none]);
  const unsuppressHere = unsuppress
    ? (id: string) => {
        refocus.current = toggle.current?.closest<HTMLElement>('.clause-approvals') ?? null;
        return unsuppress(id);
      }
    : undefined;
  if (none) return null;
  const views = clauseSuppressionViews(suppressions, clause);
  const standing = views.filter((v) => !v.lapsed);
  const lapsed = views.filter((v) => v.lapsed);
  const label = `${plural(standing.length, 'suppressed finding')}${
    lapsed.length > 0 ? ` and ${lapsed.length} lapsed` : ''
  } on clause ${clauseIndex}`;
  return (
    <>
      <button
        ref={toggle}
        type="button"
        className={`suppression-count${standing.length === 0 ? ' suppression-count-lapsed' : ''}`}
        data-testid="clause-suppression-count"
        data-count={standing.length}
        data-rove
        tabIndex={-1}
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`${label}: ${open ? 'hide' : 'show'} who and why`}
        title={label}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="suppressed" size={12} />
        <span>{standing.length > 0 ? `${standing.length} suppressed` : 'lapsed'}</span>
      </button>
      {open && (
        <section
          id={listId}
          className="clause-suppressions"
          aria-label={`Suppressed on clause ${clauseIndex}`}
          data-testid="clause-suppressions"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            setOpen(false);
            toggle.current?.focus();
          }}
        >
          <h4 className="clause-suppressions-title">Suppressed on §{clauseIndex}</h4>
          {lapsed.length > 0 && (
            <ul className="lapse-notes">
              {lapsed.map((v) => (
                <li key={suppressionKey(v.suppression)}>{lapseNote(v)} — the finding shows again.</li>
              ))}
            </ul>
          )}
          {standing.length > 0 && (
            <ul className="suppression-list">
              {standing.map((v) => (
                <SuppressionEntry
                  key={suppressionKey(v.suppression)}
                  view={v}
                  removing={removing === v.suppression.id}
                  {...(unsuppressHere ? { onUnsuppress: unsuppressHere } : {})}
                />
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
});
