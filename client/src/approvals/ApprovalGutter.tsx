import type { DocStateEvent, PartyApprovalView } from '@accord/protocol';
import {
  type FocusEvent,
  type FormEvent,
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { isNear, useNearBand } from '../editor/near-band';
import { ClauseSuppressions } from '../lint/ClauseSuppressions';
import type { MappedClause } from '../lint/clause-text-map';
import { type Suppression, suppressionsByClause } from '../lint/suppression-views';
import { friendlyError } from '../ui/friendly-error';
import { Icon } from '../ui/Icon';
import { type ChipView, chipFor } from './chip-state';
import { clausesById } from './clauses-by-id';
import { DecisionNotes } from './DecisionNotes';
import { type DecisionRequest, useRovingFocus } from './roving-focus';

export type ApprovalChoice = 'approved' | 'objection' | 'reserve' | 'pending';

interface Props {
  clauses: MappedClause[];
  tops: Map<string, number>;
  state: DocStateEvent | null;
  parties: string[];
  myDelegation: string;
  canApprove: boolean;
  onDecide(clause: MappedClause, state: ApprovalChoice, note?: string): Promise<void>;
  /** Opens "what changed since you decided" for a clause whose decision went stale (#15). */
  onReviewStale?(clause: MappedClause): void;
  /** Open comments per clause (#16), shown as a count that opens the clause's comments. */
  commentCounts?: ReadonlyMap<string, number>;
  onOpenComments?(clause: MappedClause): void;
  /** A decision asked for from the keyboard at the caret (#18): opens or sends it on that clause. */
  request?: DecisionRequest | null;
  /** The element id (the phone layout's drawer toggle controls it). */
  id?: string;
  /** Un-suppress from a clause's suppressed list (#19); without it the list is read-only. */
  onUnsuppress?(suppressionId: string): Promise<void>;
}

// One formatter for every chip (#18): `toLocaleString` with options builds a new one per call.
const atFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatAt = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : atFormat.format(date);
};

export function Chip({
  chip,
  compact = false,
  onOpen,
  rove = false,
}: {
  chip: ChipView;
  compact?: boolean;
  /** Part of a roving-focus group (one tab stop for the group, arrows inside it). */
  rove?: boolean;
  /** Makes the chip a button (a stale chip opens what changed). */
  onOpen?: () => void;
}) {
  return (
    <li
      className="chip-item"
      data-testid={`chip-${chip.party}`}
      data-party={chip.party}
      data-state={chip.kind}
    >
      <span
        className={`chip chip-${chip.kind}`}
        role="img"
        title={chip.description}
        aria-label={chip.description}
        // Focusable so keyboard users reach the who-and-when that a mouse user gets on hover.
        tabIndex={rove ? -1 : 0}
        data-rove={rove || undefined}
      >
        <span className="chip-party">{chip.party}</span>
        <span className="chip-icon">
          <Icon name={chip.icon} size={11} />
        </span>
        {(!compact || chip.kind === 'stale') && <span className="chip-word">{chip.word}</span>}
      </span>
      {onOpen && (
        <button
          type="button"
          className="chip-open"
          onClick={onOpen}
          aria-label={`${chip.description}: see what changed`}
          tabIndex={rove ? -1 : undefined}
          data-rove={rove || undefined}
          data-testid="stale-chip-open"
        >
          what changed?
        </button>
      )}
    </li>
  );
}

/**
 * Approval chips and my delegation's decision buttons, beside each clause. Memoised with each
 * clause's entry (#18): typing re-renders neither; pass the statement's outline as `clauses`.
 */
