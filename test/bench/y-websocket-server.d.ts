// @y/websocket-server 0.1.1 ships JavaScript without its declared .d.ts files; just what the bench uses.
declare module '@y/websocket-server/utils' {
  import type { IncomingMessage } from 'node:http';
  import type { WebSocket } from 'ws';
  import type * as Y from 'yjs';

  export class WSSharedDoc extends Y.Doc {
    name: string;
    conns: Map<WebSocket, Set<number>>;
  }
  export const docs: Map<string, WSSharedDoc>;
  export function getYDoc(docName: string, gc?: boolean): WSSharedDoc;
  export function setupWSConnection(
    conn: WebSocket,
    req: IncomingMessage,
    opts?: { docName?: string; gc?: boolean },
  ): void;
}
