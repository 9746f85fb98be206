import './history.css';
import type { AuditEntryView } from '@accord/protocol';
import { useEffect, useId, useMemo, useState } from 'react';
import { ErrorText } from '../ui/ErrorText';
import { friendlyError } from '../ui/friendly-error';
import { Icon } from '../ui/Icon';
import type { HistoryApi } from './history-api';

const KIND_LABELS: Record<string, string> = {
  approval: 'Decision',
  'party-added': 'Party added',
  'party-removed': 'Party removed',
  'clause-deleted': 'Clause deleted',
  suppression: 'Finding suppressed',
  'document-created': 'Document created',
  'export-final': 'Final export',
  export: 'Export',
  'version-created': 'Version frozen',
  'invite-created': 'Invite created',
  'invite-revoked': 'Invite revoked',
  'member-joined': 'Member joined',
};

function describe(e: AuditEntryView): string {
  const data = e.data ?? {};
  switch (e.kind) {
    case 'approval':
      return `${e.party ?? e.actor.delegation} ${e.state ?? 'decided'}${e.note ? ` — “${e.note}”` : ''}`;
    case 'party-added':
    case 'party-removed':
      return `${e.party ?? ''}`;
    case 'suppression':
      return `${String(data.ruleId ?? '')}${e.note ? ` — “${e.note}”` : ''}`;
    case 'version-created':
      return `“${String(data.name ?? '')}”`;
    case 'export':
    case 'export-final':
      return `${String(data.format ?? '')}${data.version ? ` of “${String(data.version)}”` : ''}`;
    default:
      return '';
  }
}

/** The document's audit log as a timeline, filterable by clause and delegation; each entry says if the chain verifies. */
export function AuditTimeline({
  api,
  docId,
  clauseIndex,
  refreshKey,
}: {
  api: HistoryApi;
  docId: string;
  clauseIndex(id: string): number | undefined;
  /** Changes when the document's state changes, so new entries appear. */
  refreshKey: unknown;
}) {
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [clause, setClause] = useState('');
  const [delegation, setDelegation] = useState('');
  const clauseFilter = useId();
  const delegationFilter = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the reason to reload
  useEffect(() => {
    let cancelled = false;
    api.audit(docId).then(
      (list) => !cancelled && setEntries(list),
      (err: unknown) => !cancelled && setError(friendlyError(err)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, docId, refreshKey]);

  const clauses = useMemo(
    () => [...new Set((entries ?? []).flatMap((e) => (e.clauseId ? [e.clauseId] : [])))],
    [entries],
  );
  const delegations = useMemo(
    () =>
      [
        ...new Set((entries ?? []).flatMap((e) => [e.actor.delegation, ...(e.party ? [e.party] : [])])),
      ].sort(),
    [entries],
  );
  const shown = (entries ?? []).filter(
    (e) =>
      (!clause || e.clauseId === clause) &&
      (!delegation || e.actor.delegation === delegation || e.party === delegation),
  );
  const allVerified = (entries ?? []).every((e) => e.verified);

  return (
    <section className="audit-timeline" aria-label="Audit trail" data-testid="audit-timeline">
      {entries && (
        <p className={allVerified ? 'chain-ok small' : 'chain-broken small'} role="status">
          <Icon name={allVerified ? 'approved' : 'objection'} />{' '}
          {allVerified ? 'The audit chain verifies' : 'The audit chain does not verify past a point'}
        </p>
      )}
      <div className="audit-filters">
        <label htmlFor={clauseFilter} className="small">
          Clause
        </label>
        <select id={clauseFilter} value={clause} onChange={(e) => setClause(e.target.value)}>
          <option value="">all</option>
          {clauses.map((id) => (
            <option key={id} value={id}>
              {clauseIndex(id) ? `§${clauseIndex(id)}` : `${id.slice(0, 6)} (deleted)`}
            </option>
          ))}
        </select>
        <label htmlFor={delegationFilter} className="small">
          Delegation
        </label>
        <select id={delegationFilter} value={delegation} onChange={(e) => setDelegation(e.target.value)}>
          <option value="">all</option>
          {delegations.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <ErrorText error={error} className="error-text small" />
      {!entries && !error && <p className="muted">Loading the audit trail…</p>}
      <ol className="timeline">
        {[...shown].reverse().map((e) => (
          <li key={e.seq} data-testid="audit-entry" data-kind={e.kind} data-verified={e.verified}>
            <span
              className={e.verified ? 'chain-ok' : 'chain-broken'}
              title={e.verified ? 'verified' : 'not verified'}
            >
              <Icon
                name={e.verified ? 'approved' : 'objection'}
                label={e.verified ? 'verified' : 'not verified'}
              />
            </span>{' '}
            <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time> ·{' '}
            <strong>{KIND_LABELS[e.kind] ?? e.kind}</strong>
            {e.clauseId && clauseIndex(e.clauseId) ? ` §${clauseIndex(e.clauseId)}` : ''} · {e.actor.name} (
            {e.actor.delegation}){describe(e) && <> · {describe(e)}</>}
          </li>
        ))}
      </ol>
    </section>
  );
}
