import { ApiError } from '../api/api-client';

/** What a browser says when a request never reached the server (Chromium, Firefox, Safari). */
const NETWORK = /failed to fetch|networkerror|load failed|network request failed|fetch failed/i;

/**
 * Raw error text → what happened and what to do (#18, #19). Errors the server words itself pass
 * through; what the browser says about a lost connection, or bare statuses, do not.
 */
export function friendlyMessage(raw: string): string {
  if (NETWORK.test(raw))
    return 'The server could not be reached, so nothing was saved: check your connection, then try again.';
  if (/^(?:HTTP )?5\d\d\b|internal server error|bad gateway|service unavailable/i.test(raw))
    return 'The server could not complete this just now and nothing was changed: try again in a moment.';
  return raw;
}

/** An error of any kind as a message for people (statuses of ApiError explained). */
export function friendlyError(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return 'Your session has expired: open your invite link again to sign back in.';
    if (err.status === 429) return 'Too many requests in a short time: wait a few seconds, then try again.';
    if (err.status === 503)
      return 'The server could not store this right now, so nothing was changed: try again in a moment.';
    return friendlyMessage(err.message);
  }
  return friendlyMessage(err instanceof Error ? err.message : String(err));
}
