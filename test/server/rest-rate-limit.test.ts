import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

describe('REST rate limit on a real server', () => {
  it('answers junk bearers on a real server with 429 and Retry-After once the address budget is spent', async () => {
    t = await startTestServer({ restRateLimit: { requestsPerSecond: 0.001, burst: 10 } });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 30; i++) {
      const res = await fetch(`${t.url}/api/docs`, { headers: { authorization: `Bearer junk-${i}` } });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
      await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });
});
