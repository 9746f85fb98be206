import './adoption.css';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { ErrorText } from '../ui/ErrorText';
import { friendlyError } from '../ui/friendly-error';
import { AdoptionApi } from './adoption-api';
import { type LifecycleInput, silenceLine } from './lifecycle-view';

interface Props {
  docId: string;
  token: string;
  role: 'drafter' | 'penholder' | 'observer';
  lifecycle: LifecycleInput;
  onNotice(message: string): void;
}

type Form = null | 'reopen' | 'silence' | 'break';

/** Default silence deadline: 24 hours from now, as the `datetime-local` input wants it. */
function tomorrowLocal(): string {
  const d = new Date(Date.now() + 24 * 3600_000);
  d.setSeconds(0, 0);
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * Adoption and the silence procedure in the editor: what state the text is in (adopted, under
 * silence until …) and the acts open to this person — the penholder adopts, reopens (with a
 * reason) and calls silence; any drafter breaks silence with a note.
 */
export function AdoptionBar({ docId, token, role, lifecycle, onNotice }: Props) {
  const api = useMemo(() => new AdoptionApi(token), [token]);
  const [form, setForm] = useState<Form>(null);
  const [text, setText] = useState('');
  const [deadline, setDeadline] = useState(tomorrowLocal);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const penholder = role === 'penholder';
  const adopted = lifecycle.status === 'adopted';
  const silenced = !!lifecycle.silence;

  const act = async (what: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await what();
      onNotice(done);
      setForm(null);
      setText('');
    } catch (err) {
      setError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form === 'reopen')
      void act(() => api.reopen(docId, text.trim()), 'The text is reopened for drafting.');
    if (form === 'break')
      void act(() => api.breakSilence(docId, text.trim()), 'Silence broken; the text is open again.');
    if (form === 'silence') {
      const at = new Date(deadline);
      void act(() => api.silence(docId, at.toISOString()), `Silence procedure until ${at.toLocaleString()}.`);
    }
  };

  const banner = adopted
    ? 'Adopted — the text is frozen; it can only be read and exported.'
    : silenceLine(lifecycle);

  return (
    <div className="adoption-bar" data-testid="adoption-bar">
      {banner && (
        <p
          className={`adoption-banner ${adopted ? 'adopted' : 'silence'}`}
          role="status"
          data-testid="adoption-banner"
        >
          {banner}
        </p>
      )}
      <div className="adoption-actions">
        {penholder && !adopted && !silenced && lifecycle.status === 'agreed' && (
          <button
            type="button"
            className="btn btn-primary btn-small"
            disabled={busy}
            onClick={() => void act(() => api.adopt(docId), 'The text is adopted.')}
            data-testid="adopt"
          >
            Adopt the text
          </button>
        )}
        {penholder && !adopted && !silenced && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setForm('silence')}
            data-testid="silence"
          >
            Silence procedure…
          </button>
        )}
        {penholder && adopted && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setForm('reopen')}
            data-testid="reopen"
          >
            Reopen…
          </button>
        )}
        {role !== 'observer' && silenced && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setForm('break')}
            data-testid="break-silence"
          >
            Break silence…
          </button>
        )}
      </div>
      {form && (
        <form className="adoption-form" onSubmit={submit}>
          {form === 'silence' ? (
            <>
              <label htmlFor={fieldId}>Deadline (your local time)</label>
              <input
                id={fieldId}
                type="datetime-local"
                value={deadline}
                onChange={(e) => setDeadline(e.target.value)}
                required
              />
            </>
          ) : (
            <>
              <label htmlFor={fieldId}>
                {form === 'reopen' ? 'Why reopen? (audited)' : 'Why break silence? (audited)'}
              </label>
              <textarea
                id={fieldId}
                value={text}
                onChange={(e) => setText(e.target.value)}
                rows={2}
                maxLength={2000}
                required
              />
            </>
          )}
          <button
            type="submit"
            className="btn btn-small btn-primary"
            disabled={busy || (form !== 'silence' && text.trim() === '')}
          >
            {form === 'silence' ? 'Start silence' : form === 'reopen' ? 'Reopen' : 'Break silence'}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setForm(null)}>
            Cancel
          </button>
        </form>
      )}
      <ErrorText error={error} className="error" />
    </div>
  );
}
