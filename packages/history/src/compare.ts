import type { ClauseSnapshot } from './revisions';
import { commonInOrder, type DiffOp, wordDiff } from './word-diff';

export type ClauseChange = 'added' | 'deleted' | 'changed' | 'same';

export interface ComparedClause {
  id: string;
  change: ClauseChange;
  /** Present unless `same`: the word diff (all insert for added, all delete for deleted). */
  ops?: DiffOp[];
  /** The clause kept its id but moved relative to the others. */
  moved?: boolean;
  /** Position among the clauses of each side (absent on the side it is missing from). */
  fromIndex?: number;
  toIndex?: number;
}

/**
 * HI7/HI8: two frozen statements compared clause by clause (clauses are matched by id). The result
 * follows the `to` order, each deleted clause placed after the clause that preceded it in `from`.
 * A clause present on both sides but outside their longest common order is `moved`.
 */
export function compareClauses(
  from: readonly ClauseSnapshot[],
  to: readonly ClauseSnapshot[],
): ComparedClause[] {
  const fromById = new Map(from.map((c, i) => [c.id, { c, i }]));
  const toIds = new Set(to.map((c) => c.id));
  const inOrder = commonInOrder(
    from.map((c) => c.id).filter((id) => toIds.has(id)),
    to.map((c) => c.id).filter((id) => fromById.has(id)),
  );
  // Deleted clauses, grouped under the id of the nearest surviving clause before them in `from`.
  const deletedAfter = new Map<string | null, ComparedClause[]>();
  let anchor: string | null = null;
  for (const [i, c] of from.entries()) {
    if (toIds.has(c.id)) {
      anchor = c.id;
      continue;
    }
    const list = deletedAfter.get(anchor) ?? [];
    list.push({ id: c.id, change: 'deleted', ops: wordDiff(c.text, ''), fromIndex: i });
    deletedAfter.set(anchor, list);
  }
  const out: ComparedClause[] = [...(deletedAfter.get(null) ?? [])];
  for (const [i, c] of to.entries()) {
    const before = fromById.get(c.id);
    if (!before) out.push({ id: c.id, change: 'added', ops: wordDiff('', c.text), toIndex: i });
    else {
      const changed = before.c.hash !== c.hash;
      out.push({
        id: c.id,
        change: changed ? 'changed' : 'same',
        ...(changed ? { ops: wordDiff(before.c.text, c.text) } : {}),
        ...(inOrder.has(c.id) ? {} : { moved: true }),
        fromIndex: before.i,
        toIndex: i,
      });
    }
    out.push(...(deletedAfter.get(c.id) ?? []));
  }
  return out;
}
