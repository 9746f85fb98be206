import { delegationInfo, type InviteView, type MemberView, type Role } from '@accord/protocol';
import './membership.css';
import { type FormEvent, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { ErrorText } from '../ui/ErrorText';
import { friendlyError } from '../ui/friendly-error';
import { type CreatedInvite, MembershipApi } from './membership-api';
import { canRevoke, invitableDelegations, invitableRoles } from './rules';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const message = (err: unknown) => friendlyError(err);

/**
 * Who is in the document (for which delegation, in which role, invited by whom, since when), the
 * invites the caller may see — with revoke — and a form to create one. `refresh` changes whenever
 * the document's parties or invites may have changed (a live state event).
 */
export function MembersPanel({
  token,
  docId,
  me,
  parties,
  refresh,
}: {
  token: string;
  docId: string;
  me: { delegation: string; role: Role; sub: string };
  parties: string[];
  refresh: unknown;
}) {
  const api = useMemo(() => new MembershipApi(token, docId), [token, docId]);
  const [members, setMembers] = useState<MemberView[] | null>(null);
  const [invites, setInvites] = useState<InviteView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInvite | null>(null);

  const load = useCallback(async () => {
    try {
      const [m, i] = await Promise.all([api.members(), api.invites()]);
      setMembers(m);
      setInvites(i);
      setError(null);
    } catch (err) {
      setError(message(err));
    }
  }, [api]);

  useEffect(() => {
    void refresh;
    void load();
  }, [load, refresh]);

  const revoke = async (invite: InviteView) => {
    try {
      await api.revokeInvite(invite.id);
      await load();
    } catch (err) {
      setError(message(err));
    }
  };

  return (
    <section className="members-panel" data-testid="members-panel" aria-label="Members">
      <ErrorText error={error} />
      <h2 className="panel-heading">Members</h2>
      {members === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <ul className="member-list">
          {members.map((m) => (
            <li key={m.sub} className="member-row" data-testid="member">
              <span
                className="member-dot"
                aria-hidden
                style={{ background: delegationInfo(m.delegation).colour }}
              />
              <span className="member-name">
                {m.name}
                {m.sub === me.sub ? ' (you)' : ''}
              </span>
              <span className="member-role">
                {m.delegation} · {m.role}
              </span>
              <span className="member-via muted small">
                {m.via ? `invited by ${m.via.by.name} (${m.via.by.delegation})` : 'created the document'} ·
                since {when(m.joinedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}

      <InviteForm
        me={me}
        parties={parties}
        onCreate={async (req) => {
          const invite = await api.createInvite(req);
          setCreated(invite);
          await load();
        }}
      />
      {created && (
        <div className="invite-created" role="status">
          <p>
            Invite for {created.delegation} ({created.role}), {created.uses} use
            {created.uses === 1 ? '' : 's'}, until {when(created.expiresAt)}. Send this link privately:
          </p>
          <input
            className="invite-url"
            readOnly
            value={created.url}
            aria-label="Invite link"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <h2 className="panel-heading">Invites</h2>
      {invites.length === 0 ? (
        <p className="muted small">No invites you can see.</p>
      ) : (
        <ul className="invite-list">
          {invites.map((i) => (
            <li key={i.id} className={`invite-row invite-${i.status}`} data-testid="invite">
              <span>
                {i.delegation} · {i.role}
              </span>
              <span className="muted small">
                {i.status} · {i.used}/{i.uses} used · expires {when(i.expiresAt)} · by {i.by.name} (
                {i.by.delegation})
              </span>
              {canRevoke(me, i) && (
                <button type="button" className="link-button" onClick={() => void revoke(i)}>
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function InviteForm({
  me,
  parties,
  onCreate,
}: {
  me: { delegation: string; role: Role };
  parties: string[];
  onCreate(req: { delegation: string; role: Role; uses: number; ttlSeconds: number }): Promise<void>;
}) {
  const delegations = invitableDelegations(me, parties);
  const [delegation, setDelegation] = useState(
    delegations.includes(me.delegation) ? me.delegation : (delegations[0] ?? ''),
  );
  const roles = invitableRoles(me, delegation);
  const [role, setRole] = useState<Role>('drafter');
  const [uses, setUses] = useState(1);
  const [days, setDays] = useState(3);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  if (delegations.length === 0) return null;
  const effectiveRole = roles.includes(role) ? role : (roles[0] ?? 'drafter');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onCreate({ delegation, role: effectiveRole, uses, ttlSeconds: days * 86400 });
    } catch (err) {
      setError(message(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="invite-form" onSubmit={submit} aria-label="Create an invite">
      <h3 className="panel-subheading">Invite someone</h3>
      <label htmlFor={`${id}-d`}>Delegation</label>
      <select id={`${id}-d`} value={delegation} onChange={(e) => setDelegation(e.target.value)}>
        {delegations.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-r`}>Role</label>
      <select id={`${id}-r`} value={effectiveRole} onChange={(e) => setRole(e.target.value as Role)}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-u`}>Uses</label>
      <input
        id={`${id}-u`}
        type="number"
        min={1}
        max={1000}
        value={uses}
        onChange={(e) => setUses(Number(e.target.value) || 1)}
      />
      <label htmlFor={`${id}-t`}>Valid for (days, at most 7)</label>
      <input
        id={`${id}-t`}
        type="number"
        min={1}
        max={7}
        value={days}
        onChange={(e) => setDays(Math.min(7, Math.max(1, Number(e.target.value) || 1)))}
      />
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create invite link'}
      </button>
      <ErrorText error={error} />
    </form>
  );
}
