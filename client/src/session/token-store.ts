import { type TokenClaims, tokenClaimsSchema } from '@accord/protocol';
import { TOKEN_KEY as KEY, tokenPayload } from './token-text';

export { tokenFromHash } from './token-text';

export interface Session {
  token: string;
  claims: TokenClaims;
}

/** The two storages a browser offers; injected so the rules can be tested without a DOM. */
export interface TokenStorages {
  /** Per tab: lets two tabs (or test contexts) hold two identities. */
  tab: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Per origin: remembers the last identity for new tabs. */
  origin: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/**
 * Reads a JWT's claims without verifying it: the server verifies every request, the page only needs
 * to know whom to show. Returns null for anything malformed or expired.
 */
export function decodeToken(token: string, nowMs: number): Session | null {
  const payload = tokenPayload(token);
  if (payload === null) return null;
  const parsed = tokenClaimsSchema.safeParse(payload);
  if (!parsed.success) return null;
  if (parsed.data.exp !== undefined && parsed.data.exp * 1000 <= nowMs) return null;
  return { token, claims: parsed.data };
}

export function saveSession(storages: TokenStorages, token: string): void {
  storages.tab.setItem(KEY, token);
  storages.origin.setItem(KEY, token);
}

export function clearSession(storages: TokenStorages): void {
  storages.tab.removeItem(KEY);
  storages.origin.removeItem(KEY);
}

/** The tab's own identity first, then the origin's remembered one; invalid or expired ones are dropped. */
export function loadSession(storages: TokenStorages, nowMs: number): Session | null {
  for (const storage of [storages.tab, storages.origin]) {
    const token = storage.getItem(KEY);
    if (token === null) continue;
    const session = decodeToken(token, nowMs);
    if (session) {
      storages.tab.setItem(KEY, token);
      return session;
    }
    storage.removeItem(KEY);
  }
  return null;
}
