export type { AttributedOp } from './attribution';
export { attributedDiff } from './attribution';
export type { ClauseChange, ComparedClause } from './compare';
export { compareClauses } from './compare';
export type { Author, ClauseSnapshot, PlanInput, Revision, RevisionPlan, StoredRevision } from './revisions';
export {
  coalesce,
  DEFAULT_BURST_MS,
  normaliseAuthors,
  planRevisions,
  revisionOf,
  sameAuthors,
} from './revisions';
export type { DiffOp, DiffOpKind } from './word-diff';
export { commonInOrder, fromText, toText, wordDiff } from './word-diff';
