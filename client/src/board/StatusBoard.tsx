import { type DocStateEvent, delegationInfo } from '@accord/protocol';
import { memo, type ReactNode, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Chip, formatAt } from '../approvals/ApprovalGutter';
import { isNear, useNearBand } from '../editor/near-band';
import { Icon } from '../ui/Icon';
import { type BlockerGroup, type BoardRow, boardRows, groupBlockers } from './board-rows';

const REASON_LABELS: Record<string, string> = {
  pending: 'awaiting',
  stale: 'text changed since approval',
  objection: 'objection',
  reserve: 'ad referendum',
  bracket: 'bracketed text',
  no_clauses: 'no clauses yet',
  no_parties: 'no parties',
};

interface Props {
  state: DocStateEvent | null;
  myDelegation: string;
  onReveal(clauseId: string): void;
  /** Open comments per clause (#16): a count per row and an "open comments" filter. */
  openComments?: ReadonlyMap<string, number>;
  /** With it, rows can be selected and this renders what to do with the selection (#19). */
  selectionAction?(selected: ReadonlySet<string>, clear: () => void): ReactNode;
}

/**
 * Blocker groups listed before "show all" (#18): a 300-clause draft has 300 of them, each a clause's
 * line, laid out and painted with the page although the board's table above shows the same.
 */
export const BLOCKERS_SHOWN = 20;
/** Rows rendered before the board is first measured. */
const FIRST_ROWS = 40;
/** How far beyond the screen the board's rows are rendered whole, in screens (near-band's bandFor). */
const BOARD_REACH = 0.25;
const DEFAULT_ROW_HEIGHT = 27;
/** Never: the board has no layout (like the phone's drawer) in which every row must be whole. */
const PRINT_OR_TEST_EVERYTHING = 'print';

