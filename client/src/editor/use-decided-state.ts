import type { DocStateEvent } from '@accord/protocol';
import { useRef } from 'react';
import { clausesById } from '../approvals/clauses-by-id';
import { excerptOf } from '../board/board-rows';
import { sameDecidedParts, shareDocState } from './share-doc-state';

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
  return useKeptState(state, sameDecisions);
}

/**
 * Whether `next` shows what `prev` shows on the status board: the same decisions, and each clause's
 * number, brackets and excerpt (its first words) unchanged; typing past a clause's first words
 * changes nothing there.
 */
export function sameBoard(prev: DocStateEvent, next: DocStateEvent): boolean {
  if (!sameDecisions(prev, next)) return false;
  for (let i = 0; i < next.clauses.length; i++) {
    const a = prev.clauses[i]!;
    const b = next.clauses[i]!;
    if (a === b) continue;
    if (a.index !== b.index || a.bracketed !== b.bracketed || excerptOf(a.text) !== excerptOf(b.text))
      return false;
  }
  return true;
}

/**
 * The live state the workspace keeps (#18): `next` shared with `prev` (shareDocState), or `prev`
 * itself while it shows the same on the status board (sameBoard: decisions, suppressed clauses' texts,
 * every clause's number, brackets and first words). Every view of the workspace takes one of these
 * views of the state, and the texts themselves come from the editor: the state the server resends
 * after each keystroke then renders nothing, the workspace included.
 */
export function keptWorkspaceState(prev: DocStateEvent | null, next: DocStateEvent): DocStateEvent {
  const shared = shareDocState(prev, next);
  return prev && shared !== prev && prev.docId === shared.docId && sameBoard(prev, shared) ? prev : shared;
}

/** The live state as the status board sees it (#18): the previous object while it shows the same. */
export function useBoardState(state: DocStateEvent | null): DocStateEvent | null {
  return useKeptState(state, sameBoard);
}

function useKeptState(
  state: DocStateEvent | null,
  same: (prev: DocStateEvent, next: DocStateEvent) => boolean,
): DocStateEvent | null {
  const kept = useRef(state);
  const prev = kept.current;
  if (prev !== state && (!prev || !state || !same(prev, state))) kept.current = state;
  return kept.current;
}
