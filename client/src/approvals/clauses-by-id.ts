import type { DocStateEvent } from '@accord/protocol';

type ClauseView = DocStateEvent['clauses'][number];

const byState = new WeakMap<readonly ClauseView[], ReadonlyMap<string, ClauseView>>();

/**
 * A live state's clauses by id, built once per state however many views ask (#18: the gutter and
 * "approve all my remaining" both look clauses up on every push and keystroke).
 */
export function clausesById(clauses: readonly ClauseView[]): ReadonlyMap<string, ClauseView> {
  let map = byState.get(clauses);
  if (!map) {
    map = new Map(clauses.map((c) => [c.id, c]));
    byState.set(clauses, map);
  }
  return map;
}
