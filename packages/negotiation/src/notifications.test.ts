import { describe, expect, it } from 'vitest';
import {
  amendmentNotification,
  commentNotification,
  type StateFacts,
  stateNotifications,
} from './notifications';

const state = (approvals: StateFacts['clauses'][number]['approvals'], hash = 'h1'): StateFacts => ({
  clauses: [{ id: 'c3', index: 3, hash, approvals }],
});

describe('notifications', () => {
  it('NG16: another delegation’s new objection; none for the first state seen', () => {
    const before = state({ FR: { state: 'pending', stale: false } });
    const after = state({ FR: { state: 'objection', stale: false, at: 't1', hash: 'h1' } });
    expect(stateNotifications(undefined, after, 'UK')).toEqual([]);
    expect(stateNotifications(before, after, 'UK').map((n) => n.text)).toEqual(['FR objected to §3']);
    expect(stateNotifications(before, after, 'FR')).toEqual([]);
    expect(stateNotifications(after, after, 'UK')).toEqual([]);
  });

  it('NG16: "your approval of §2 is stale" when the approved text changes', () => {
    const before: StateFacts = {
      clauses: [
        {
          id: 'c2',
          index: 2,
          hash: 'h1',
          approvals: { UK: { state: 'approved', stale: false, hash: 'h1' } },
        },
      ],
    };
    const after: StateFacts = {
      clauses: [
        { id: 'c2', index: 2, hash: 'h2', approvals: { UK: { state: 'pending', stale: true, hash: 'h1' } } },
      ],
    };
    expect(stateNotifications(before, after, 'UK')).toEqual([
      { key: 'stale:c2:h1:h2', kind: 'stale', clauseId: 'c2', text: 'your approval of §2 is stale' },
    ]);
  });

  it('NG16: amendments and comments by others, never one’s own', () => {
    const a = { id: 'a1', clauseId: 'c5', status: 'open' as const, by: { delegation: 'DE', name: 'Dirk' } };
    expect(amendmentNotification(a, 5, 'UK')?.text).toBe('DE proposed an amendment to §5');
    expect(amendmentNotification(a, 5, 'DE')).toBeUndefined();
    const accepted = {
      ...a,
      status: 'accepted' as const,
      decision: { by: { delegation: 'UK', name: 'Una' } },
    };
    expect(amendmentNotification(accepted, 5, 'DE')?.text).toBe('UK accepted an amendment to §5 (by DE)');
    const c = {
      id: 'k',
      clauseId: 'c3',
      by: { delegation: 'FR', name: 'C' },
      replyTo: null,
      resolved: false,
    };
    expect(commentNotification(c, 3, 'UK')?.text).toBe('FR commented on §3');
    expect(commentNotification({ ...c, replyTo: 'r' }, 3, 'UK')?.text).toBe('FR replied on §3');
    expect(commentNotification(c, 3, 'FR')).toBeUndefined();
  });
});
