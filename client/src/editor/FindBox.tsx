import type { LexicalEditor } from 'lexical';
import { type FormEvent, memo, useId, useMemo, useState } from 'react';
import type { MappedClause } from '../lint/clause-text-map';
import { revealSpan } from './select-span';
import { useStatementMirror } from './statement-mirror';

export interface Match {
  clauseId: string;
  index: number;
  start: number;
  end: number;
}

/** "12", "§12" or "clause 12" asks for a clause by number. */
export function clauseNumberQuery(query: string): number | null {
  const m = /^\s*(?:§|clause\s*)?(\d{1,4})\.?\s*$/i.exec(query);
  return m ? Number(m[1]) : null;
}

/** Every occurrence of `query` across the statement, case-insensitive, in document order. */
export function findMatches(clauses: readonly MappedClause[], query: string): Match[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle.length < 2) return [];
  const out: Match[] = [];
  for (const clause of clauses) {
    const hay = clause.text.toLocaleLowerCase();
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length))
      out.push({ clauseId: clause.id, index: clause.index, start: at, end: at + needle.length });
  }
  return out;
}

/**
 * Find text across the statement, or jump to a clause by its number (#18, #19). Pass the outline as
 * `clauses`: the texts are followed here only while a text is searched for, so typing in the
 * statement does not re-render the box otherwise (#18).
 */
export const FindBox = memo(function FindBox({
  editor,
  clauses: outline,
}: {
  editor: LexicalEditor;
  clauses: MappedClause[];
}) {
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(-1);
  const [message, setMessage] = useState('');
  const id = useId();
  const number = clauseNumberQuery(query);
  const searching = number === null && query.trim().length >= 2;
  const live = useStatementMirror(searching).clauses;
  const clauses = live.length > 0 ? live : outline;
  const matches = useMemo(() => (searching ? findMatches(clauses, query) : []), [clauses, query, searching]);

  const go = (event: FormEvent) => {
    event.preventDefault();
    if (number !== null) {
      const clause = clauses[number - 1];
      if (!clause) {
        setMessage(`There is no clause ${number}: the statement has ${clauses.length}.`);
        return;
      }
      setMessage(`Clause ${number}.`);
      revealSpan(editor, clause.id);
      return;
    }
    if (matches.length === 0) {
      setMessage(
        query.trim().length < 2 ? 'Type at least two characters.' : `No clause contains “${query.trim()}”.`,
      );
      return;
    }
    const next = (at + 1) % matches.length;
    const match = matches[next]!;
    setAt(next);
    setMessage(`Match ${next + 1} of ${matches.length}, in clause ${match.index}.`);
    revealSpan(editor, match.clauseId, match.start, match.end);
  };

  return (
    <search>
      <form className="find-box" onSubmit={go} data-testid="find-box">
        <label htmlFor={id} className="visually-hidden">
          Find text, or go to a clause by number
        </label>
        <input
          id={id}
          type="search"
          placeholder="Find text or go to § number"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setAt(-1);
            setMessage('');
          }}
          data-testid="find-input"
        />
        <button type="submit" className="btn btn-small">
          {number !== null ? 'Go' : 'Find next'}
        </button>
        <span className="muted small" role="status" aria-live="polite" data-testid="find-status">
          {message || (number === null && matches.length > 0 ? `${matches.length} matches` : '')}
        </span>
      </form>
    </search>
  );
});
