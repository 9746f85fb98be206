import { create } from 'lib0/prng';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: Y.Text;
  destroy(): void;
}

/**
 * A stock y-websocket client in Node, as toolchain.md prescribes: ws as the WebSocket, and no
 * BroadcastChannel (clients in one process would otherwise sync around the server).
 */
export function connectClient(wsUrl: string, docId: string, token: string, field = 'test'): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, docId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  return {
    doc,
    provider,
    text: doc.getText(field),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `check` holds, or fails after `timeoutMs` with the last observed value. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  { timeoutMs = 10_000, intervalMs = 20, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${String(last)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const synced = (c: Client) => waitFor(() => c.provider.synced, { what: 'sync' });

/** Opens a raw socket and resolves with the close code the server sends. */
export function closeCodeOf(url: string, send?: (ws: WebSocket) => void, timeoutMs = 5000): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`no close within ${timeoutMs} ms`));
    }, timeoutMs);
    ws.on('open', () => send?.(ws));
    ws.on('error', () => {});
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** A seeded generator (lib0's, as Yjs's own tests use), so random-edit tests replay exactly. */
export function prng(seed: number): () => number {
  const gen = create(seed);
  return () => gen.next();
}
