import { type DocStateEvent, delegationInfo } from '@accord/protocol';

/** One suppression as the live state carries it (api.md: `suppressions` of the state event). */
export type Suppression = DocStateEvent['suppressions'][number];
type ClauseView = DocStateEvent['clauses'][number];

export interface SuppressionView {
  suppression: Suppression;
  index: number | undefined;
  /** The suppressed words, when the clause still reads as it did. */
  text: string | null;
  /** The clause changed since: the suppression no longer applies and the finding is back. */
  lapsed: boolean;
}

/** One suppression against the clause as it reads now (undefined: the clause is gone). */
export function suppressionView(suppression: Suppression, clause: ClauseView | undefined): SuppressionView {
  const lapsed = !clause || clause.hash !== suppression.clauseHash;
  return {
    suppression,
    index: clause?.index,
    text: lapsed || !clause ? null : clause.text.slice(suppression.start, suppression.end),
    lapsed,
  };
}

const byPlace = (a: SuppressionView, b: SuppressionView) =>
  (a.index ?? 1e9) - (b.index ?? 1e9) || a.suppression.start - b.suppression.start;

/** Every suppression of the document, with its clause and whether an edit lapsed it (#19). */
export function suppressionViews(state: DocStateEvent | null): SuppressionView[] {
  if (!state) return [];
  const clauses = new Map(state.clauses.map((c) => [c.id, c]));
  return state.suppressions.map((s) => suppressionView(s, clauses.get(s.clauseId))).sort(byPlace);
}

/** One clause's suppressions (per-clause view, #19), in the order of their place in the text. */
export function clauseSuppressionViews(
  suppressions: readonly Suppression[],
  clause: ClauseView | undefined,
): SuppressionView[] {
  return suppressions.map((s) => suppressionView(s, clause)).sort(byPlace);
}

const NONE: readonly Suppression[] = [];

/** The suppressions of each clause, by clause id; one array per clause that has any. */
export function suppressionsByClause(
  suppressions: readonly Suppression[] | undefined,
): ReadonlyMap<string, readonly Suppression[]> {
  const map = new Map<string, Suppression[]>();
  for (const s of suppressions ?? NONE) {
    const list = map.get(s.clauseId);
    if (list) list.push(s);
    else map.set(s.clauseId, [s]);
  }
  return map;
}

/** Who suppressed it, from the server's `by` field "Name (FR)": the person and their delegation. */
export function suppressedBy(by: string): { name: string; delegation: string | null } {
  const match = /^(.*?)\s*\(([A-Z]{2,4})\)\s*$/.exec(by);
  return match ? { name: match[1] || by, delegation: match[2] ?? null } : { name: by, delegation: null };
}

/** "Élise Martin (France, FR)": the person and their delegation, from the `by` field. */
export function suppressorLabel(by: string): string {
  const { name, delegation } = suppressedBy(by);
  if (!delegation) return name;
  const country = delegationInfo(delegation).name;
  return country === delegation ? `${name} (${delegation})` : `${name} (${country}, ${delegation})`;
}

/** "FR's suppression lapsed: §4 changed" — who asked for it, from the `by` field "Name (FR)". */
export function lapseNote(view: SuppressionView): string {
  const { delegation } = suppressedBy(view.suppression.by);
  const who = delegation ? `${delegation}'s` : `${view.suppression.by}'s`;
  return `${who} suppression lapsed: ${view.index === undefined ? 'its clause was removed' : `§${view.index} changed`}`;
}

/** A key for one suppression that stays the same while it exists. */
export function suppressionKey(s: Suppression): string {
  return s.id ?? `${s.clauseId}|${s.policy}|${s.ruleId}|${s.start}|${s.end}|${s.at}`;
}
