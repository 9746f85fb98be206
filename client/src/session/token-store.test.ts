import { describe, expect, it } from 'vitest';
import { decodeToken, loadSession, saveSession, type TokenStorages, tokenFromHash } from './token-store';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

function jwt(payload: object): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}.signature`;
}

const claims = { sub: 'u1', name: 'Élise', delegation: 'FR', role: 'drafter' } as const;

describe('session tokens', () => {
  it('reads the claims of a well-formed token, including non-ASCII names', () => {
    expect(decodeToken(jwt(claims), 0)?.claims).toEqual(claims);
  });

  it('rejects an expired token and one whose claims do not match the fixed format', () => {
    expect(decodeToken(jwt({ ...claims, exp: 10 }), 10_000)).toBeNull();
    expect(decodeToken(jwt({ ...claims, role: 'admin' }), 0)).toBeNull();
    expect(decodeToken('not-a-jwt', 0)).toBeNull();
  });

  it('takes the token from a #token= hash only', () => {
    expect(tokenFromHash('#token=abc.def.ghi')).toBe('abc.def.ghi');
    expect(tokenFromHash('#other=1')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });

  it("prefers the tab's identity over the origin's remembered one", () => {
    const storages: TokenStorages = { tab: memoryStorage(), origin: memoryStorage() };
    saveSession(storages, jwt({ ...claims, delegation: 'UK' }));
    storages.tab.setItem('accord.token', jwt(claims));
    expect(loadSession(storages, 0)?.claims.delegation).toBe('FR');
  });

  it('drops an invalid stored token and falls back to the next one', () => {
    const storages: TokenStorages = { tab: memoryStorage(), origin: memoryStorage() };
    storages.tab.setItem('accord.token', 'garbage');
    storages.origin.setItem('accord.token', jwt(claims));
    expect(loadSession(storages, 0)?.claims.name).toBe('Élise');
    expect(storages.tab.getItem('accord.token')).toBe(jwt(claims));
  });
});
