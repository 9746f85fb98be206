import { docs } from '@y/websocket-server/utils';
import * as Y from 'yjs';
import { serveIpc } from './child-ipc';
import { startReferenceInProcess } from './reference-in-process';

// The reference: @y/websocket-server 0.1.1's setupWSConnection, in memory (YPERSISTENCE unset).
if (process.env.YPERSISTENCE !== undefined)
  throw new Error('the reference runs in memory: unset YPERSISTENCE');
const reference = await startReferenceInProcess();

serveIpc(reference.port, {
  'content-bytes': () => [...docs.values()].reduce((n, d) => n + Y.encodeStateAsUpdate(d).byteLength, 0),
});
process.on('SIGTERM', () => process.exit(0));
