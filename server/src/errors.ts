import type { ErrorBody, ErrorCode } from '@accord/protocol';

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
};

/** WebSocket close codes (api.md), named once. */
export const CLOSE = {
  normal: 1000,
  goingAway: 1001,
  messageTooBig: 1009,
  internalError: 1011,
  serviceRestart: 1012,
  tryAgainLater: 1013,
  malformed: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  notFound: 4404,
  rateLimited: 4429,
} as const;

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
};

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
