import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../api/api-client';
import { friendlyError, friendlyMessage, NETWORK_MESSAGE } from './friendly-error';

describe('error messages for people (#19): what happened and what to do, never the raw text', () => {
  it('a request that never reached the server says so and what to do, not "Failed to fetch"', () => {
    expect(friendlyError(new TypeError('Failed to fetch'))).toBe(
      'Could not reach the server. Check your connection and try again.',
    );
    expect(friendlyMessage('NetworkError when attempting to fetch resource.')).toBe(NETWORK_MESSAGE);
    expect(friendlyMessage('Load failed')).toBe(NETWORK_MESSAGE);
    expect(friendlyError(new TypeError('fetch failed'))).toBe(NETWORK_MESSAGE);
  });

  it("the server's own wording passes through; bare statuses are explained", () => {
    expect(friendlyError(new ApiError(409, 'stale_hash', 'The clause changed.'))).toBe('The clause changed.');
    expect(friendlyError(new ApiError(401, 'unauthenticated', 'no'))).toMatch(
      /session has expired.*invite link/,
    );
    expect(friendlyError(new ApiError(503, 'unavailable', 'x'))).toMatch(/nothing was changed: try again/);
    expect(friendlyError(new ApiError(429, 'rate_limited', 'slow down'))).toMatch(/wait a few seconds/);
  });

  it('an error page without a body (a proxy, a crash) is worded by its status, not "404 Not Found"', () => {
    expect(friendlyError(new ApiError(404, 'http_404', '404 Not Found'))).toMatch(/no longer exists.*reload/);
    expect(friendlyError(new ApiError(403, 'http_403', '403 Forbidden'))).toMatch(/may not do this/);
    expect(friendlyError(new ApiError(502, 'http_502', '502 Bad Gateway'))).toMatch(/try again in a moment/);
    expect(friendlyError(new ApiError(500, 'internal', 'TypeError: x is undefined'))).not.toMatch(
      /TypeError/,
    );
    expect(friendlyMessage('500 Internal Server Error')).toMatch(/nothing was changed/);
    expect(friendlyMessage('404')).toMatch(/no longer exists/);
  });

  it("a refusal's reasons are listed after its message, once", () => {
    const refused = new ApiError(409, 'not_agreed', 'The final text cannot be exported yet.', [
      'UK has not approved §2',
      'FR objects to §3',
    ]);
    expect(friendlyError(refused)).toBe(
      'The final text cannot be exported yet. — UK has not approved §2 — FR objects to §3',
    );
    const joined = new ApiError(409, 'not_agreed', 'UK has not approved §2; FR objects to §3', [
      'UK has not approved §2',
      'FR objects to §3',
    ]);
    expect(friendlyError(joined)).toBe('UK has not approved §2; FR objects to §3');
  });

  it('an answer that does not parse or match its schema, an abort, or nothing at all, each say what to do', () => {
    const schemaError = z.object({ id: z.string() }).safeParse({ id: 3 }).error;
    expect(friendlyError(schemaError)).toMatch(/does not understand: reload the page/);
    expect(friendlyError(new SyntaxError('Unexpected token < in JSON at position 0'))).toMatch(
      /reload the page/,
    );
    expect(friendlyError(new DOMException('The operation was aborted.', 'AbortError'))).toMatch(
      /interrupted.*try again/,
    );
    expect(friendlyError(new Error(''))).toMatch(/try again/);
    expect(friendlyError(undefined)).toMatch(/try again/);
  });
});
