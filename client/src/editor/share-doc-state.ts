import type { DocStateEvent } from '@accord/protocol';

type ClauseView = DocStateEvent['clauses'][number];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Structural sharing between two live states (#18): every part of `next` equal to the same part of
 * `prev` keeps `prev`'s object, so memoised views (a clause's approvals, the parties) re-render
 * only where something changed. An edit resends the whole state; only the edited clause differs.
 */
export function shareDocState(prev: DocStateEvent | null, next: DocStateEvent): DocStateEvent {
  if (!prev || prev.docId !== next.docId) return next;
  const byId = new Map(prev.clauses.map((c) => [c.id, c]));
  let allSame = prev.clauses.length === next.clauses.length;
  const clauses = next.clauses.map((c, i): ClauseView => {
    const old = byId.get(c.id);
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
  return JSON.stringify([
    state.status,
    state.parties,
    state.summary,
    state.blockers,
    state.suppressions,
    state.integrity,
    state.auditHead,
    state.silence,
    state.clauses.map((c) => [c.id, c.approvals]),
  ]);
}
