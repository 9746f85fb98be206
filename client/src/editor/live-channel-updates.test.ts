import type { DocStateEvent } from '@accord/protocol';
import { describe, expect, it } from 'vitest';
import type { LiveChannelStatus } from '../api/doc-events';
import { docStateFixture } from './doc-state-fixture';
import { liveChannelUpdates } from './live-channel-updates';

/** Records each update and whether it was made inside a transition. */
function recorder() {
  const log: { what: string; inTransition: boolean }[] = [];
  let inTransition = false;
  let state: DocStateEvent | null = null;
  const handlers = liveChannelUpdates({
    setLive: (status: LiveChannelStatus) => log.push({ what: `live:${status}`, inTransition }),
    setState: (update) => {
      state = update(state);
      log.push({ what: 'state', inTransition });
    },
    transition: (run) => {
      inTransition = true;
      try {
        run();
      } finally {
        inTransition = false;
      }
    },
  });
  return { handlers, log, state: () => state };
}

describe('liveChannelUpdates (#18 reconnect: never "Agreed" from the state before an outage)', () => {
  it('a "live" status alone changes nothing: the channel is live with the state it brings', () => {
    const r = recorder();
    r.handlers.onStatus('live');
    expect(r.log).toEqual([]);
  });

  it('sets "live" and the state in one transition, so no render shows "live" beside the old state', () => {
    const r = recorder();
    const state = docStateFixture(['The participants agree.']);
    r.handlers.onState(state);
    expect(r.log).toEqual([
      { what: 'live:live', inTransition: true },
      { what: 'state', inTransition: true },
    ]);
    expect(r.state()?.docId).toBe(state.docId);
  });

  it('a loss of the channel is urgent (outside any transition)', () => {
    const r = recorder();
    r.handlers.onStatus('retrying');
    r.handlers.onStatus('connecting');
    expect(r.log).toEqual([
      { what: 'live:retrying', inTransition: false },
      { what: 'live:connecting', inTransition: false },
    ]);
  });
});
