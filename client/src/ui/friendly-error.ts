import { ApiError } from '../api/api-client';

/** What a browser says when a request never reached the server (Chromium, Firefox, Safari). */
const NETWORK = /failed to fetch|networkerror|load failed|network request failed|fetch failed/i;

export const NETWORK_MESSAGE = 'Could not reach the server. Check your connection and try again.';
const SERVER_BUSY =
  'The server could not complete this just now and nothing was changed: try again in a moment.';
const UNEXPECTED_ANSWER =
  'The server answered in a form this page does not understand: reload the page; if it happens again, tell your administrator.';
const NO_DETAIL = 'Something went wrong and nothing was changed: try again, or reload the page.';

/** Bare statuses (an error page without Accord's JSON, a proxy) in words: what happened, what to do. */
const STATUS_MESSAGES: Record<number, string> = {
  400: 'The server refused this request as malformed: reload the page and try again.',
  401: 'Your session has expired: open your invite link again to sign back in.',
  403: 'Your delegation or role may not do this on this document.',
  404: 'This no longer exists (it may have been deleted): reload the page.',
  409: 'Someone changed this meanwhile: review the current state and try again.',
  413: 'This is too large to send: shorten it and try again.',
  429: 'Too many requests in a short time: wait a few seconds, then try again.',
  503: 'The server could not store this right now, so nothing was changed: try again in a moment.',
};

/**
 * Raw error text → what happened and what to do (#18, #19). Errors the server words itself pass
 * through; what the browser says about a lost connection, bare statuses or internals do not.
 */
export function friendlyMessage(raw: string): string {
  const text = raw.trim();
  if (!text) return NO_DETAIL;
  if (NETWORK.test(text)) return NETWORK_MESSAGE;
  if (
    /^(?:HTTP )?5\d\d\b|internal server error|bad gateway|service unavailable|gateway time-?out/i.test(text)
  )
    return SERVER_BUSY;
  const status = /^(?:HTTP )?([1-5]\d\d)(?:\s+[A-Za-z][\w ]*)?$/.exec(text)?.[1];
  if (status) return STATUS_MESSAGES[Number(status)] ?? NO_DETAIL;
  if (/^(?:the operation was aborted|signal is aborted|the user aborted a request)/i.test(text))
    return 'The request was interrupted before it finished: try again.';
  if (/unexpected token|is not valid json|json\.parse|unexpected end of json/i.test(text))
    return UNEXPECTED_ANSWER;
  return text;
}

/** An error of any kind as a message for people (statuses of ApiError explained). */
export function friendlyError(err: unknown): string {
  if (err instanceof ApiError) {
    // Accord's own refusals carry a worded message; a bare status (`http_404`) gets words here.
    const bare = err.code.startsWith('http_') || /^\d{3}\b/.test(err.message.trim());
    if (err.status === 401 || err.status === 429 || err.status === 503) return STATUS_MESSAGES[err.status]!;
    if (err.status >= 500) return SERVER_BUSY;
    if (bare) return STATUS_MESSAGES[err.status] ?? friendlyMessage(err.message);
    const reasons = err.reasons.filter((r) => r && !err.message.includes(r));
    const message = friendlyMessage(err.message);
    return reasons.length > 0 ? `${message} ${reasons.map((r) => `— ${r}`).join(' ')}` : message;
  }
  // A response that did not match its schema (zod), or JSON that did not parse.
  if (err instanceof Error && (err.name === 'ZodError' || err instanceof SyntaxError))
    return UNEXPECTED_ANSWER;
  if (err instanceof Error) return friendlyMessage(err.message);
  return friendlyMessage(typeof err === 'string' ? err : '');
}
