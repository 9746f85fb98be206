import { delegationInfo, type TokenClaims } from '@accord/protocol';

export function UserBadge({ claims, onSignOut }: { claims: TokenClaims; onSignOut(): void }) {
  const info = delegationInfo(claims.delegation);
  return (
    <div className="user-badge" data-testid="user-badge">
      <span className="user-delegation" style={{ background: info.colour }}>
        {claims.delegation}
      </span>
      <span className="user-name">
        {claims.name}
        <span className="user-role">{claims.role}</span>
      </span>
      <button type="button" className="btn btn-small btn-ghost" onClick={onSignOut}>
        Sign out
      </button>
    </div>
  );
}