export const ApprovalGutter = memo(function ApprovalGutter({
  clauses,
  tops,
  state,
  parties,
  myDelegation,
  canApprove,
  onDecide,
  onReviewStale,
  commentCounts,
  onOpenComments,
  request,
  id,
  onUnsuppress,
}: Props) {
  const live = useMemo(() => clausesById(state?.clauses ?? []), [state]);
  const suppressed = useMemo(() => suppressionsByClause(state?.suppressions), [state?.suppressions]);
  const gutter = useRef<HTMLElement>(null);
  // Entries far from the screen render as empty shells that keep their state (#18): 300 clauses'
  // chips and buttons cost paint and layout on every keystroke. The phone's drawer lists them all.
  const band = useNearBand(gutter, '(max-width: 700px)');
  // Callers pass fresh arrow functions: entries get stable ones that call the latest.
  const latest = useRef({ onDecide, onReviewStale, onOpenComments, onUnsuppress });
  latest.current = { onDecide, onReviewStale, onOpenComments, onUnsuppress };
  const stable = useMemo(
    () => ({
      onDecide: ((clause, choice, note) =>
        latest.current.onDecide(clause, choice, note)) as Props['onDecide'],
      onReviewStale: (clause: MappedClause) => latest.current.onReviewStale?.(clause),
      onOpenComments: (clause: MappedClause) => latest.current.onOpenComments?.(clause),
      onUnsuppress: async (suppressionId: string) => latest.current.onUnsuppress?.(suppressionId),
    }),
    [],
  );
  // Each entry sits level with its clause, but never on top of the one above when that one is taller
  // than its clause (a note form, a long error): positions are adjusted in the DOM after layout.
  // Runs when positions or the outline change, and when an entry's own size changes (observed, so
  // typing elsewhere reads no layout: #18). Positions are written here, not rendered: a clause that
  // grows a line moves every entry below it without re-rendering one (#18).
  // The entries are in normal flow, each pushed down by its top margin (#18): an absolutely placed
  // box per clause was a paint layer each, 300 of them layerised on every frame the typist paints.
  // biome-ignore lint/correctness/useExhaustiveDependencies: tops and clauses decide what sits where in the DOM read here
  useLayoutEffect(() => {
    const entries = () => [
      ...(gutter.current?.querySelectorAll<HTMLElement>(':scope > [data-clause-id]') ?? []),
    ];
    const place = () => {
      const list = entries();
      // All heights first (one layout), then all pushes: reading after each write would lay
      // the page out once per entry.
      const heights = list.map((entry) => entry.offsetHeight);
      // `floor`: where the next entry may start at the earliest; `flow`: where it starts unpushed.
      let floor = 0;
      let flow = 0;
      list.forEach((entry, i) => {
        const top = Math.max(tops.get(entry.dataset.clauseId ?? '') ?? 0, floor);
        const push = `${top - flow}px`;
        // Unchanged pushes are not written again: a write restyles the entry even when equal. A
        // variable the stylesheet uses as the top margin: the phone's drawer stacks entries without it.
        if (entry.style.getPropertyValue('--gutter-push') !== push)
          entry.style.setProperty('--gutter-push', push);
        flow = top + heights[i]!;
        floor = flow + 6;
      });
    };
    place();
    let first = true;
    const observer = new ResizeObserver(() => {
      // The first callback reports the initial sizes, already placed above.
      if (first) first = false;
      else place();
    });
    for (const entry of entries()) observer.observe(entry);
    return () => observer.disconnect();
  }, [tops, clauses]);
  return (
    <section id={id} className="approval-gutter" aria-label="Approvals" ref={gutter}>
      {clauses.map((clause) => {
        if (!tops.has(clause.id)) return null;
        return (
          <ClauseApprovals
            key={clause.id}
            clause={clause}
            near={isNear(band, tops.get(clause.id))}
            approvals={live.get(clause.id)?.approvals}
            parties={parties}
            known={live.has(clause.id)}
            myDelegation={myDelegation}
            canApprove={canApprove}
            onDecide={stable.onDecide}
            onReviewStale={onReviewStale ? stable.onReviewStale : undefined}
            comments={commentCounts?.get(clause.id) ?? 0}
            onOpenComments={onOpenComments ? stable.onOpenComments : undefined}
            request={request?.clauseId === clause.id ? request : null}
            suppressions={suppressed.get(clause.id)}
            liveClause={suppressed.has(clause.id) ? live.get(clause.id) : undefined}
            onUnsuppress={onUnsuppress ? stable.onUnsuppress : undefined}
          />
        );
      })}
    </section>
  );
});

