import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { docs, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { serveIpc } from './child-ipc';

// The reference: @y/websocket-server 0.1.1's setupWSConnection, in memory (YPERSISTENCE unset).
if (process.env.YPERSISTENCE !== undefined)
  throw new Error('the reference runs in memory: unset YPERSISTENCE');
const wss = new WebSocketServer({ noServer: true });
const http = createServer((_req, res) => res.end('okay'));
http.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => {
    setupWSConnection(ws, req, { docName: (req.url ?? '/').slice(1).split('?')[0] });
  });
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));

serveIpc((http.address() as AddressInfo).port, {
  'content-bytes': () => [...docs.values()].reduce((n, d) => n + Y.encodeStateAsUpdate(d).byteLength, 0),
});
process.on('SIGTERM', () => process.exit(0));
