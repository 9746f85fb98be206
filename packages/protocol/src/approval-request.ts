/**
 * Body of `POST /api/docs/:id/clauses/:clauseId/approval`. The approvals package owns its rules
 * (AP1: states, hash, note); the wire contract names it here, so routes and clients import every
 * request schema from the protocol.
 */
export { type ApprovalRequest, approvalRequestSchema } from '@accord/approvals';
