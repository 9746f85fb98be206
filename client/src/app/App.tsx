import { useCallback, useState } from 'react';
import { EditorPage } from '../pages/EditorPage';
import { HomePage } from '../pages/HomePage';
import { InvitePage } from '../pages/InvitePage';
import {
  clearSession,
  loadSession,
  type Session,
  saveSession,
  type TokenStorages,
  tokenFromHash,
} from '../session/token-store';
import { navigate, useLocation } from './navigation';
import { routeFor } from './routes';

const storages: TokenStorages = { tab: window.sessionStorage, origin: window.localStorage };

/** `#token=<jwt>` signs the browser in; the hash is then removed so the token is not left in the address bar. */
export function takeTokenFromHash(): void {
  const token = tokenFromHash(window.location.hash);
  if (token === null) return;
  saveSession(storages, token);
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

export function App() {
  const location = useLocation();
  const [session, setSession] = useState<Session | null>(() => loadSession(storages, Date.now()));

  const signIn = useCallback((token: string, then: string) => {
    saveSession(storages, token);
    setSession(loadSession(storages, Date.now()));
    navigate(then);
  }, []);
  const signOut = useCallback(() => {
    clearSession(storages);
    setSession(null);
    navigate('/');
  }, []);

  const route = routeFor(location.pathname, location.hash);
  switch (route.page) {
    case 'invite':
      return <InvitePage invite={route.invite} onSignedIn={signIn} />;
    case 'doc':
      if (!session) {
        return <HomePage session={null} returnTo={location.pathname} onSignIn={signIn} onSignOut={signOut} />;
      }
      return (
        <EditorPage
          key={`${route.docId}:${session.token}`}
          docId={route.docId}
          session={session}
          onSignOut={signOut}
        />
      );
    case 'home':
      return <HomePage session={session} returnTo="/" onSignIn={signIn} onSignOut={signOut} />;
    default:
      return (
        <div className="page-message">
          <h1>Not found</h1>
          <p>
            <a href="/">Back to Accord</a>
          </p>
        </div>
      );
  }
}
