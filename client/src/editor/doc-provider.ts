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
    const provider = new WebsocketProvider(syncServerUrl(window.location), id, doc, {
      connect: false,
      params: { token },
      maxBackoffTime: 5000,
    });
    onProvider(provider);
    return provider as unknown as Provider;
  };
}
