import { competing, threads } from '@accord/negotiation';
import type { AmendmentView, CommentView, DiffOpView } from '@accord/protocol';
import { clauseHash } from '@accord/statement';
import { type FormEvent, useId, useState } from 'react';
import type * as Y from 'yjs';
import { formatAt } from '../approvals/ApprovalGutter';
import { Redline } from '../history/Redline';
import type { MappedClause } from '../lint/clause-text-map';
import { anchorSpan, resolveAnchor } from './anchors';
import './negotiation.css';
import { ErrorText } from '../ui/ErrorText';
import { friendlyError } from '../ui/friendly-error';
import type { NegotiationApi } from './negotiation-api';
import type { NegotiationState } from './use-negotiation';

interface Props {
  api: NegotiationApi;
  docId: string;
  clauses: MappedClause[];
  negotiation: NegotiationState;
  me: { delegation: string; role: 'drafter' | 'penholder' | 'observer' };
  clauseId: string | null;
  onClause(clauseId: string): void;
  /** The editor's current selection inside a clause, for span comments. */
  selection(): { clauseId: string; start: number; end: number } | null;
  ydoc: Y.Doc | null;
  onReveal(clauseId: string, start?: number, end?: number): void;
  frozen: boolean;
}

const message = (err: unknown) => friendlyError(err);

/** The redline of an amendment against the text it was written on, each change marked with its delegation. */
function amendmentOps(a: AmendmentView): DiffOpView[] {
  return a.ops.map((op) => (op.op === 'equal' ? op : { ...op, by: [a.by] }));
}

const STATUS_WORDS: Record<AmendmentView['status'], string> = {
  open: 'open',
  accepted: 'accepted',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
  superseded: 'superseded — the clause changed',
};

