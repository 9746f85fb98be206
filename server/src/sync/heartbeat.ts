import type WebSocket from 'ws';
import type { WebSocketServer } from 'ws';

export interface Heartbeat {
  stop(): void;
}

/**
 * Pings every open socket each `intervalMs` and terminates the ones that did not answer the
 * previous ping: a half-open connection (a peer that vanished without a FIN, a frozen client)
 * is reaped within two intervals, and its document hold and presence go with it.
 */
export function startHeartbeat(
  wss: WebSocketServer,
  o: { intervalMs: number; onReap?: () => void },
): Heartbeat {
  const answered = new WeakMap<WebSocket, boolean>();
  const watch = (ws: WebSocket) => {
    answered.set(ws, true);
    ws.on('pong', () => answered.set(ws, true));
  };
  wss.on('connection', watch);
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (!answered.has(ws)) {
        watch(ws);
        continue;
      }
      if (!answered.get(ws)) {
        o.onReap?.();
        ws.terminate();
        continue;
      }
      answered.set(ws, false);
      ws.ping();
    }
  }, o.intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      wss.off('connection', watch);
    },
  };
}
