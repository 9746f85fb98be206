import { useState } from 'react';
import { Icon } from '../ui/Icon';
import type { NegotiationState } from './use-negotiation';

/** A bell with the unread count; opening it lists what happened ("FR objected to §3") and marks it read. */
export function NotificationFeed({
  feed,
  unread,
  markAllRead,
  onOpen,
}: Pick<NegotiationState, 'feed' | 'unread' | 'markAllRead'> & { onOpen(clauseId: string): void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="notification-feed">
      <button
        type="button"
        className="btn notification-bell"
        aria-expanded={open}
        aria-label={`Notifications: ${unread} unread`}
        data-testid="notifications"
        onClick={() => {
          setOpen(!open);
          if (open) markAllRead();
        }}
      >
        <Icon name="bell" />
        {unread > 0 && (
          <span className="unread-count" data-testid="notifications-unread">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <ul className="notification-list" data-testid="notification-list">
          {feed.length === 0 && <li className="empty">Nothing yet.</li>}
          {feed.map((n) => (
            <li key={n.key} className={n.read ? 'read' : 'unread'} data-kind={n.kind}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onOpen(n.clauseId);
                  markAllRead();
                  setOpen(false);
                }}
              >
                {n.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
