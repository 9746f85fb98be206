import type { DocStateEvent } from '@accord/protocol';
import { describe, expect, it } from 'vitest';
import { createLiveState } from './live-state';

const event = (docId: string, status: DocStateEvent['status']): DocStateEvent => ({
  type: 'state',
  docId,
  parties: [],
  status,
  summary: {},
  blockers: [],
  clauses: [],
  suppressions: [],
});

describe('live state channel', () => {
  it('coalesces a burst of edits into one push, and pushes approval changes at once', async () => {
    const timers: (() => void)[] = [];
    let computed = 0;
    const live = createLiveState({
      compute: async (docId) => {
        computed++;
        return event(docId, 'drafting');
      },
      debounceMs: 50,
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => {},
      onError: (e) => {
        throw e;
      },
    });
    const got: DocStateEvent[] = [];
    const stop = live.subscribe('d1', (e) => got.push(e));
    live.edited('d1');
    live.edited('d1');
    live.edited('d1');
    expect(timers).toHaveLength(1);
    timers[0]!();
    live.changed('d1');
    await new Promise((r) => setTimeout(r, 0));
    expect(computed).toBe(2);
    expect(got).toHaveLength(2);
    stop();
    live.edited('d1');
    expect(timers).toHaveLength(1);
  });
});
