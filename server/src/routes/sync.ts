import { docIdSchema, type TokenClaims } from '@accord/protocol';
import type { UpgradeWebSocket, WSContext } from 'hono/ws';
import type { Logger } from 'pino';
import type WebSocket from 'ws';
import type { LiveSessions } from '../auth/live-sessions';
import type { TokenService } from '../auth/tokens';
import type { MembershipService } from '../documents/membership-service';
import { AccordError, CLOSE, CLOSE_CODE } from '../errors';
import type { Storage } from '../storage/storage';
import type { DocumentHub } from '../sync/document-hub';

type Session = Awaited<ReturnType<DocumentHub['connect']>>;

/**
 * `/ws/:docId?token=…`: the standard y-websocket protocol. Authentication and membership are
 * checked before the document is touched; failures close with api.md's codes.
 */
export function syncRoute(deps: {
  upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  tokens: TokenService;
  storage: Storage;
  hub: DocumentHub;
  log: Logger;
  membership: MembershipService;
  liveSessions: LiveSessions;
}) {
  return deps.upgradeWebSocket(async (c) => {
    const docId = c.req.param('docId') ?? '';
    let refusal: AccordError | null = null;
    let claims: TokenClaims | null = null;
    try {
      claims = await deps.tokens.verify(c.req.query('token'));
      // A session from an invite: still standing (else 4401), and for this document only (else 4403).
      await deps.membership.checkSession(claims, { docId });
      const meta = docIdSchema.safeParse(docId).success ? await deps.storage.getDocument(docId) : undefined;
      if (!meta) throw new AccordError('not_found', 'no such document');
      if (!meta.parties.includes(claims.delegation)) throw new AccordError('not_a_party', 'not a party');
    } catch (e) {
      refusal = e instanceof AccordError ? e : new AccordError('internal', (e as Error).message);
    }
    let session: Session | null = null;
    let stopExpiry: (() => void) | null = null;
    let pending: Uint8Array[] | null = [];

    return {
      onOpen(_evt, ws: WSContext<WebSocket>) {
        const raw = ws.raw!;
        if (refusal || !claims) {
          ws.close(CLOSE_CODE[refusal?.code ?? 'unauthenticated'], refusal?.message.slice(0, 120));
          return;
        }
        // Frames straight from ws (Buffers, no per-message event object or copy). Nothing can
        // arrive before this listener: onOpen runs in the same turn as the upgrade completes.
        raw.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
          if (!isBinary) {
            pending = null;
            raw.close(CLOSE.malformed, 'text frames are not part of the protocol');
            return;
          }
          const frame = Array.isArray(data)
            ? Buffer.concat(data)
            : data instanceof ArrayBuffer
              ? new Uint8Array(data)
              : data;
          if (session) session.receive(frame);
          else pending?.push(frame);
        });
        deps.hub
          .connect(docId, claims, {
            send: (data) => raw.send(data),
            close: (code, reason) => raw.close(code, reason),
            get bufferedAmount() {
              return raw.bufferedAmount;
            },
          })
          .then((s) => {
            session = s;
            if (raw.readyState !== raw.OPEN) {
              s.close();
              return;
            }
            // At the token's expiry the connection closes with 4401 (api.md revision 2).
            stopExpiry = deps.liveSessions.watchExpiry(s.conn.claims, () =>
              s.conn.close(CLOSE.unauthenticated, 'the session has expired; sign in again'),
            );
            // A party change that landed while the document loaded is judged now, not at the next one.
            void deps.liveSessions.recheck(docId);
            for (const frame of pending ?? []) s.receive(frame);
            pending = null;
          })
          .catch((err: Error) => {
            deps.log.error({ err, doc: docId }, 'could not open document');
            const code = err instanceof AccordError ? CLOSE_CODE[err.code] : CLOSE.internalError;
            ws.close(code, 'document unavailable');
          });
      },
      onClose() {
        stopExpiry?.();
        session?.close();
        pending = null;
      },
      onError(evt) {
        deps.log.warn({ err: (evt as Event & { error?: unknown }).error, doc: docId }, 'socket error');
      },
    };
  });
}
