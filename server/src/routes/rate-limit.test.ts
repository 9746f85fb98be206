import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createTokenService } from '../auth/tokens';
import { AccordError } from '../errors';
import { restRateLimit, verifiedSub } from './rate-limit';

const SECRET = 'rate-limit-test-secret-0123456789abcdef';
const tokens = createTokenService(SECRET);
const mintToken = (claims: { sub: string; name: string; delegation: string; role: 'drafter' }) =>
  tokens.issue(claims, 3600);

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The spellings of one token that all verify: the HS256 signature's last base64url character
 * carries 2 unused bits (4 spellings decode to the same bytes), times 4 spellings of "Bearer".
 */
function spellingsOf(token: string): string[] {
  const i = BASE64URL.indexOf(token.at(-1)!);
  const sigs = [0, 1, 2, 3].map((k) => token.slice(0, -1) + BASE64URL[(i & ~3) + k]);
  return ['Bearer', 'bearer', 'BEARER', 'bEaReR'].flatMap((scheme) => sigs.map((s) => `${scheme} ${s}`));
}

/** The REST limiter alone in front of a handler, served through app.request() with a client address. */
function limitedApp(burst: number, maxCallers?: number) {
  const limiter = restRateLimit({ requestsPerSecond: 0.001, burst, maxCallers }, Date.now, {
    identify: verifiedSub(tokens),
  });
  const app = new Hono();
  app.onError((err, c) =>
    c.json({ error: err.message }, err instanceof AccordError ? (err.status as 429) : 500),
  );
  app.use('/api/*', limiter);
  app.get('/api/ping', (c) => c.json({ ok: true }));
  const get = (authorization: string | undefined, remoteAddress: string) =>
    app.request(
      '/api/ping',
      { headers: authorization ? { authorization } : {} },
      { incoming: { socket: { remoteAddress } } },
    );
  return { get, limiter };
}

describe('REST rate limit keyed on verified identity', () => {
  it('limits 20,000 junk-bearer requests by client address, and its table stays one entry', async () => {
    const { get, limiter } = limitedApp(50);
    let limited = 0;
    for (let i = 0; i < 20_000; i++) {
      const res = await get(`Bearer junk-${i}-${'j'.repeat(64)}`, '203.0.113.7');
      if (res.status === 429) limited++;
    }
    expect(limited).toBe(20_000 - 50);
    expect(limiter.callers()).toBe(1);
  });

  it('forgets the least recently seen callers past its cap, so distinct addresses cannot grow it', async () => {
    const { get, limiter } = limitedApp(5, 1000);
    for (let i = 0; i < 20_000; i++) await get(undefined, `2001:db8::${i.toString(16)}`);
    expect(limiter.callers()).toBe(1000);
  });

  it('gives 16 spellings of one valid token one budget, wherever they come from', async () => {
    const { get } = limitedApp(20);
    const spellings = spellingsOf(
      await mintToken({ sub: 'fr-1', name: 'Ana', delegation: 'FR', role: 'drafter' }),
    );
    expect(new Set(spellings).size).toBe(16);
    let ok = 0;
    let n = 0;
    for (let round = 0; round < 4; round++) {
      for (const authorization of spellings) {
        // A new address for every request: only the verified identity ties them together.
        const res = await get(authorization, `198.51.100.${n++ % 250}`);
        if (res.status === 200) ok++;
      }
    }
    expect(ok).toBe(20);
  });

  it('keeps budgets of different people apart', async () => {
    const { get } = limitedApp(3);
    const ana = `Bearer ${await mintToken({ sub: 'fr-1', name: 'Ana', delegation: 'FR', role: 'drafter' })}`;
    const ben = `Bearer ${await mintToken({ sub: 'de-1', name: 'Ben', delegation: 'DE', role: 'drafter' })}`;
    const statuses = async (auth: string) => {
      const out: number[] = [];
      for (let i = 0; i < 4; i++) out.push((await get(auth, '192.0.2.1')).status);
      return out;
    };
    expect(await statuses(ana)).toEqual([200, 200, 200, 429]);
    expect(await statuses(ben)).toEqual([200, 200, 200, 429]);
  });
});
