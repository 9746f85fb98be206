import { useRef } from 'react';

/** Whether two lists hold the same items (by identity) in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * The previous list while a recomputed one holds the same items (#18): a filter re-run on every
 * keystroke then re-renders nothing that takes the list as a prop.
 */
export function useStableList<T>(list: T[]): T[] {
  const kept = useRef(list);
  if (kept.current !== list && !sameItems(kept.current, list)) kept.current = list;
  return kept.current;
}
