import type { DocStateEvent } from '@accord/protocol';

type ClauseView = DocStateEvent['clauses'][number];

/** Structural equality of JSON values, without serialising them (#18: it runs 300× per resent state). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // Keys whose value is undefined are absent in JSON: skip them on both sides.
  let count = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    count++;
    if (!same(x[key], y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined) count--;
  return count === 0;
}

/**
 * Structural sharing between two live states (#18): every part of `next` equal to the same part of
 * `prev` keeps `prev`'s object, so memoised views (a clause's approvals, the parties) re-render
 * only where something changed. An edit resends the whole state; only the edited clause differs.
 */
export function shareDocState(prev: DocStateEvent | null, next: DocStateEvent): DocStateEvent {
  if (!prev || prev.docId !== next.docId) return next;
  // Built only when a clause is not where it was (the live-state parser keeps unchanged clause objects).
  let byId: Map<string, ClauseView> | undefined;
  let allSame = prev.clauses.length === next.clauses.length;
  const clauses = next.clauses.map((c, i): ClauseView => {
    if (prev.clauses[i] === c) return c;
    let old = prev.clauses[i];
    if (old?.id !== c.id) {
      byId ??= new Map(prev.clauses.map((p) => [p.id, p]));
      old = byId.get(c.id);
    }
    if (!old) {
      allSame = false;
      return c;
    }
    const approvals = same(old.approvals, c.approvals) ? old.approvals : c.approvals;
    const kept =
      approvals === old.approvals &&
      old.index === c.index &&
      old.text === c.text &&
      old.hash === c.hash &&
      old.bracketed === c.bracketed;
    if (!kept || prev.clauses[i] !== old) allSame = false;
    return kept ? old : { ...c, approvals };
  });
  const shared: DocStateEvent = {
    ...next,
    parties: same(prev.parties, next.parties) ? prev.parties : next.parties,
    summary: same(prev.summary, next.summary) ? prev.summary : next.summary,
    blockers: same(prev.blockers, next.blockers) ? prev.blockers : next.blockers,
    suppressions: same(prev.suppressions, next.suppressions) ? prev.suppressions : next.suppressions,
    clauses: allSame ? prev.clauses : clauses,
  };
  const unchanged =
    shared.clauses === prev.clauses &&
    shared.parties === prev.parties &&
    shared.summary === prev.summary &&
    shared.blockers === prev.blockers &&
    shared.suppressions === prev.suppressions &&
    shared.status === prev.status &&
    same(
      [shared.integrity, shared.auditHead, shared.silence],
      [prev.integrity, prev.auditHead, prev.silence],
    );
  return unchanged ? prev : shared;
}

/**
 * A key that changes when decisions change (status, parties, approvals, blockers, suppressions,
 * integrity, silence), not when only a clause's text does: for panels that refetch on change.
 */
export function decisionsKey(state: DocStateEvent | null): string {
  if (!state) return '';
  // A state whose decided parts are the very objects of the last one keyed (shareDocState keeps them
  // while only texts change) has its key: no 100 KB string rebuilt per resent state (#18).
  if (lastKeyed && sameDecidedParts(lastKeyed.state, state)) return lastKeyed.key;
  // Each clause's approvals are shared between states (shareDocState): serialised once per object.
  const decided = state.clauses.map(decidedPart);
  const key = [
    JSON.stringify([state.status, state.integrity, state.auditHead, state.silence]),
    serialised(state.parties),
    serialised(state.summary),
    serialised(state.blockers),
    serialised(state.suppressions),
    decided.join(','),
  ].join('|');
  lastKeyed = { state, key };
  return key;
}

let lastKeyed: { state: DocStateEvent; key: string } | null = null;

/** Whether two states hold the same objects (or equal values) in every part decisionsKey reads. */
export function sameDecidedParts(a: DocStateEvent, b: DocStateEvent): boolean {
  if (
    a.status !== b.status ||
    a.parties !== b.parties ||
    a.summary !== b.summary ||
    a.blockers !== b.blockers ||
    a.suppressions !== b.suppressions ||
    a.clauses.length !== b.clauses.length ||
    !same([a.integrity, a.auditHead, a.silence], [b.integrity, b.auditHead, b.silence])
  )
    return false;
  for (let i = 0; i < a.clauses.length; i++) {
    const x = a.clauses[i]!;
    const y = b.clauses[i]!;
    if (x !== y && (x.id !== y.id || x.approvals !== y.approvals)) return false;
  }
  return true;
}

const decidedParts = new WeakMap<ClauseView, string>();
/** A clause's id and approvals as decisionsKey writes them, once per clause object. */
function decidedPart(clause: ClauseView): string {
  let part = decidedParts.get(clause);
  if (part === undefined) {
    part = `${JSON.stringify(clause.id)}:${serialised(clause.approvals)}`;
    decidedParts.set(clause, part);
  }
  return part;
}

const serialisations = new WeakMap<object, string>();
/** JSON of a part of the state, once per object (the parts are shared between states). */
function serialised(part: object): string {
  let text = serialisations.get(part);
  if (text === undefined) {
    text = JSON.stringify(part);
    serialisations.set(part, text);
  }
  return text;
}
