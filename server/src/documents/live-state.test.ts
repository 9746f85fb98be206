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
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toHaveLength(1); // the subscriber's first event: the current state
    computed = 0;
    got.length = 0;
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

  // Regression: an approval's push could finish before an older push begun before it, so the
  // older state (the clause still pending) reached the editor last and stayed there.
  it('never delivers a state computed before a change after the state computed after it', async () => {
    const { live, computing, finish } = deferredLiveState();
    const got: string[] = [];
    live.subscribe('d1', (e) => got.push(e.status));
    expect(computing()).toBe(1); // the first event, under way
    live.changed('d1'); // approved meanwhile
    live.changed('d1'); // and again: one more computation covers both
    expect(computing()).toBe(1); // no second computation beside the first
    await finish('drafting');
    expect(computing()).toBe(1);
    await finish('adopted');
    expect(got).toEqual(['drafting', 'adopted']);
    expect(computing()).toBe(0);
  });

  it("a new subscriber's first event goes to it alone, computed after it subscribed", async () => {
    const { live, computing, finish } = deferredLiveState();
    const first: string[] = [];
    const second: string[] = [];
    live.subscribe('d1', (e) => first.push(e.status));
    live.subscribe('d1', (e) => second.push(e.status)); // while the first one's is under way
    await finish('drafting');
    expect(first).toEqual(['drafting']);
    expect(second).toEqual([]);
    await finish('adopted');
    expect(second).toEqual(['adopted']);
    expect(first).toEqual(['drafting']);
    expect(computing()).toBe(0);
  });

  it('an unsubscribed listener receives nothing from a computation under way', async () => {
    const { live, finish } = deferredLiveState();
    const got: string[] = [];
    const stop = live.subscribe('d1', (e) => got.push(e.status));
    stop();
    await finish('drafting');
    expect(got).toEqual([]);
  });

  it('a failed computation is reported and the next change still reaches everyone', async () => {
    const errors: string[] = [];
    let fail = true;
    const live = createLiveState({
      compute: async (docId) => {
        if (fail) throw new Error('storage away');
        return event(docId, 'drafting');
      },
      debounceMs: 0,
      setTimer: () => 0,
      clearTimer: () => {},
      onError: (e) => errors.push(e.message),
    });
    const got: string[] = [];
    live.subscribe('d1', (e) => got.push(e.status));
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toEqual(['storage away']);
    fail = false;
    live.changed('d1');
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual(['drafting']);
  });
});

/** A live state whose computations wait until the test finishes them, one at a time, in order. */
function deferredLiveState() {
  const pending: ((status: DocStateEvent['status']) => void)[] = [];
  let under = 0;
  const live = createLiveState({
    compute: (docId) => {
      under++;
      return new Promise<DocStateEvent>((resolve) =>
        pending.push((status) => {
          under--;
          resolve(event(docId, status));
        }),
      );
    },
    debounceMs: 0,
    setTimer: () => 0,
    clearTimer: () => {},
    onError: (e) => {
      throw e;
    },
  });
  return {
    live,
    computing: () => under,
    /** Finishes the oldest computation with `status` and lets its delivery (and what follows) run. */
    finish: async (status: DocStateEvent['status']) => {
      const next = pending.shift();
      if (!next) throw new Error('no computation under way');
      next(status);
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}
