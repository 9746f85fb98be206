import { DELEGATIONS, delegationInfo } from '@accord/protocol';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { ErrorText } from '../ui/ErrorText';
import { friendlyError } from '../ui/friendly-error';
import { AdoptionApi } from './adoption-api';

const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;

interface Props {
  docId: string;
  token: string;
  myDelegation: string;
  canManage: boolean;
  frozen: boolean;
  settings: { title: string; tlp?: string | null; place?: string | null };
  parties: string[];
  onChanged(message: string): void;
}

/**
 * The penholder's document panel: title, place and TLP (PATCH /api/docs/:id, audited) and the
 * parties (add/remove). Invites are managed in the Members panel.
 */
export function DocumentSettingsPanel({
  docId,
  token,
  myDelegation,
  canManage,
  frozen,
  settings,
  parties,
  onChanged,
}: Props) {
  const api = useMemo(() => new AdoptionApi(token), [token]);
  const [title, setTitle] = useState(settings.title);
  const [place, setPlace] = useState(settings.place ?? '');
  const [tlp, setTlp] = useState(settings.tlp ?? 'CLEAR');
  const [adding, setAdding] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { title: useId(), place: useId(), tlp: useId(), add: useId() };
  useEffect(() => {
    setTitle(settings.title);
    setPlace(settings.place ?? '');
    setTlp(settings.tlp ?? 'CLEAR');
  }, [settings.title, settings.place, settings.tlp]);

  const run = async (what: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await what();
      onChanged(done);
    } catch (err) {
      setError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        api.updateSettings(docId, {
          title: title.trim(),
          place: place.trim(),
          tlp: tlp as (typeof TLP_LEVELS)[number],
        }),
      'Document settings saved.',
    );
  };

  const disabled = !canManage || frozen || busy;
  const others = DELEGATIONS.filter((d) => !parties.includes(d.code));
  return (
    <section className="doc-settings" aria-label="Document" data-testid="doc-settings">
      {!canManage && <p className="muted small">Only the penholder changes these settings.</p>}
      {frozen && <p className="muted small">The text is frozen: reopen it to change its settings.</p>}
      <form onSubmit={save} className="doc-settings-form">
        <label htmlFor={ids.title}>Title</label>
        <input
          id={ids.title}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={300}
          required
          disabled={disabled}
        />
        <label htmlFor={ids.place}>Place (“Done at …”)</label>
        <input
          id={ids.place}
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          maxLength={200}
          disabled={disabled}
        />
        <label htmlFor={ids.tlp}>TLP</label>
        <select id={ids.tlp} value={tlp} onChange={(e) => setTlp(e.target.value)} disabled={disabled}>
          {TLP_LEVELS.map((l) => (
            <option key={l} value={l}>
              TLP:{l}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="btn btn-small btn-primary"
          disabled={disabled || title.trim() === ''}
        >
          Save
        </button>
      </form>
      <h3>Parties</h3>
      <ul className="doc-parties">
        {parties.map((p) => (
          <li key={p}>
            {delegationInfo(p).name} ({p})
            {canManage && p !== myDelegation && (
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => {
                  if (window.confirm(`Remove ${delegationInfo(p).name} from the parties? Its sessions end.`))
                    void run(() => api.changeParty(docId, p, false), `${p} removed.`);
                }}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {canManage && (
        <div className="doc-parties-add">
          <label htmlFor={ids.add}>Add a party</label>
          <select id={ids.add} value={adding} onChange={(e) => setAdding(e.target.value)} disabled={busy}>
            <option value="">Choose…</option>
            {others.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name} ({d.code})
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn-small"
            disabled={busy || adding === ''}
            onClick={() =>
              void run(() => api.changeParty(docId, adding, true), `${adding} added.`).then(() =>
                setAdding(''),
              )
            }
          >
            Add
          </button>
        </div>
      )}
      <ErrorText error={error} className="error" />
    </section>
  );
}
