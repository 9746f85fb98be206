import type { DocStateEvent } from '@accord/protocol';
import { useRef } from 'react';
import { clausesById } from '../approvals/clauses-by-id';
import { sameDecidedParts } from './share-doc-state';

/**
 * Whether `next` shows what `prev` shows to a view of decisions (approvals, parties, status,
 * blockers, suppressions) and of the suppressed clauses' texts: an edit elsewhere resends the whole
 * state with one clause's text and hash changed, and such a view has nothing new to show.
 */
export function sameDecisions(prev: DocStateEvent, next: DocStateEvent): boolean {
  if (!sameDecidedParts(prev, next)) return false;
  if (next.suppressions.length === 0) return true;
  const before = clausesById(prev.clauses);
  const after = clausesById(next.clauses);
  return next.suppressions.every((s) => before.get(s.clauseId) === after.get(s.clauseId));
}

/**
 * The live state as a view of decisions sees it (#18): the previous object while only texts of
 * unsuppressed clauses changed, so the approval gutter (an entry per clause) and "approve all my
 * remaining" skip the state resent after every edit. Views that show texts take the state itself.
 */
export function useDecidedState(state: DocStateEvent | null): DocStateEvent | null {
  const kept = useRef(state);
  const prev = kept.current;
  if (prev !== state && (!prev || !state || !sameDecisions(prev, state))) kept.current = state;
  return kept.current;
}
