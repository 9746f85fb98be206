export type { DelegationInfo } from './delegations';
export { DELEGATIONS, delegationInfo } from './delegations';
export type { ErrorBody, ErrorCode } from './errors';
export { ERROR_CODES } from './errors';
export type {
  BlockerView,
  ClauseApprovalsView,
  DocEvent,
  DocStateEvent,
  PartyApprovalView,
  PartySummaryView,
  SuppressionView,
} from './events';
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
  CreateDocumentRequest,
  ExportQuery,
  InviteCreateRequest,
  InviteRedeemRequest,
  PartyChangeRequest,
  PatchClauseRequest,
  Role,
  SuppressionRequest,
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
  tokenClaimsSchema,
} from './schemas';
