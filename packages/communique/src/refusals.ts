/** Why a final export is refused, one item per obstacle (CQ22). */
export const REFUSAL_CAUSES = [
  'no_clauses',
  'pending',
  'stale',
  'reserve',
  'objection',
  'bracket',
  'lint',
  'audit_chain_broken',
  'other',
] as const;
export type RefusalCause = (typeof REFUSAL_CAUSES)[number];

export interface RefusalItem {
  cause: RefusalCause;
  /** The clause it concerns (absent for document-wide causes). */
  clauseId?: string;
  /** 1-based clause number, as /clauses and the communiqué count. */
  index?: number;
  /** The delegation it concerns: who is pending/objecting/reserving, whose policy a finding is under. */
  party?: string;
  message: string;
}

export interface RefusalCauseGroup {
  cause: RefusalCause;
  count: number;
  items: RefusalItem[];
}

export interface RefusalPartyGroup {
  party: string;
  count: number;
  /** How many of this party's items fall under each cause (causes with none left out). */
  causes: Partial<Record<RefusalCause, number>>;
  items: RefusalItem[];
}

export interface RefusalGroups {
  total: number;
  byCause: RefusalCauseGroup[];
  /** Items without a party (brackets, an empty statement) are counted under byCause only. */
  byParty: RefusalPartyGroup[];
}

/**
 * Groups refusal items by cause (in REFUSAL_CAUSES order) and by party (in the order given, then
 * any others alphabetically), each with its count; items within a group stay in clause order.
 */
export function groupRefusals(
  items: readonly RefusalItem[],
  partyOrder: readonly string[] = [],
): RefusalGroups {
  const sorted = [...items].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const byCause: RefusalCauseGroup[] = [];
  for (const cause of REFUSAL_CAUSES) {
    const mine = sorted.filter((i) => i.cause === cause);
    if (mine.length > 0) byCause.push({ cause, count: mine.length, items: mine });
  }
  const parties = [...new Set(sorted.map((i) => i.party).filter((p): p is string => !!p))].sort((a, b) => {
    const ia = partyOrder.indexOf(a);
    const ib = partyOrder.indexOf(b);
    if (ia >= 0 && ib >= 0) return ia - ib;
    if (ia >= 0 || ib >= 0) return ia >= 0 ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const byParty = parties.map((party): RefusalPartyGroup => {
    const mine = sorted.filter((i) => i.party === party);
    const causes: Partial<Record<RefusalCause, number>> = {};
    for (const i of mine) causes[i.cause] = (causes[i.cause] ?? 0) + 1;
    return { party, count: mine.length, causes, items: mine };
  });
  return { total: items.length, byCause, byParty };
}
