import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { editMarker, readMarkers } from './edit-marker';

/**
 * A y-websocket protocol client without the provider's receive path: it does the real handshake
 * (sync step 1 both ways, answers the server's step 1) and sends real Yjs updates, but reads
 * incoming updates only for their edit markers instead of applying them. Hundreds of clients then
 * fit in the bench process without it, rather than the server, becoming the bottleneck.
 * Its edits go to its own key of a Y.Map, so they never depend on others' (unapplied) updates.
 * No awareness is sent (stock providers would also broadcast presence).
 */
export class ProtocolClient {
  private readonly doc = new Y.Doc();
  private readonly ws: WebSocket;
  private readonly map = this.doc.getMap<string>('bench');
  private closedByUs = false;
  synced = false;
  closeCode: number | null = null;
  readonly ready: Promise<void>;

  constructor(
    url: string,
    readonly index: number,
    private readonly onEdit: (sentAtMs: number, sender: number, receiver: number) => void,
  ) {
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.doc.on('update', (update: Uint8Array) => {
      if (this.ws.readyState === WebSocket.OPEN) this.ws.send(syncMessage(2, update));
    });
    this.ready = new Promise((resolve, reject) => {
      this.ws.on('open', () => this.ws.send(syncMessage(0, Y.encodeStateVector(this.doc))));
      this.ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary || data[0] !== 0) return; // awareness and other kinds are not measured
        const sub = data[1];
        if (sub === 0) {
          // Server's step 1: answer with our state (step 2), as a provider would.
          this.ws.send(syncMessage(1, Y.encodeStateAsUpdate(this.doc)));
        } else if (sub === 1) {
          this.synced = true;
          resolve();
        } else if (sub === 2) {
          for (const m of readMarkers(data)) this.onEdit(m.sentAtMs, m.sender, this.index);
        }
      });
      this.ws.on('error', reject);
      this.ws.on('close', (code) => {
        this.closeCode = code;
        if (!this.synced) reject(new Error(`closed ${code} before sync`));
        else if (!this.closedByUs) process.emitWarning(`bench client ${index} closed by server: ${code}`);
      });
    });
  }

  edit(nowMs: number): void {
    this.map.set(`c${this.index}`, editMarker(nowMs, this.index));
  }

  close(): Promise<void> {
    this.closedByUs = true;
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close();
      setTimeout(() => {
        this.ws.terminate();
        resolve();
      }, 2000).unref();
    });
  }
}

function syncMessage(sub: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** Connects `count` clients, at most `parallel` handshakes at a time, each bounded by `timeoutMs`. */
export async function connectMany(
  count: number,
  url: (i: number) => string,
  onEdit: (sentAtMs: number, sender: number, receiver: number) => void,
  { parallel = 50, timeoutMs = 15_000, firstIndex = 0 } = {},
): Promise<ProtocolClient[]> {
  const clients: ProtocolClient[] = [];
  for (let start = 0; start < count; start += parallel) {
    const batch: ProtocolClient[] = [];
    for (let i = start; i < Math.min(count, start + parallel); i++) {
      batch.push(new ProtocolClient(url(i), firstIndex + i, onEdit));
    }
    clients.push(...batch);
    await withTimeout(
      Promise.all(batch.map((c) => c.ready)),
      timeoutMs,
      `connecting clients ${start}..${start + batch.length}`,
    ).catch(async (err: Error) => {
      await Promise.all(clients.map((c) => c.close()));
      throw err;
    });
  }
  return clients;
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
