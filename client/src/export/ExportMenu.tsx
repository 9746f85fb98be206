import type { RefusalGroupsView } from '@accord/protocol';
import { useEffect, useMemo, useRef, useState } from 'react';
import { AdoptionApi, ExportRefusedError } from '../adoption/adoption-api';
import { RefusalGroups } from '../adoption/RefusalGroups';
import { type ApiClient, ApiError } from '../api/api-client';
import { friendlyError } from '../ui/friendly-error';
import { Icon } from '../ui/Icon';
import './export-menu.css';

const FORMATS = [
  { id: 'pdf', label: 'PDF' },
  { id: 'docx', label: 'Word (DOCX)' },
  { id: 'html', label: 'HTML' },
  { id: 'md', label: 'Markdown' },
  { id: 'akn', label: 'Akoma Ntoso XML' },
] as const;

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Outcome =
  | { kind: 'ok'; message: string }
  | { kind: 'refused'; reasons: string[]; groups: RefusalGroupsView | null }
  | { kind: 'error'; message: string };

/**
 * Draft or final communiqué in each format, optionally as the public text (no annex, no names); a
 * refused final export lists why, grouped by cause and by party, each reason linking to its clause.
 */
export function ExportMenu({
  api,
  docId,
  token,
  onReveal,
}: {
  api: ApiClient;
  docId: string;
  token?: string;
  onReveal?: (clauseId: string) => void;
}) {
  const options = useMemo(() => (token ? new AdoptionApi(token) : null), [token]);
  const [publicText, setPublicText] = useState(false);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        toggle.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const run = async (format: string, final: boolean) => {
    setBusy(true);
    setOutcome(null);
    try {
      const file = options
        ? await options.download(docId, { format, final, public: publicText })
        : await api.download(docId, format, final);
      save(file.blob, file.filename);
      setOutcome({
        kind: 'ok',
        message: `${final ? 'Final' : 'Draft'} ${format.toUpperCase()} downloaded: ${file.filename}`,
      });
      setOpen(false);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && final) {
        setOutcome({
          kind: 'refused',
          reasons: err.reasons.length > 0 ? err.reasons : [err.message],
          groups: err instanceof ExportRefusedError ? err.groups : null,
        });
      } else
        setOutcome({
          kind: 'error',
          message: `The ${final ? 'final' : 'draft'} ${format.toUpperCase()} could not be exported. ${friendlyError(err)}`,
        });
    } finally {
      setBusy(false);
    }
    // The outcome takes the options' place (it would sit on top of them); Export opens them again.
    setOpen(false);
  };

  return (
    <div className="export-menu" ref={wrapper}>
      <button
        ref={toggle}
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls="export-options"
        onClick={() => {
          setOutcome(null);
          setOpen((o) => !o);
        }}
        data-testid="export-toggle"
      >
        Export <Icon name="chevron-down" size={12} />
      </button>
      {open && (
        <div id="export-options" className="export-options">
          {options && (
            <label className="export-public">
              <input
                type="checkbox"
                checked={publicText}
                onChange={(e) => setPublicText(e.target.checked)}
                data-testid="export-public"
              />
              Public text only (no annex, no names)
            </label>
          )}
          {([false, true] as const).map((final) => (
            <fieldset key={String(final)}>
              <legend>{final ? 'Final (all parties agreed)' : 'Draft (watermarked)'}</legend>
              {FORMATS.map((f) => (
                <button
                  key={f.id}
                  type="button"
                  className="btn btn-small"
                  disabled={busy}
                  onClick={() => void run(f.id, final)}
                  data-testid={`export-${final ? 'final' : 'draft'}-${f.id}`}
                >
                  {f.label}
                </button>
              ))}
            </fieldset>
          ))}
        </div>
      )}
      {outcome && (
        <div
          className={`export-outcome export-${outcome.kind}`}
          role={outcome.kind === 'ok' ? 'status' : 'alert'}
          data-testid="export-outcome"
        >
          {outcome.kind === 'refused' ? (
            <div className="export-outcome-body">
              <strong>Final export refused:</strong>
              {outcome.groups ? (
                <RefusalGroups groups={outcome.groups} onReveal={onReveal} />
              ) : (
                <ul>
                  {outcome.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              )}
            </div>
          ) : (
            <span className="export-outcome-body">{outcome.message}</span>
          )}
          <button type="button" className="btn-close" aria-label="Dismiss" onClick={() => setOutcome(null)}>
            <Icon name="close" size={12} />
          </button>
        </div>
      )}
    </div>
  );
}
