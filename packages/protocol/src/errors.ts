import { z } from 'zod';

/**
 * Machine-readable error codes of the REST and WebSocket boundary. The server maps each to an
 * HTTP status and a close code in one place; clients switch on `code`, never on messages.
 */
export const ERROR_CODES = [
  'invalid_request',
  'unauthenticated',
  'forbidden',
  'not_a_party',
  'not_found',
  'stale_hash',
  'clause_bracketed',
  'conflict',
  'not_agreed',
  'payload_too_large',
  'rate_limited',
  'malformed_message',
  'internal',
  'unavailable',
  'already_a_party',
  'no_such_party',
  'last_party',
  'gone',
  'audit_chain_broken',
  'locked',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorCodeSchema = z.enum(ERROR_CODES);

/** Every refusal's body. A refused final export also carries its `reasons` at the top level (api.md). */
export const errorBodySchema = z.object({
  error: z.object({ code: errorCodeSchema, message: z.string(), details: z.unknown().optional() }),
  reasons: z.array(z.unknown()).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
