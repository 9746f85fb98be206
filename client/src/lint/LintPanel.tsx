import { delegationInfo } from '@accord/protocol';
import { type FormEvent, useState } from 'react';
import { ErrorText } from '../ui/ErrorText';
import { friendlyError } from '../ui/friendly-error';
import { CATEGORY_ORDER, CATEGORY_STYLES } from './categories';
import { type LocatedFinding, policyLabel } from './visible-findings';

interface Props {
  findings: LocatedFinding[];
  clauseIndex: (clauseId: string) => number | undefined;
  canEdit: boolean;
  error: string | null;
  /** The worker has not answered for the current text yet: "none" is not said until it has. */
  checking?: boolean;
  onReveal(finding: LocatedFinding): void;
  onApply(finding: LocatedFinding): void;
  onSuppress(finding: LocatedFinding, reason: string): Promise<void>;
}

/** Every standing finding, grouped by category; each jumps to its place, can be rewritten or suppressed. */
export function LintPanel({
  findings,
  clauseIndex,
  canEdit,
  error,
  checking = false,
  onReveal,
  onApply,
  onSuppress,
}: Props) {
  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    items: findings.filter((f) => f.category === category),
  })).filter((g) => g.items.length > 0);

  return (
    <section className="lint-panel" aria-label="Policy findings" data-testid="lint-panel">
      <ErrorText
        error={
          error &&
          `The policy check could not run (${error}): reload the page to check the text again. The server still checks the text before a final export.`
        }
      />
      {groups.length === 0 && (
        <p className="empty" role="status">
          {checking ? 'Checking the text against each policy…' : 'No policy findings on the current text.'}
        </p>
      )}
      {groups.map(({ category, items }) => {
        const style = CATEGORY_STYLES[category];
        return (
          <section key={category} className="lint-group" aria-labelledby={`lint-group-${category}`}>
            <h3 id={`lint-group-${category}`}>
              <span className="category-swatch" style={{ background: style.colour }} aria-hidden="true" />
              {style.label} <span className="count">({items.length})</span>
            </h3>
            <ul>
              {items.map((f) => (
                <FindingItem
                  key={f.id}
                  finding={f}
                  index={clauseIndex(f.clauseId)}
                  canEdit={canEdit}
                  onReveal={onReveal}
                  onApply={onApply}
                  onSuppress={onSuppress}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function FindingItem({
  finding,
  index,
  canEdit,
  onReveal,
  onApply,
  onSuppress,
}: {
  finding: LocatedFinding;
  index: number | undefined;
  canEdit: boolean;
  onReveal(f: LocatedFinding): void;
  onApply(f: LocatedFinding): void;
  onSuppress(f: LocatedFinding, reason: string): Promise<void>;
}) {
  const [suppressing, setSuppressing] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const excerpt = finding.clauseText.slice(finding.start, finding.end);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSuppress(finding, reason.trim());
      setSuppressing(false);
    } catch (err) {
      setError(friendlyError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      className="finding-item"
      data-testid="finding"
      data-policy={finding.policy}
      data-rule={finding.ruleId}
    >
      <button type="button" className="finding-jump" onClick={() => onReveal(finding)}>
        <span className={`severity severity-${finding.severity}`}>{finding.severity}</span>
        <span className="finding-where">§{index ?? '?'}</span>
        <span className="finding-excerpt">“{excerpt}”</span>
      </button>
      <p className="finding-message">{finding.message}</p>
      <p className="finding-policy">{policyLabel(finding.policy, (c) => delegationInfo(c).name)}</p>
      {canEdit && (
        <div className="finding-actions">
          {finding.suggestion !== undefined && (
            <button type="button" className="btn btn-small btn-primary" onClick={() => onApply(finding)}>
              Rewrite as “{finding.suggestion}”
            </button>
          )}
          {!suppressing && (
            <button type="button" className="btn btn-small" onClick={() => setSuppressing(true)}>
              Suppress…
            </button>
          )}
        </div>
      )}
      {suppressing && (
        <form className="suppress-form" onSubmit={submit}>
          <label>
            Reason for accepting this text
            <textarea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              minLength={3}
              required
              rows={2}
              // biome-ignore lint/a11y/noAutofocus: the form opens on request and expects the reason next
              autoFocus
            />
          </label>
          <div className="finding-actions">
            <button
              type="submit"
              className="btn btn-small btn-primary"
              disabled={busy || reason.trim().length < 3}
            >
              Suppress with reason
            </button>
            <button type="button" className="btn btn-small" onClick={() => setSuppressing(false)}>
              Cancel
            </button>
          </div>
          <ErrorText error={error} />
        </form>
      )}
    </li>
  );
}
