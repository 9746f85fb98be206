import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** Where this page's WebSocket may connect: the origin it was served from, as ws:/wss:. */
function sameOriginSockets(c: Context): string {
  const host = c.req.header('host');
  // A Host header that is not a plain host[:port] earns nothing beyond 'self'.
  if (!host || !/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(host)) return "'self'";
  return `'self' ws://${host} wss://${host}`;
}

/**
 * Security headers on every response (api.md "Headers"): a Content-Security-Policy that allows
 * only the app's own scripts (no inline script, no eval, no plugins), no framing by anyone
 * (`frame-ancestors 'none'`, and X-Frame-Options DENY for older browsers), `nosniff`, and no
 * referrer. Styles may be inline: React and Lexical set style attributes on the editor's nodes.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: [(c) => sameOriginSockets(c)],
      workerSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    // Transport security is the TLS terminator's decision (Accord itself listens on plain HTTP).
    strictTransportSecurity: false,
  });
}
