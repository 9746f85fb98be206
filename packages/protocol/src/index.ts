export type { ApprovalRequest } from './approval-request';
export { approvalRequestSchema } from './approval-request';
export type { CloseCode } from './close-codes';
export { CLOSE, FINAL_CLOSE_CODES } from './close-codes';
export type { DelegationInfo } from './delegations';
export { DELEGATIONS, delegationInfo } from './delegations';
export type {
  ApprovalResult,
  AuditEntryView,
  ClauseListItem,
  DocCreated,
  DocListItem,
  DocMeta,
  ExportListingView,
  FindingView,
  Health,
  PartiesChanged,
  PatchedClause,
} from './documents';
export {
  approvalResultSchema,
  auditEntryViewSchema,
  clauseListItemSchema,
  docCreatedSchema,
  docListItemSchema,
  docMetaSchema,
  exportListingSchema,
  findingViewSchema,
  healthSchema,
  partiesChangedSchema,
  patchedClauseSchema,
} from './documents';
export type { ErrorBody, ErrorCode } from './errors';
export { ERROR_CODES, errorBodySchema, errorCodeSchema } from './errors';
export type {
  BlockerView,
  ClauseApprovalsView,
  DocEvent,
  DocStateEvent,
  PartyApprovalView,
  PartySummaryView,
  SuppressionView,
} from './events';
export {
  approvalStateSchema,
  blockerViewSchema,
  clauseApprovalsViewSchema,
  docEventSchema,
  docStateEventSchema,
  documentStatusSchema,
  partyApprovalViewSchema,
  partySummaryViewSchema,
  suppressionViewSchema,
} from './events';
export type {
  AuthorView,
  ClauseDiff,
  ClauseHistoryEntry,
  ComparedClauseView,
  Comparison,
  CreateVersionRequest,
  DiffOpView,
  DiffQuery,
  VersionView,
} from './history';
export {
  authorViewSchema,
  clauseDiffSchema,
  clauseHistoryEntrySchema,
  clauseHistorySchema,
  comparedClauseSchema,
  compareQuerySchema,
  comparisonSchema,
  createVersionSchema,
  diffFromSchema,
  diffOpSchema,
  diffQuerySchema,
  versionListSchema,
  versionViewSchema,
} from './history';
export type { AuditHeadView, ChainBrokenReason, Integrity } from './integrity';
export { auditHeadViewSchema, chainBrokenReasonSchema, INTEGRITY_STATES, integritySchema } from './integrity';
export type {
  DocPatchRequest,
  ExportOptionsQuery,
  LifecycleStatusView,
  LifecycleView,
  RefusalGroupsView,
  ReopenRequest,
  SilenceBreakRequest,
  SilenceRequest,
  SilenceView,
} from './lifecycle';
export {
  docListStatusSchema,
  docPatchSchema,
  exportOptionsQuerySchema,
  lifecycleStatusSchema,
  lifecycleViewSchema,
  refusalGroupsSchema,
  refusalItemSchema,
  reopenRequestSchema,
  silenceBreakRequestSchema,
  silenceRequestSchema,
  silenceViewSchema,
} from './lifecycle';
export type {
  CreateInviteRequest,
  InviteView,
  MemberView,
  RedeemResponse,
  SessionEndedEvent,
  SessionEndReason,
} from './membership';
export {
  createInviteRequestSchema,
  INVITE_MAX_TTL_SECONDS,
  INVITE_MAX_USES,
  inviteViewSchema,
  memberViewSchema,
  redeemResponseSchema,
  SESSION_END_REASONS,
  sessionEndedEventSchema,
} from './membership';
export type {
  AmendmentStatusView,
  AmendmentView,
  CommentAnchorView,
  CommentView,
  CreateAmendmentRequest,
  CreateCommentRequest,
  NegotiationEventName,
  RejectAmendmentRequest,
} from './negotiation';
export {
  amendmentListSchema,
  amendmentStatusSchema,
  amendmentViewSchema,
  commentAnchorSchema,
  commentListSchema,
  commentViewSchema,
  createAmendmentSchema,
  createCommentSchema,
  NEGOTIATION_EVENTS,
  rejectAmendmentSchema,
} from './negotiation';
export type {
  CreateDocumentRequest,
  ExportQuery,
  InviteCreateRequest,
  InviteRedeemRequest,
  PartyChangeRequest,
  PatchClauseRequest,
  Role,
  SuppressionRequest,
  TlpLevel,
  TokenClaims,
} from './schemas';
export {
  createDocumentSchema,
  delegationCodeSchema,
  docIdSchema,
  exportQuerySchema,
  inviteCreateSchema,
  inviteRedeemSchema,
  partyChangeSchema,
  patchClauseSchema,
  roleSchema,
  suppressionRequestSchema,
  tlpSchema,
  tokenClaimsSchema,
} from './schemas';
export {
  type SuppressionRemovalRequest,
  suppressionIdSchema,
  suppressionRemovalRequestSchema,
} from './suppression-removal';
