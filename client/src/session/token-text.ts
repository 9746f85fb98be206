/**
 * A session token as text, with no dependency (the page's first script reads it too, app/early-load.ts):
 * where the app keeps it, how a link carries it, and its payload decoded but neither validated nor verified.
 */

/** The storage key of the session token (per tab and per origin). */
export const TOKEN_KEY = 'accord.token';

/** Extracts `token=<jwt>` from a location hash such as `#token=eyJ…`. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && token.length > 0 ? token : null;
}

function base64UrlDecode(part: string): string {
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** A JWT's payload as JSON, unvalidated; null for anything that is not three parts with base64url JSON between. */
export function tokenPayload(token: string): unknown | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    return JSON.parse(base64UrlDecode(parts[1]));
  } catch {
    // Not base64url JSON: treated as no token at all (the caller shows the sign-in page).
    return null;
  }
}
