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
