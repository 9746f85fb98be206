import { delegationInfo } from '@accord/protocol';
import type { ConnectionView } from './connection-state';
import type { Person } from './use-presence';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

export function ConnectionPill({ view }: { view: ConnectionView }) {
  return (
    <span
      className={`connection connection-${view.kind}`}
      role="status"
      title={view.detail}
      aria-label={`${view.label}. ${view.detail}`}
      data-testid="connection"
      data-state={view.kind}
    >
      <span className="connection-dot" aria-hidden="true" />
      {view.label}
    </span>
  );
}

/** Who has the document open: avatar in the delegation's colour, with name and delegation in words. */
export function PresenceBar({ people }: { people: Person[] }) {
  return (
    <ul className="presence" aria-label={`${people.length} online`} data-testid="presence">
      {people.map((p) => {
        const label = `${p.name}${p.isMe ? ' (you)' : ''} — ${delegationInfo(p.delegation).name}, ${p.role}`;
        return (
          <li
            key={p.clientId}
            className="avatar"
            title={label}
            aria-label={label}
            data-delegation={p.delegation}
          >
            <span className="avatar-circle" style={{ background: p.colour }} aria-hidden="true">
              {initials(p.name)}
            </span>
            <span className="avatar-code">{p.delegation}</span>
          </li>
        );
      })}
    </ul>
  );
}