/** Clauses × parties, what blocks agreement, and a filter for the items awaiting my delegation. */
export function StatusBoard({ state, myDelegation, onReveal, openComments, selectionAction }: Props) {
  const [mineOnly, setMineOnly] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const onToggle = useCallback(
    (clauseId: string) =>
      setSelected((prev) => {
        const next = new Set(prev);
        if (!next.delete(clauseId)) next.add(clauseId);
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setSelected(new Set()), []);
  const [commentedOnly, setCommentedOnly] = useState(false);
  const [allBlockers, setAllBlockers] = useState(false);
  const filterId = useId();
  const commentsFilterId = useId();
  // Only on a new state or filter (#18); rows of unchanged clauses are reused (boardRows).
  const rows = useMemo(
    () =>
      state
        ? boardRows(state, formatAt, mineOnly ? myDelegation : undefined).filter(
            (row) => !commentedOnly || (openComments?.get(row.clauseId) ?? 0) > 0,
          )
        : [],
    [state, mineOnly, myDelegation, commentedOnly, openComments],
  );
  const blockers = useMemo(
    () => (state ? groupBlockers(state, mineOnly ? myDelegation : undefined) : []),
    [state, mineOnly, myDelegation],
  );
  // Rows far from the screen render as empty rows of the same height (#18): on 300 clauses the
  // board's chips and buttons were four fifths of the page's DOM, laid out and styled on each edit.
  // The band reaches an eighth to a quarter of a screen beyond it (BOARD_REACH), not half to a
  // whole: the side panel ends at the screen's bottom, and the rows below it were still painted and
  // layerised on every keystroke in the editor beside it.
  const table = useRef<HTMLTableElement>(null);
  const band = useNearBand(table, PRINT_OR_TEST_EVERYTHING, state === null, BOARD_REACH);
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  // Measured once, when the first rows are on the page: reading layout on every push would cost what
  // the empty rows save.
  const measured = useRef(false);
  useLayoutEffect(() => {
    if (measured.current) return;
    const height = table.current?.querySelector<HTMLElement>('tbody > tr:not(.board-row-far)')?.offsetHeight;
    if (!height) return;
    measured.current = true;
    setRowHeight(height);
  });
  if (!state) return <p className="empty">Waiting for the live approval state…</p>;
  return (
    <section className="status-board" aria-label="Status board" data-testid="status-board">
      <p className={`doc-status doc-status-${state.status}`} role="status">
        {state.status === 'agreed' ? (
          <>
            <Icon name="approved" /> Agreed by all parties
          </>
        ) : (
          `Drafting — ${state.blockers.length} open item${state.blockers.length === 1 ? '' : 's'}`
        )}
      </p>
      <div className="board-filter">
        <input
          id={filterId}
          type="checkbox"
          checked={mineOnly}
          onChange={(e) => setMineOnly(e.target.checked)}
        />
        <label htmlFor={filterId}>My pending items ({myDelegation})</label>
      </div>
      {openComments && (
        <div className="board-filter">
          <input
            id={commentsFilterId}
            type="checkbox"
            checked={commentedOnly}
            onChange={(e) => setCommentedOnly(e.target.checked)}
            data-testid="board-open-comments"
          />
          <label htmlFor={commentsFilterId}>Open comments</label>
        </div>
      )}
      {selectionAction && selected.size > 0 && (
        <div className="board-selection" data-testid="board-selection">
          <span className="muted small">{selected.size} selected</span> {selectionAction(selected, clear)}{' '}
          <button type="button" className="btn-link" onClick={clear}>
            clear
          </button>
        </div>
      )}
      <table className="board-table" ref={table}>
        <caption className="visually-hidden">Approval state of each clause for each party</caption>
        <thead>
          <tr>
            <th scope="col">§</th>
            {state.parties.map((p) => (
              <th scope="col" key={p} title={delegationInfo(p).name}>
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <BoardRowView
              key={row.clauseId}
              near={band === null ? i < FIRST_ROWS : isNear(band, i * rowHeight)}
              height={rowHeight}
              row={row}
              comments={openComments?.get(row.clauseId) ?? 0}
              onReveal={onReveal}
              selected={selectionAction ? selected.has(row.clauseId) : undefined}
              onToggle={onToggle}
            />
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={state.parties.length + 1} className="empty">
                Nothing awaits {myDelegation}.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <h3 className="board-subhead">Blocking agreement</h3>
      {blockers.length === 0 ? (
        <p className="empty">Nothing blocks agreement{mineOnly ? ` on ${myDelegation}'s side` : ''}.</p>
      ) : (
        <>
          <ul className="blockers" data-testid="blockers">
            {(allBlockers ? blockers : blockers.slice(0, BLOCKERS_SHOWN)).map((group) => (
              <BlockerGroupView key={group.clauseId || 'document'} group={group} onReveal={onReveal} />
            ))}
          </ul>
          {blockers.length > BLOCKERS_SHOWN && (
            <button
              type="button"
              className="btn-link"
              aria-expanded={allBlockers}
              onClick={() => setAllBlockers((all) => !all)}
              data-testid="blockers-all"
            >
              {allBlockers ? `Show the first ${BLOCKERS_SHOWN}` : `Show all ${blockers.length}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** One clause's blockers, re-rendered only when they changed (#18): every edit resends 300 of them. */
const BlockerGroupView = memo(
  function BlockerGroupView({ group, onReveal }: { group: BlockerGroup; onReveal(clauseId: string): void }) {
    return (
      <li>
        {group.number !== undefined ? (
          <button type="button" className="link-button" onClick={() => onReveal(group.clauseId)}>
            §{group.number}
          </button>
        ) : (
          <strong>Document</strong>
        )}{' '}
        {group.items.map((item) => (
          <span key={item.reason} className={`blocker blocker-${item.reason}`}>
            {REASON_LABELS[item.reason] ?? item.reason.replace(/_/g, ' ')}
            {item.parties.length > 0 && `: ${item.parties.join(', ')}`}
            {item.notes.length > 0 && <span className="muted"> — “{item.notes.join('”; “')}”</span>}
          </span>
        ))}
      </li>
    );
  },
  (a, b) =>
    a.onReveal === b.onReveal &&
    (a.group === b.group ||
      (a.group.clauseId === b.group.clauseId &&
        a.group.number === b.group.number &&
        a.group.items.length === b.group.items.length &&
        a.group.items.every((item, i) => {
          const other = b.group.items[i]!;
          return (
            item.reason === other.reason &&
            item.parties.join() === other.parties.join() &&
            item.notes.join('\u0000') === other.notes.join('\u0000')
          );
        }))),
);

/**
 * One row of the board, re-rendered only when what it shows changed (#18): a live state arrives
 * on every edit, and re-rendering every row of a 300-clause statement each time costs keystrokes.
 */
const BoardRowView = memo(
  function BoardRowView({
    near,
    height,
    row,
    comments,
    onReveal,
    selected,
    onToggle,
  }: {
    /** Far from the screen: an empty row of the same height. */
    near: boolean;
    height: number;
    row: BoardRow;
    comments: number;
    onReveal(clauseId: string): void;
    /** Undefined: the board offers no selection. */
    selected?: boolean;
    onToggle(clauseId: string): void;
  }) {
    if (!near) return <tr data-testid="board-row" className="board-row-far" style={{ height }} />;
    return (
      <tr data-testid="board-row">
        <th scope="row">
          {selected !== undefined && (
            <input
              type="checkbox"
              className="board-select"
              checked={selected}
              onChange={() => onToggle(row.clauseId)}
              aria-label={`Select clause ${row.index}`}
              data-testid="board-select"
            />
          )}
          <button
            type="button"
            className="link-button"
            onClick={() => onReveal(row.clauseId)}
            title={row.excerpt}
            aria-label={`Clause ${row.index}: ${row.excerpt}`}
          >
            {row.index}
            {row.bracketed && <span title="has bracketed text"> [ ]</span>}
          </button>
          {comments > 0 && (
            <span className="board-comments" title="open comments">
              <Icon name="comment" size={12} />
              {comments}
            </span>
          )}
        </th>
        {row.chips.map((chip) => (
          <td key={chip.party}>
            <ul className="chips chips-cell">
              <Chip chip={chip} compact />
            </ul>
          </td>
        ))}
      </tr>
    );
  },
  (a, b) =>
    a.near === b.near &&
    a.height === b.height &&
    a.comments === b.comments &&
    a.onReveal === b.onReveal &&
    a.selected === b.selected &&
    a.onToggle === b.onToggle &&
    sameRow(a.row, b.row),
);

function sameRow(a: BoardRow, b: BoardRow): boolean {
  if (a === b) return true;
  if (
    a.clauseId !== b.clauseId ||
    a.index !== b.index ||
    a.excerpt !== b.excerpt ||
    a.bracketed !== b.bracketed
  )
    return false;
  if (a.chips.length !== b.chips.length) return false;
  return a.chips.every((chip, i) => {
    const other = b.chips[i]!;
    return chip.party === other.party && chip.kind === other.kind && chip.description === other.description;
  });
}