const ClauseApprovals = memo(function ClauseApprovals({
  clause,
  near,
  approvals,
  parties,
  known,
  myDelegation,
  canApprove,
  onDecide,
  onReviewStale,
  comments = 0,
  onOpenComments,
  request,
  suppressions,
  liveClause,
  onUnsuppress,
}: {
  suppressions?: readonly Suppression[];
  liveClause?: DocStateEvent['clauses'][number];
  onUnsuppress?: Props['onUnsuppress'];
  comments?: number;
  onOpenComments?: Props['onOpenComments'];
  clause: MappedClause;
  /** Near the screen: far entries render an empty shell, unless in the middle of something. */
  near: boolean;
  approvals: Record<string, PartyApprovalView> | undefined;
  parties: string[];
  known: boolean;
  request: DecisionRequest | null;
  myDelegation: string;
  canApprove: boolean;
  onDecide: Props['onDecide'];
  onReviewStale?: Props['onReviewStale'];
}) {
  const [noteFor, setNoteFor] = useState<'objection' | 'reserve' | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const chips: ChipView[] = useMemo(
    () => parties.map((p) => chipFor(p, approvals?.[p], formatAt)),
    [parties, approvals],
  );
  const mine = chips.find((c) => c.party === myDelegation);
  const bracketed = clause.brackets.length > 0;
  const group = useRef<HTMLElement>(null);
  useRovingFocus(group);

  const decide = async (choice: ApprovalChoice, withNote?: string) => {
    setBusy(true);
    setError(null);
    try {
      await onDecide(clause, choice, withNote);
      setNoteFor(null);
      setNote('');
    } catch (err) {
      setError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  };
  const submitNote = (event: FormEvent) => {
    event.preventDefault();
    if (noteFor) void decide(noteFor, note.trim() || undefined);
  };
  // A keyboard shortcut at the caret: approve at once, or open the note of an objection or reserve.
  const decideRef = useRef(decide);
  decideRef.current = decide;
  useEffect(() => {
    if (!request || !canApprove) return;
    if (request.choice === 'approved') void decideRef.current('approved');
    else setNoteFor(request.choice);
  }, [request, canApprove]);

  const shell = {
    ref: group,
    className: 'clause-approvals',
    'aria-label': `Clause ${clause.index} approvals`,
    'data-testid': 'clause-approvals',
    'data-clause-index': clause.index,
    'data-clause-id': clause.id,
    onFocus: () => setFocused(true),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
    },
  };
  // An open note, a decision on its way, an error or focus keep the entry whole off screen too.
  if (!near && noteFor === null && !busy && error === null && !focused && !request)
    return <section {...shell} data-far />;

  return (
    <section {...shell}>
      <ul className="chips" aria-label={`Approvals for clause ${clause.index}`}>
        {chips.map((chip) => (
          <Chip
            rove
            key={chip.party}
            chip={chip}
            compact
            onOpen={
              chip.kind === 'stale' && chip.party === myDelegation && onReviewStale
                ? () => onReviewStale(clause)
                : undefined
            }
          />
        ))}
      </ul>
      {comments > 0 && (
        <button
          type="button"
          className="comment-count"
          data-testid="comment-count"
          data-rove
          tabIndex={-1}
          aria-label={`${comments} open comment${comments === 1 ? '' : 's'} on clause ${clause.index}`}
          onClick={() => onOpenComments?.(clause)}
        >
          <Icon name="comment" size={12} /> {comments}
        </button>
      )}
      <ClauseSuppressions
        clauseIndex={clause.index}
        suppressions={suppressions}
        clause={liveClause}
        onUnsuppress={onUnsuppress}
      />
      <DecisionNotes chips={chips} approvals={approvals} />
      {!known && <p className="muted small">Syncing…</p>}
      {mine?.kind === 'stale' && (
        <p className="stale-note" data-testid="stale-note">
          <Icon name="stale" size={12} /> Text changed since {myDelegation} decided — review again
          {onReviewStale && (
            <>
              {' '}
              <button
                type="button"
                className="btn-link"
                onClick={() => onReviewStale(clause)}
                data-testid="stale-review-open"
                data-rove
                tabIndex={-1}
              >
                see what changed
              </button>
            </>
          )}
        </p>
      )}
      {canApprove && noteFor === null && (
        <fieldset className="decide">
          <legend className="visually-hidden">{`${myDelegation} decision on clause ${clause.index}`}</legend>
          <button
            type="button"
            className="btn btn-small btn-approve"
            disabled={busy || bracketed}
            aria-pressed={mine?.kind === 'approved'}
            title={bracketed ? 'Resolve the bracketed text before approving' : 'Approve the text as shown'}
            onClick={() => void decide('approved')}
            data-testid="approve"
            data-rove
            tabIndex={-1}
          >
            <Icon name="approved" size={12} /> Approve
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            aria-pressed={mine?.kind === 'objection'}
            onClick={() => setNoteFor('objection')}
            data-testid="object"
            data-rove
            tabIndex={-1}
          >
            <Icon name="objection" size={12} /> Object
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={busy || bracketed}
            aria-pressed={mine?.kind === 'reserve'}
            title="Agree ad referendum, pending confirmation from capital"
            onClick={() => setNoteFor('reserve')}
            data-testid="reserve"
            data-rove
            tabIndex={-1}
          >
            <Icon name="reserve" size={12} /> Reserve
          </button>
        </fieldset>
      )}
      {canApprove && noteFor !== null && (
        <form className="note-form" onSubmit={submitNote}>
          <label>
            {noteFor === 'objection' ? 'Objection (required)' : 'Note for the reserve (optional)'}
            <input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              required={noteFor === 'objection'}
              // biome-ignore lint/a11y/noAutofocus: opened on request; the note is what comes next
              autoFocus
              onKeyDown={(e) => {
                if (e.key === 'Escape') setNoteFor(null);
              }}
            />
          </label>
          <div className="decide">
            <button type="submit" className="btn btn-small btn-primary" disabled={busy}>
              {noteFor === 'objection' ? 'Send objection' : 'Send reserve'}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setNoteFor(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
    </section>
  );
});
