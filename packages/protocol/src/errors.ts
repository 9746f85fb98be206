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
  'gone',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}
