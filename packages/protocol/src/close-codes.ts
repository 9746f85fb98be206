/** WebSocket close codes of `/ws/:docId` (api.md), named once for server and client. */
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
export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

/** Refusals a client must not retry: reconnecting with the same token would be refused again. */
export const FINAL_CLOSE_CODES: readonly number[] = [CLOSE.unauthenticated, CLOSE.forbidden, CLOSE.notFound];
