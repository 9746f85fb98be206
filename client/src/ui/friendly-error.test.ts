import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import { friendlyError, friendlyMessage } from './friendly-error';

describe('error messages for people', () => {
  it('a request that never reached the server says so and what to do, not "Failed to fetch"', () => {
    const text = friendlyError(new TypeError('Failed to fetch'));
    expect(text).not.toMatch(/failed to fetch/i);
    expect(text).toMatch(/could not be reached.*try again/);
    expect(friendlyMessage('NetworkError when attempting to fetch resource.')).toMatch(
      /could not be reached/,
    );
  });

  it("the server's own wording passes through; bare statuses are explained", () => {
    expect(friendlyError(new ApiError(409, 'stale_hash', 'The clause changed.'))).toBe('The clause changed.');
    expect(friendlyError(new ApiError(401, 'unauthenticated', 'no'))).toMatch(/session has expired/);
    expect(friendlyError(new ApiError(503, 'unavailable', 'x'))).toMatch(/nothing was changed/);
  });
});
