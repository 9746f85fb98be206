import { DELEGATIONS, delegationInfo } from '@accord/protocol';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { DocStatusChips, type TlpChoice, TlpPlaceFields } from '../adoption/TlpPlaceFields';
import { ApiClient } from '../api/api-client';
import type { DocListItem, InviteLink } from '../api/schemas';
import { navigate } from '../app/navigation';
import type { Session } from '../session/token-store';
import { ErrorText } from '../ui/ErrorText';
import { friendlyError } from '../ui/friendly-error';
import { UserBadge } from '../ui/UserBadge';

interface Props {
  session: Session | null;
  returnTo: string;
  onSignIn(token: string, then: string): void;
  onSignOut(): void;
}

/** `/`: sign-in when signed out; the delegation's documents (and, for a penholder, a new one) when signed in. */
export function HomePage({ session, returnTo, onSignIn, onSignOut }: Props) {
  // Bumped when a document is created, so the list shows it at once.
  const [listVersion, setListVersion] = useState(0);
  if (!session) return <SignIn returnTo={returnTo} onSignIn={onSignIn} />;
  return (
    <div className="home">
      <header className="topbar">
        <a className="brand" href="/">
          Accord
        </a>
        <div className="doc-heading">
          <h1 className="doc-title">Documents of {delegationInfo(session.claims.delegation).name}</h1>
        </div>
        <div className="topbar-right">
          <UserBadge claims={session.claims} onSignOut={onSignOut} />
        </div>
      </header>
      <main className="home-main">
        <DocumentList session={session} refresh={listVersion} />
        {session.claims.role === 'penholder' && (
          <CreateDocument session={session} onCreated={() => setListVersion((v) => v + 1)} />
        )}
      </main>
    </div>
  );
}

function SignIn({ returnTo, onSignIn }: { returnTo: string; onSignIn: Props['onSignIn'] }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    try {
      // An invite link: open it here (same origin or not, only its path and hash matter).
      const url = new URL(text, window.location.origin);
      if (url.pathname.startsWith('/invite') && url.hash.length > 1) {
        navigate(`/invite${url.hash}`);
        return;
      }
      const token = new URLSearchParams(url.hash.slice(1)).get('token');
      if (token) {
        onSignIn(token, url.pathname.startsWith('/d/') ? url.pathname : returnTo);
        return;
      }
    } catch {
      // Not a URL: it may be a bare session token, handled below.
    }
    if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(text)) onSignIn(text, returnTo);
    else setError('Paste the invite link you received, or a session token.');
  };
  return (
    <div className="signin-page">
      <form className="card signin-card" onSubmit={submit} aria-labelledby="signin-title">
        <p className="brand brand-large">Accord</p>
        <h1 id="signin-title">Sign in</h1>
        <p className="muted">
          Joint statements are drafted by invitation. Open the invite link your penholder sent you, or paste
          it here.
        </p>
        <label htmlFor={fieldId}>Invite link or session token</label>
        <input
          id={fieldId}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          required
          autoComplete="off"
        />
        <button type="submit" className="btn btn-primary">
          Continue
        </button>
        <ErrorText error={error} />
      </form>
    </div>
  );
}

function DocumentList({ session, refresh }: { session: Session; refresh: number }) {
  const api = useMemo(() => new ApiClient(session.token), [session.token]);
  const [docs, setDocs] = useState<DocListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` re-reads the list after a document is created
  useEffect(() => {
    api.listDocs().then(setDocs, (err: unknown) => setError(friendlyError(err)));
  }, [api, refresh]);
  return (
    <section className="card" aria-labelledby="docs-title">
      <h2 id="docs-title">Your documents</h2>
      <ErrorText error={error} />
      {docs === null && !error && <p className="muted">Loading…</p>}
      {docs?.length === 0 && <p className="muted">No documents yet.</p>}
      <ul className="doc-list">
        {docs?.map((d) => (
          <li key={d.id}>
            <a
              href={`/d/${d.id}`}
              onClick={(e) => {
                e.preventDefault();
                navigate(`/d/${d.id}`);
              }}
            >
              {d.title}
            </a>
            <DocStatusChips status={d.status} myPending={d.myPending} />
            <span className="muted small">
              {d.parties.join(' · ')}
              {d.createdAt ? ` — ${new Date(d.createdAt).toLocaleDateString()}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CreateDocument({ session, onCreated }: { session: Session; onCreated(): void }) {
  const api = useMemo(() => new ApiClient(session.token), [session.token]);
  const [title, setTitle] = useState('');
  const [parties, setParties] = useState<string[]>([session.claims.delegation]);
  const [text, setText] = useState('');
  const [tlp, setTlp] = useState<TlpChoice>('CLEAR');
  const [place, setPlace] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; title: string; links: InviteLink[] } | null>(null);
  const titleId = useId();
  const textId = useId();

  const toggle = (code: string) =>
    setParties((p) => (p.includes(code) ? p.filter((c) => c !== code) : [...p, code]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const doc = await api.createDoc({
        title: title.trim(),
        parties,
        tlp,
        ...(place.trim() ? { place: place.trim() } : {}),
        ...(text.trim() ? { text } : {}),
      });
      onCreated();
      const links: InviteLink[] = [];
      for (const party of doc.parties) {
        links.push(await api.createInvite(doc.id, party, 'drafter'));
        links.push(await api.createInvite(doc.id, party, 'observer'));
      }
      setCreated({ id: doc.id, title: doc.title, links });
    } catch (err) {
      setError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <section className="card" aria-labelledby="links-title">
        <h2 id="links-title">Invite links for “{created.title}”</h2>
        <p className="muted">Send each delegation its link over your usual secure channel.</p>
        <table className="links-table">
          <thead>
            <tr>
              <th scope="col">Delegation</th>
              <th scope="col">Role</th>
              <th scope="col">Link</th>
            </tr>
          </thead>
          <tbody>
            {created.links.map((l) => (
              <tr key={`${l.delegation}-${l.role}`}>
                <td>{delegationInfo(l.delegation).name}</td>
                <td>{l.role}</td>
                <td>
                  <input readOnly value={l.url} aria-label={`${l.delegation} ${l.role} invite link`} />
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => void navigator.clipboard?.writeText(l.url)}
                  >
                    Copy
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <button type="button" className="btn btn-primary" onClick={() => navigate(`/d/${created.id}`)}>
            Open the document
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="create-title">
      <h2 id="create-title">New joint statement</h2>
      <form className="create-form" onSubmit={submit}>
        <label htmlFor={titleId}>Title</label>
        <input
          id={titleId}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={300}
        />
        <fieldset>
          <legend>Parties</legend>
          <div className="party-options">
            {DELEGATIONS.map((d) => (
              <label key={d.code} className="party-option">
                <input type="checkbox" checked={parties.includes(d.code)} onChange={() => toggle(d.code)} />
                {d.name} ({d.code})
              </label>
            ))}
          </div>
        </fieldset>
        <TlpPlaceFields tlp={tlp} place={place} onTlp={setTlp} onPlace={setPlace} />
        <label htmlFor={textId}>
          Draft text (optional — paragraphs separated by a blank line become clauses)
        </label>
        <textarea id={textId} value={text} onChange={(e) => setText(e.target.value)} rows={8} />
        <button
          type="submit"
          className="btn btn-primary"
          disabled={busy || title.trim() === '' || parties.length === 0}
        >
          {busy ? 'Creating…' : 'Create and make invite links'}
        </button>
        <ErrorText error={error} />
      </form>
    </section>
  );
}
