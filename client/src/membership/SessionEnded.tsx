import { CLOSE, type SessionEndedEvent } from '@accord/protocol';
import './membership.css';
import { useEffect, useMemo, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

export interface EndedSession {
  code: number;
  message: string;
}

const TITLES: Record<number, string> = {
  [CLOSE.unauthenticated]: 'Your session has ended',
  [CLOSE.forbidden]: 'You no longer have access to this document',
};

/** Watches the editor's socket for the server ending the session (4401 expired/revoked, 4403 removed). */
export function useSessionEnded(
  provider: WebsocketProvider | null,
  fromStream: SessionEndedEvent | null,
): EndedSession | null {
  const [ended, setEnded] = useState<EndedSession | null>(null);
  useEffect(() => {
    if (!provider) return;
    const onClose = (event: CloseEvent | null) => {
      if (event && (event.code === CLOSE.unauthenticated || event.code === CLOSE.forbidden)) {
        setEnded({ code: event.code, message: event.reason || '' });
      }
    };
    provider.on('connection-close', onClose);
    return () => provider.off('connection-close', onClose);
  }, [provider]);
  return useMemo(
    () => ended ?? (fromStream ? { code: fromStream.code, message: fromStream.message } : null),
    [ended, fromStream],
  );
}

/** Says why the session ended and offers to sign in again; the document stays visible behind it. */
export function SessionEndedDialog({ ended, onSignIn }: { ended: EndedSession | null; onSignIn(): void }) {
  if (!ended) return null;
  const title = TITLES[ended.code] ?? 'Disconnected';
  const why =
    ended.code === CLOSE.forbidden
      ? 'Your delegation was removed from the parties of this document.'
      : 'Your sign-in has expired or its invite was revoked.';
  return (
    <div className="session-ended-backdrop">
      <div
        className="session-ended"
        role="alertdialog"
        aria-labelledby="session-ended-title"
        data-testid="session-ended"
      >
        <h2 id="session-ended-title">{title}</h2>
        <p>{why}</p>
        {ended.message && <p className="muted small">Server: {ended.message}</p>}
        <p>Changes you make now are not sent. Ask for a new invite link if you need one.</p>
        <button type="button" className="btn btn-primary" onClick={onSignIn}>
          Sign in again
        </button>
      </div>
    </div>
  );
}
