import './history.css';
import type { Comparison, VersionView } from '@accord/protocol';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { ErrorText } from '../ui/ErrorText';
import { friendlyError } from '../ui/friendly-error';
import type { HistoryApi } from './history-api';
import { Redline } from './Redline';

const CHANGE_LABELS = { added: 'added', deleted: 'deleted', changed: 'changed', same: 'unchanged' } as const;

function save(file: { blob: Blob; filename: string }) {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Named versions: freeze the statement, compare two versions (or one and now) with redlines, export. */
export function VersionsPanel({
  api,
  docId,
  canCreate,
}: {
  api: HistoryApi;
  docId: string;
  canCreate: boolean;
}) {
  const [versions, setVersions] = useState<VersionView[]>([]);
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('current');
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const fromId = useId();
  const toId = useId();

  const reload = () =>
    api.listVersions(docId).then(
      (list) => {
        setVersions(list);
        setFrom((f) => f || list.at(-1)?.id || '');
      },
      (err: unknown) => setError(friendlyError(err)),
    );
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per document
  useEffect(() => {
    void reload();
  }, [api, docId]);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.createVersion(docId, name.trim());
      setName('');
      await reload();
    });
  };

  return (
    <section className="versions-panel" aria-label="Versions" data-testid="versions-panel">
      {canCreate && (
        <form onSubmit={create} className="version-create">
          <label htmlFor={nameId} className="small">
            Freeze the statement as
          </label>
          <input
            id={nameId}
            value={name}
            placeholder="Rev. 2 — after capitals’ comments"
            onChange={(e) => setName(e.target.value)}
            required
            data-testid="version-name"
          />
          <button
            type="submit"
            className="btn btn-small"
            disabled={busy || !name.trim()}
            data-testid="version-create"
          >
            Save version
          </button>
        </form>
      )}
      <ol className="version-list">
        {versions.map((v) => (
          <li key={v.id} data-testid="version">
            <strong>{v.name}</strong>{' '}
            <span className="muted small">
              {new Date(v.at).toLocaleString()} · {v.by.name} ({v.by.delegation})
            </span>{' '}
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void run(async () => save(await api.downloadVersion(docId, v.id, 'pdf')))}
            >
              PDF
            </button>
          </li>
        ))}
      </ol>
      {versions.length > 0 && (
        <div className="version-compare">
          <label htmlFor={fromId} className="small">
            Compare
          </label>
          <select
            id={fromId}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            data-testid="compare-from"
          >
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
          <label htmlFor={toId} className="small">
            with
          </label>
          <select id={toId} value={to} onChange={(e) => setTo(e.target.value)} data-testid="compare-to">
            <option value="current">the current text</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn-small"
            disabled={busy || !from}
            onClick={() => void run(async () => setComparison(await api.compare(docId, from, to)))}
            data-testid="compare"
          >
            Compare
          </button>
        </div>
      )}
      <ErrorText error={error} className="error-text small" />
      {comparison && (
        <p className="small">
          Redline:{' '}
          {(['html', 'pdf'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="btn btn-small"
              onClick={() =>
                void run(async () =>
                  save(await api.downloadComparison(docId, comparison.from, comparison.to, format)),
                )
              }
            >
              {format.toUpperCase()}
            </button>
          ))}
        </p>
      )}
      {comparison && (
        <ol className="comparison" data-testid="comparison">
          {comparison.clauses.map((c) => (
            <li key={c.id} data-change={c.change} data-moved={c.moved ? 'true' : undefined}>
              <span className={`change change-${c.change}`}>
                {CHANGE_LABELS[c.change]}
                {c.moved ? ', moved' : ''}
              </span>
              {c.ops ? (
                <Redline ops={c.ops} testId="comparison-redline" />
              ) : (
                <p className="redline">{c.text}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