/** Comments and amendments of one clause at a time: threads, replies, redlines, decisions (#16). */
export function NegotiationPanel(p: Props) {
  const selectId = useId();
  const clause = p.clauses.find((c) => c.id === p.clauseId) ?? p.clauses[0];
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<{
    clauseId: string;
    text: string;
    note: string;
    rebaseOf?: string;
  } | null>(null);
  const [comment, setComment] = useState('');
  const [onSpan, setOnSpan] = useState(false);
  const [replyTo, setReplyTo] = useState<{ id: string; text: string } | null>(null);
  const [rejecting, setRejecting] = useState<{ id: string; note: string } | null>(null);
  const canTalk = p.me.role !== 'observer';
  const penholder = p.me.role === 'penholder';

  if (!clause) return <p className="empty">No clauses yet.</p>;
  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(message(err));
    }
  };

  const mine = p.negotiation.amendments.filter((a) => a.clauseId === clause.id);
  const open = competing(mine, clause.id);
  const closed = mine.filter((a) => a.status !== 'open');
  const clauseThreads = threads(p.negotiation.comments.filter((c) => c.clauseId === clause.id));

  const submitComment = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const span = onSpan ? p.selection() : null;
      if (onSpan && (!span || span.clauseId !== clause.id)) {
        throw new Error(`Select some text of §${clause.index} first, or untick “on the selected text”.`);
      }
      const anchor = span && p.ydoc ? anchorSpan(p.ydoc, clause.index, span.start, span.end) : undefined;
      const c = await p.api.comment(p.docId, clause.id, {
        text: comment,
        ...(replyTo ? { replyTo: replyTo.id } : {}),
        ...(span ? { start: span.start, end: span.end } : {}),
        ...(anchor ? { anchor } : {}),
      });
      p.negotiation.apply(c, 'comment');
      setComment('');
      setReplyTo(null);
    });
  };

  const submitAmendment = (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    void run(async () => {
      const a = await p.api.propose(p.docId, clause.id, {
        text: draft.text,
        hash: clauseHash(clause.text),
        ...(draft.note.trim() ? { note: draft.note } : {}),
        ...(draft.rebaseOf ? { rebaseOf: draft.rebaseOf } : {}),
      });
      p.negotiation.apply(a, 'amendment');
      setDraft(null);
    });
  };

  const decide = (a: AmendmentView, action: 'accept' | 'reject' | 'withdraw', note?: string) =>
    void run(async () => {
      p.negotiation.apply(await p.api.decide(p.docId, a.id, action, note), 'amendment');
      setRejecting(null);
    });

  const spanOf = (c: CommentView) => {
    if (c.anchor && p.ydoc) return resolveAnchor(p.ydoc, c.anchor);
    return c.start !== undefined && c.end !== undefined ? { start: c.start, end: c.end } : undefined;
  };

  return (
    <section
      className="negotiation-panel"
      aria-label="Comments and amendments"
      data-testid="negotiation-panel"
    >
      <label htmlFor={selectId}>Clause</label>{' '}
      <select
        id={selectId}
        value={clause.id}
        onChange={(e) => p.onClause(e.target.value)}
        data-testid="negotiation-clause"
      >
        {p.clauses.map((c) => (
          <option key={c.id} value={c.id}>
            §{c.index}
            {p.negotiation.openComments.get(c.id)
              ? ` · ${p.negotiation.openComments.get(c.id)} open comments`
              : ''}
            {competing(p.negotiation.amendments, c.id).length
              ? ` · ${competing(p.negotiation.amendments, c.id).length} amendments`
              : ''}
          </option>
        ))}
      </select>
      <ErrorText error={error} className="error" />
      <h3 className="board-subhead">Amendments to §{clause.index}</h3>
      {open.length === 0 && <p className="empty">No open amendment.</p>}
      {open.length > 1 && <p className="muted small">{open.length} competing amendments, oldest first.</p>}
      <ul className="amendments">
        {open.map((a) => (
          <li
            key={a.id}
            className="amendment"
            data-testid="amendment"
            data-status={a.status}
            data-by={a.by.delegation}
          >
            <p className="amendment-head">
              <strong>{a.by.delegation}</strong> proposes{' '}
              <span className="muted">
                ({a.by.name}, {formatAt(a.at)})
              </span>
            </p>
            <Redline ops={amendmentOps(a)} testId="amendment-redline" />
            <p className="muted small" data-testid="amendment-line">
              {a.line}
            </p>
            {a.note && <p className="note">“{a.note}”</p>}
            <div className="amendment-actions">
              {penholder && !p.frozen && (
                <>
                  <button
                    type="button"
                    className="btn"
                    onClick={() => decide(a, 'accept')}
                    data-testid="amendment-accept"
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    className="btn"
                    onClick={() => setRejecting({ id: a.id, note: '' })}
                    data-testid="amendment-reject"
                  >
                    Reject…
                  </button>
                </>
              )}
              {canTalk && a.by.delegation === p.me.delegation && (
                <button
                  type="button"
                  className="btn"
                  onClick={() => decide(a, 'withdraw')}
                  data-testid="amendment-withdraw"
                >
                  Withdraw
                </button>
              )}
            </div>
            {rejecting?.id === a.id && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  decide(a, 'reject', rejecting.note);
                }}
              >
                <input
                  aria-label="Why it is rejected"
                  value={rejecting.note}
                  onChange={(e) => setRejecting({ id: a.id, note: e.target.value })}
                  data-testid="amendment-reject-note"
                />
                <button type="submit" className="btn">
                  Reject
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {closed.length > 0 && (
        <details>
          <summary>Earlier amendments ({closed.length})</summary>
          <ul className="amendments">
            {closed.map((a) => (
              <li
                key={a.id}
                className="amendment"
                data-testid="amendment"
                data-status={a.status}
                data-by={a.by.delegation}
              >
                <strong>{a.by.delegation}</strong>: {STATUS_WORDS[a.status]}
                {a.decision?.note && <span className="muted"> — “{a.decision.note}”</span>}
                <Redline ops={amendmentOps(a)} testId="amendment-redline" />
                {a.status === 'superseded' && a.by.delegation === p.me.delegation && canTalk && !p.frozen && (
                  <button
                    type="button"
                    className="btn-link"
                    onClick={() =>
                      setDraft({ clauseId: clause.id, text: a.text, note: a.note ?? '', rebaseOf: a.id })
                    }
                  >
                    Rebase onto the current text
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {canTalk && !p.frozen && draft?.clauseId !== clause.id && (
        <button
          type="button"
          className="btn"
          onClick={() => setDraft({ clauseId: clause.id, text: clause.text, note: '' })}
          data-testid="amendment-new"
        >
          Propose an amendment for {p.me.delegation}
        </button>
      )}
      {canTalk && draft?.clauseId === clause.id && (
        <form className="amendment-form" onSubmit={submitAmendment}>
          <textarea
            aria-label={`${p.me.delegation} proposes that §${clause.index} read`}
            value={draft.text}
            rows={4}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
            data-testid="amendment-text"
          />
          <input
            aria-label="Note (optional)"
            placeholder="Note (optional)"
            value={draft.note}
            onChange={(e) => setDraft({ ...draft, note: e.target.value })}
            data-testid="amendment-note"
          />
          <button type="submit" className="btn" data-testid="amendment-submit">
            {draft.rebaseOf ? 'Propose (rebased)' : 'Propose'}
          </button>{' '}
          <button type="button" className="btn-link" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </form>
      )}
      <h3 className="board-subhead">Comments on §{clause.index}</h3>
      {clauseThreads.length === 0 && <p className="empty">No comments.</p>}
      <ul className="comment-threads">
        {clauseThreads.map(([root, ...replies]) =>
          root ? (
            <li
              key={root.id}
              className={`comment-thread${root.resolved ? ' resolved' : ''}`}
              data-testid="comment-thread"
            >
              {[root, ...replies].map((c) => {
                const span = spanOf(c);
                return (
                  <div key={c.id} className="comment" data-testid="comment" data-resolved={c.resolved}>
                    <strong>{c.by.delegation}</strong>{' '}
                    <span className="muted small">
                      {c.by.name} · {formatAt(c.at)}
                    </span>
                    {span && (
                      <button
                        type="button"
                        className="btn-link"
                        onClick={() => p.onReveal(clause.id, span.start, span.end)}
                      >
                        “{clause.text.slice(span.start, span.end)}”
                      </button>
                    )}
                    <p data-testid="comment-text">{c.text}</p>
                  </div>
                );
              })}
              {canTalk && (
                <div className="comment-actions">
                  <button
                    type="button"
                    className="btn-link"
                    onClick={() => setReplyTo({ id: root.id, text: root.text })}
                  >
                    Reply
                  </button>{' '}
                  <button
                    type="button"
                    className="btn-link"
                    data-testid="comment-resolve"
                    onClick={() =>
                      void run(async () =>
                        p.negotiation.apply(await p.api.resolve(p.docId, root.id, !root.resolved), 'comment'),
                      )
                    }
                  >
                    {root.resolved ? 'Reopen' : 'Resolve'}
                  </button>
                </div>
              )}
            </li>
          ) : null,
        )}
      </ul>
      {canTalk && (
        <form className="comment-form" onSubmit={submitComment}>
          {replyTo && (
            <p className="muted small">
              Replying to “{replyTo.text.slice(0, 60)}”{' '}
              <button type="button" className="btn-link" onClick={() => setReplyTo(null)}>
                cancel
              </button>
            </p>
          )}
          <textarea
            aria-label={`Comment on §${clause.index}`}
            value={comment}
            rows={2}
            onChange={(e) => setComment(e.target.value)}
            data-testid="comment-input"
          />
          <label className="small">
            <input type="checkbox" checked={onSpan} onChange={(e) => setOnSpan(e.target.checked)} /> on the
            selected text
          </label>{' '}
          <button type="submit" className="btn" data-testid="comment-submit">
            {replyTo ? 'Reply' : 'Comment'}
          </button>
        </form>
      )}
    </section>
  );
}
