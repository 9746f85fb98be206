export type {
  Amendment,
  AmendmentAction,
  AmendmentDecision,
  AmendmentRequest,
  AmendmentStatus,
  ProposeDecision,
  TransitionDecision,
} from './amendments';
export {
  ACCORD_ACTOR,
  AMENDMENT_STATUSES,
  competing,
  decideProposal,
  decideTransition,
  MAX_AMENDMENT_LENGTH,
  MAX_NOTE_LENGTH,
  revokeAcceptance,
  supersede,
} from './amendments';
export type { Comment, CommentAnchor, CommentDecision, CommentRequest, ResolveDecision } from './comments';
export {
  checkCommentText,
  decideComment,
  decideResolve,
  MAX_ANCHOR_LENGTH,
  MAX_COMMENT_LENGTH,
  openCommentCounts,
  threads,
} from './comments';
export { changedSpan, compilationLine } from './compilation';
export type { Notification, StateFacts } from './notifications';
export { amendmentNotification, commentNotification, stateNotifications } from './notifications';
export type { Author, ClauseFacts, NegotiationActor, NegotiationCode, Refusal } from './types';
export { canDecideAmendments, canNegotiate } from './types';
