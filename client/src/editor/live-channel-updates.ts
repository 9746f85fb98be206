import type { DocStateEvent } from '@accord/protocol';
import type { DocEventsHandlers, LiveChannelStatus } from '../api/doc-events';
import { keptWorkspaceState } from './use-decided-state';

export interface LiveChannelSetters {
  setLive(status: LiveChannelStatus): void;
  setState(update: (prev: DocStateEvent | null) => DocStateEvent): void;
  /** React's startTransition: the state renders between keystrokes, never ahead of a typed character. */
  transition(run: () => void): void;
}

/**
 * How the approvals channel's statuses and states become the workspace's (#18, reconnect): "live" is
 * set in the same transition as the state it arrived with, never on its own. Set on its own (urgently,
 * while the state waited in a transition) it rendered the state from before the outage as current: after a
 * server restart the badge read "Agreed" for a frame while the server said drafting. A loss ("connecting",
 * "retrying") is urgent: from then on nothing shown passes for current.
 */
export function liveChannelUpdates(set: LiveChannelSetters): Pick<DocEventsHandlers, 'onStatus' | 'onState'> {
  return {
    onStatus(status) {
      if (status !== 'live') set.setLive(status);
    },
    onState(next) {
      set.transition(() => {
        set.setLive('live');
        set.setState((prev) => keptWorkspaceState(prev, next));
      });
    },
  };
}
