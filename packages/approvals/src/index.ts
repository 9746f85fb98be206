export type {
  Lifecycle,
  LifecycleActor,
  LifecycleCode,
  LifecycleDecision,
  LifecycleStatus,
  SilenceProcedure,
} from './adoption';
export {
  concludeSilence,
  decideAdopt,
  decideBreakSilence,
  decideReopen,
  decideSilence,
  isFrozen,
  LIFECYCLE_STATUSES,
  lifecycleStatus,
  OPEN_LIFECYCLE,
  pendingDecisions,
  REASON_MAX_LENGTH,
  SILENCE_ACTOR,
  SILENCE_NOTE,
  silenceApprovals,
  silenceDue,
} from './adoption';
export type { ApprovalRecord, ApprovalRequest, ApprovalState, ClauseFacts } from './approval-state';
export { APPROVAL_STATES, approvalRequestSchema, clauseHashSchema, NOTE_MAX_LENGTH } from './approval-state';
export type { AuditData, AuditEntry, AuditInput, AuditKind, ChainVerdict } from './audit-chain';
export {
  AUDIT_KINDS,
  auditEntryHash,
  auditEntrySchema,
  chainEntry,
  GENESIS_HASH,
  verifyChain,
} from './audit-chain';
export type { AuditHead, AuditRecord } from './audit-chain-seal';
export {
  AUDIT_KEY_LABEL,
  approvalMismatch,
  approvalOfEntry,
  approvalsFromChain,
  deriveAuditKey,
  headSeals,
  sealEntry,
  sealHead,
  verifyAuditRecord,
} from './audit-chain-seal';
export type { CanonicalValue } from './canonical-json';
export { canonicalJson } from './canonical-json';
export { clauseDeletionAudit, splitByLiveClauses } from './clause-deletion';
export type { Decision, DecisionCode } from './decide-approval';
export { approvalAudit, decideApproval } from './decide-approval';
export type { Blocker, BlockerReason, DocumentStatus, PartySummary } from './document-status';
export { DOCUMENT_STATUSES, documentStatus } from './document-status';
export type { EffectiveApproval } from './effective-approval';
export { ApprovalIndex, effectiveApproval } from './effective-approval';
export type {
  InviteFacts,
  MembershipCode,
  MembershipRefusal,
  Person,
  SessionFacts,
} from './membership';
export {
  canRegisterFinalExport,
  canSeeInvite,
  decideInvite,
  decideRedemption,
  decideRevoke,
  INVITE_DEFAULT_TTL_SECONDS,
  INVITE_DEFAULT_USES,
  INVITE_MAX_TTL_SECONDS,
  INVITE_SESSION_TTL_SECONDS,
  inviteStatus,
  removalObjection,
  sessionReach,
  sessionStanding,
} from './membership';
export type { PartyChangeCode, PartyChangeDecision } from './party-change';
export { decidePartyChange } from './party-change';
export type { Actor } from './permissions';
export { canCreateDocuments, canEdit, canManageParties } from './permissions';
