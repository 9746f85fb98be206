import { useEffect, useMemo, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { type ConnectionInputs, type ConnectionView, connectionView, isRefusal } from './connection-state';

/** Follows the provider's socket, its sync state and the browser's network state. */
export function useConnection(provider: WebsocketProvider | null): ConnectionView {
  const [inputs, setInputs] = useState<ConnectionInputs>({
    socket: 'connecting',
    synced: false,
    browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
    refusedCode: null,
    everConnected: false,
  });

  useEffect(() => {
    const online = () => setInputs((s) => ({ ...s, browserOnline: true }));
    const offline = () => setInputs((s) => ({ ...s, browserOnline: false }));
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }, []);

  useEffect(() => {
    if (!provider) return;
    const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) =>
      setInputs((s) => ({
        ...s,
        socket: status,
        synced: status === 'connected' ? s.synced : false,
        everConnected: s.everConnected || (status === 'connected' && s.synced),
      }));
    // "Ever connected" means online once, synced included: on the first load the socket is open a
    // moment before the first sync is in, and that moment is still "connecting", not "reconnecting".
    const onSync = (synced: boolean) =>
      setInputs((s) => ({
        ...s,
        synced,
        everConnected: s.everConnected || (synced && s.socket === 'connected'),
      }));
    const onClose = (event: CloseEvent | null) => {
      if (event && isRefusal(event.code)) {
        // Retrying a refused token or party only hammers the server: stop until the user acts.
        provider.shouldConnect = false;
        setInputs((s) => ({ ...s, refusedCode: event.code }));
      }
    };
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('connection-close', onClose);
    return () => {
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
    };
  }, [provider]);

  // The same object until the inputs change, so the memoised connection pill skips other renders (#18).
  return useMemo(() => connectionView(inputs), [inputs]);
}
