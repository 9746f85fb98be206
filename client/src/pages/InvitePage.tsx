import { delegationInfo } from '@accord/protocol';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { z } from 'zod';
import { ApiClient } from '../api/api-client';
import { ErrorText } from '../ui/ErrorText';
import { friendlyError } from '../ui/friendly-error';

// Invite links carry a signed, readable claim (document, delegation, role): shown before redeeming.
const invitePreviewSchema = z.object({ delegation: z.string(), role: z.string(), docId: z.string() });

function previewInvite(invite: string): z.infer<typeof invitePreviewSchema> | null {
  const payload = invite.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const parsed = invitePreviewSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    // Unreadable: the server will judge the invite when it is redeemed.
    return null;
  }
}

/** `/invite#<invite>`: asks the person's name, redeems the invite and opens the document. */
export function InvitePage({
  invite,
  onSignedIn,
}: {
  invite: string | null;
  onSignedIn(token: string, then: string): void;
}) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const preview = useMemo(() => (invite ? previewInvite(invite) : null), [invite]);

  if (!invite) {
    return (
      <div className="page-message">
        <h1>Accord</h1>
        <p role="alert">This invite link is incomplete. Ask the penholder for a new one.</p>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await new ApiClient(null).redeemInvite(invite, name.trim());
      onSignedIn(result.token, `/d/${encodeURIComponent(result.docId)}`);
    } catch (err) {
      setError(friendlyError(err));
      setBusy(false);
    }
  };

  return (
    <div className="signin-page">
      <form className="card signin-card" onSubmit={submit} aria-labelledby="invite-title">
        <p className="brand brand-large">Accord</p>
        <h1 id="invite-title">Join the drafting session</h1>
        {preview && (
          <p className="invite-preview">
            You are invited as{' '}
            <strong style={{ color: delegationInfo(preview.delegation).colour }}>
              {delegationInfo(preview.delegation).name} ({preview.delegation})
            </strong>
            , role <strong>{preview.role}</strong>.
          </p>
        )}
        <label htmlFor={nameId}>Your name, as other delegations will see it</label>
        <input
          id={nameId}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={100}
          autoComplete="name"
          data-testid="invite-name"
        />
        <button type="submit" className="btn btn-primary" disabled={busy || name.trim() === ''}>
          {busy ? 'Joining…' : 'Join'}
        </button>
        <ErrorText error={error} />
      </form>
    </div>
  );
}
