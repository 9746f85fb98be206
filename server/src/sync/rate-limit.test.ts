import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './rate-limit';

describe('token bucket', () => {
  it('allows a burst, then the sustained rate as time passes', () => {
    let now = 0;
    const bucket = createTokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 10_000;
    expect(bucket.take(3)).toBe(true);
    expect(bucket.take()).toBe(false);
  });
});
