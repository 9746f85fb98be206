import { sessionStanding } from '@accord/approvals';
import type { SessionEndedEvent, TokenClaims } from '@accord/protocol';
import type { Logger } from 'pino';
import { CLOSE, CLOSE_CODE } from '../errors';
import type { DocumentHub } from '../sync/document-hub';

/** An open event stream, ended by the server when its session no longer stands. */
interface Stream {
  claims: TokenClaims;
  end(event: SessionEndedEvent): void;
}

export interface LiveSessionsDeps {
  hub: DocumentHub;
  /** The document's parties now (undefined: the document is gone). */
  parties(docId: string): Promise<string[] | undefined>;
  revokedSubs(docId: string): Promise<Set<string>>;
  log: Logger;
  now: () => number;
}

// setTimeout holds at most 2^31-1 ms (~24.8 days); a later expiry re-arms.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Live enforcement of membership (MB9): open WebSocket connections and event streams re-check
 * when the party list or an invite changes, and end at their token's expiry — removed party 4403,
 * revoked invite 4401, expired token 4401.
 */
export function createLiveSessions(d: LiveSessionsDeps) {
  const streams = new Map<string, Set<Stream>>();
  const pending = new Map<string, Promise<void>>();
  const again = new Set<string>();

  /** Calls `onExpired` when the token's `exp` passes (nothing for tokens without one). */
  function watchExpiry(claims: TokenClaims, onExpired: () => void): () => void {
    if (claims.exp === undefined) return () => {};
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      const left = claims.exp! * 1000 - d.now();
      // Never synchronously: callers finish registering before their session can end.
      timer = setTimeout(left <= 0 ? onExpired : arm, Math.min(Math.max(left, 0), MAX_TIMER_MS));
      timer.unref?.();
    };
    arm();
    return () => clearTimeout(timer);
  }

  const expired = (): SessionEndedEvent => ({
    type: 'ended',
    reason: 'expired',
    code: CLOSE.unauthenticated,
    message: 'the session has expired; sign in again',
  });

  async function recheckNow(docId: string): Promise<void> {
    const open = streams.get(docId);
    if (d.hub.sessionCount(docId) === 0 && !open?.size) return;
    const parties = (await d.parties(docId)) ?? [];
    const revokedSubs = await d.revokedSubs(docId);
    const facts = { parties, revokedSubs };
    const removed = d.hub.closeSessions(
      docId,
      (c) => sessionStanding(c, facts)?.reason === 'removed',
      CLOSE_CODE.not_a_party,
      'your delegation is no longer a party to this document',
    );
    const revoked = d.hub.closeSessions(
      docId,
      (c) => sessionStanding(c, facts)?.reason === 'revoked',
      CLOSE_CODE.unauthenticated,
      'the invite of this session was revoked',
    );
    let ended = 0;
    for (const s of [...(open ?? [])]) {
      const standing = sessionStanding(s.claims, facts);
      if (!standing) continue;
      ended++;
      s.end({
        type: 'ended',
        reason: standing.reason,
        code: sessionEndCode(standing.code),
        message: standing.message,
      });
    }
    if (removed + revoked + ended > 0) {
      d.log.info({ doc: docId, removed, revoked, streams: ended }, 'sessions ended by a membership change');
    }
  }

  return {
    watchExpiry,

    /** Registers an open event stream; its `end` is called once when the session no longer stands. */
    trackStream(docId: string, claims: TokenClaims, end: (event: SessionEndedEvent) => void): () => void {
      let done = false;
      const stream: Stream = {
        claims,
        end: (event) => {
          if (done) return;
          done = true;
          untrack();
          end(event);
        },
      };
      const set = streams.get(docId) ?? new Set<Stream>();
      set.add(stream);
      streams.set(docId, set);
      const cancelExpiry = watchExpiry(claims, () => stream.end(expired()));
      function untrack() {
        cancelExpiry();
        set.delete(stream);
        if (set.size === 0 && streams.get(docId) === set) streams.delete(docId);
      }
      return () => {
        done = true;
        untrack();
      };
    },

    /**
     * The party list or an invite of `docId` changed (here or on another instance): end every
     * session that no longer stands. Re-checks are serialised per document; one requested while
     * one runs runs again after it, so the newest state always wins.
     */
    recheck(docId: string): Promise<void> {
      const running = pending.get(docId);
      if (running) {
        again.add(docId);
        return running;
      }
      const run = (async () => {
        try {
          do {
            again.delete(docId);
            await recheckNow(docId);
          } while (again.has(docId));
        } catch (err) {
          d.log.error({ err, doc: docId }, 'membership re-check failed');
        } finally {
          pending.delete(docId);
        }
      })();
      pending.set(docId, run);
      return run;
    },
  };
}

export type LiveSessions = ReturnType<typeof createLiveSessions>;

/** The close code an ended session's event carries, from the one map of codes (errors.ts). */
function sessionEndCode(code: 'not_a_party' | 'unauthenticated'): SessionEndedEvent['code'] {
  const close = CLOSE_CODE[code];
  if (close === CLOSE.forbidden || close === CLOSE.unauthenticated) return close;
  throw new Error(`no session close code for ${code}`);
}
