import type { Provider } from '@lexical/yjs';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** ws(s)://host/ws for the page's own origin: the server serves the client and the sync endpoint together. */
export function syncServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

/**
 * Builds the CollaborationPlugin's provider factory. The token goes in the `token` query parameter, the
 * one place api.md allows it in a URL (browsers cannot set WebSocket headers).
 */
export function createProviderFactory(
  token: string,
  onProvider: (provider: WebsocketProvider) => void,
): (id: string, yjsDocMap: Map<string, Y.Doc>) => Provider {
  return (id, yjsDocMap) => {
    let doc = yjsDocMap.get(id);
    if (!doc) {
      doc = new Y.Doc();
      yjsDocMap.set(id, doc);
    }
    // connect: false — the plugin connects once its binding is ready, so no update arrives unbound.
    // disableBc (#18): no cross-tab BroadcastChannel copy of every update and caret move (a
    // structured-clone postMessage per keystroke on the typing page, ~0.8 ms a key on 300 clauses); the
    // server relays to the other tabs as it does to every delegation, and a tab takes updates only
    // from the server that checked them, never from another tab of the origin signed in as someone else.
    const provider = new WebsocketProvider(syncServerUrl(window.location), id, doc, {
      connect: false,
      disableBc: true,
      params: { token },
      maxBackoffTime: 5000,
    });
    sendOnlyOwnPresence(provider);
    onProvider(provider);
    return provider as unknown as Provider;
  };
}

/**
 * The stock provider re-sends every awareness change it sees, other people's included (and their
 * timeouts). A server that holds each connection to its own presence closes the socket for that, so
 * this client speaks only for itself; it also spares the network an echo per person per keystroke.
 */
function sendOnlyOwnPresence(provider: WebsocketProvider): void {
  const { awareness } = provider;
  const stock = provider._awarenessUpdateHandler;
  const ownOnly = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const all = [...changes.added, ...changes.updated, ...changes.removed];
    if (!all.includes(awareness.clientID)) return;
    stock({ added: [], updated: [awareness.clientID], removed: [] }, origin);
  };
  awareness.off('update', stock);
  awareness.on('update', ownOnly);
  // destroy() unregisters whatever handler this field names.
  provider._awarenessUpdateHandler = ownOnly;
}
