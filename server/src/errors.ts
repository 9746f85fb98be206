import type { DecisionCode, PartyChangeCode } from '@accord/approvals';
import { CLOSE, ERROR_CODES, type ErrorBody, type ErrorCode } from '@accord/protocol';

export { CLOSE };

/** HTTP status for each boundary error code: the one place where codes meet statuses. */
export const HTTP_STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 410 | 413 | 429 | 500 | 503> = {
  invalid_request: 400,
  malformed_message: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_a_party: 403,
  not_found: 404,
  stale_hash: 409,
  clause_bracketed: 409,
  conflict: 409,
  not_agreed: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  gone: 410,
  audit_chain_broken: 409,
  already_a_party: 409,
  no_such_party: 404,
  last_party: 409,
  locked: 409,
};

/** Close code for each boundary error code, for errors raised while a socket is open. */
export const CLOSE_CODE: Record<ErrorCode, number> = {
  invalid_request: CLOSE.malformed,
  malformed_message: CLOSE.malformed,
  unauthenticated: CLOSE.unauthenticated,
  forbidden: CLOSE.forbidden,
  not_a_party: CLOSE.forbidden,
  not_found: CLOSE.notFound,
  stale_hash: CLOSE.malformed,
  clause_bracketed: CLOSE.malformed,
  conflict: CLOSE.malformed,
  not_agreed: CLOSE.malformed,
  payload_too_large: CLOSE.messageTooBig,
  rate_limited: CLOSE.rateLimited,
  internal: CLOSE.internalError,
  unavailable: CLOSE.tryAgainLater,
  gone: CLOSE.unauthenticated,
  audit_chain_broken: CLOSE.malformed,
  already_a_party: CLOSE.malformed,
  no_such_party: CLOSE.malformed,
  last_party: CLOSE.malformed,
  locked: CLOSE.malformed,
};

/**
 * Domain packages refuse with codes of their own; most are boundary codes already (AP10's
 * `already_a_party`, `no_such_party`, `last_party`, `forbidden`, `not_a_party`, …), the rest are
 * named here. With HTTP_STATUS and CLOSE_CODE above, this is the one place codes meet statuses.
 */
const DOMAIN_CODE: Record<string, ErrorCode> = {
  no_such_clause: 'not_found',
};
const isErrorCode = (code: string): code is ErrorCode => (ERROR_CODES as readonly string[]).includes(code);

/** A domain package's refusal (`decide…` → `{ ok: false, code, message }`) as the boundary error. */
export function refusal(r: {
  code: ErrorCode | DecisionCode | PartyChangeCode;
  message: string;
}): AccordError {
  const code = isErrorCode(r.code) ? r.code : DOMAIN_CODE[r.code];
  return new AccordError(code ?? 'internal', r.message);
}

/** The one error type of Accord's HTTP and WebSocket boundary. */
export class AccordError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AccordError';
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) },
    };
  }
}
