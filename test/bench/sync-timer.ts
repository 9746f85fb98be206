import { performance } from 'node:perf_hooks';
import { type Client, connectClient } from '../support/clients';
import { withTimeout } from './protocol-client';

/**
 * Time for a fresh stock y-websocket client (WebsocketProvider) to connect and finish syncing:
 * from construction to its `synced` event, i.e. socket + auth + document load + sync step 2.
 */
export async function timeToSync(
  wsBase: string,
  room: string,
  token = '',
): Promise<{ ms: number; client: Client }> {
  const t0 = performance.now();
  const client = connectClient(wsBase, room, token, 'bench');
  await withTimeout(
    new Promise<void>((resolve) => {
      client.provider.once('sync', (isSynced: boolean) => isSynced && resolve());
    }),
    30_000,
    `sync to ${room}`,
  ).catch((err: Error) => {
    client.destroy();
    throw err;
  });
  return { ms: performance.now() - t0, client };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
