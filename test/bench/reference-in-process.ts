import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getYDoc, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

/**
 * The reference in the bench process, for single-client sync timings where its documents must be
 * filled directly (it has no storage API): in memory, like serve-reference.ts.
 */
export async function startReferenceInProcess() {
  const wss = new WebSocketServer({ noServer: true });
  const http = createServer((_req, res) => res.end('okay'));
  http.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      setupWSConnection(ws, req, { docName: (req.url ?? '/').slice(1).split('?')[0] });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    wsUrl: `ws://127.0.0.1:${port}`,
    doc: getYDoc,
    close: async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => http.close(r));
    },
  };
}
