import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { waitFor } from '../support/clients';
import { startTestServer, type TestServer } from '../support/server';

/** A y-websocket awareness frame carrying the given entries. */
function awarenessFrame(entries: { clientID: number; clock: number; state: unknown }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const { clientID, clock, state } of entries) {
    encoding.writeVarUint(inner, clientID);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

/** A raw protocol peer that records every presence entry the server relays to it. */
async function presenceWatcher(url: string) {
  const ws = new WebSocket(url);
  const seen: { clientID: number; clock: number; state: unknown }[] = [];
  let awarenessBytes = 0;
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(d) !== 1) return;
    const raw = decoding.readVarUint8Array(d);
    awarenessBytes += raw.byteLength;
    const a = decoding.createDecoder(raw);
    const n = decoding.readVarUint(a);
    for (let i = 0; i < n; i++) {
      const clientID = decoding.readVarUint(a);
      const clock = decoding.readVarUint(a);
      seen.push({ clientID, clock, state: JSON.parse(decoding.readVarString(a)) });
    }
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, seen, bytes: () => awarenessBytes };
}

async function open(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return ws;
}

let t: TestServer | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

describe('presence (awareness) is bounded per connection', () => {
  it('does not relay a flood of ~1 MB presence messages, from an observer either', async () => {
    t = await startTestServer();
    const docId = await t.createDoc(['FR', 'DE'], 'One clause.');
    const watcher = await presenceWatcher(`${t.wsUrl}/${docId}?token=${await t.token('FR')}`);
    const observer = await open(`${t.wsUrl}/${docId}?token=${await t.token('DE', 'observer')}`);
    const big = 'x'.repeat(1024 * 1024);
    for (let clock = 1; clock <= 10; clock++) {
      observer.send(
        awarenessFrame([{ clientID: 4242, clock, state: { user: { name: 'Flood', pad: big } } }]),
      );
    }
    // Observers may still show presence, within the caps: this one arrives, the megabytes before it did not.
    observer.send(awarenessFrame([{ clientID: 4242, clock: 11, state: { user: { name: 'Observer' } } }]));
    await waitFor(() => watcher.seen.some((e) => e.clock === 11), { what: 'the small presence update' });
    expect(watcher.seen.filter((e) => e.clientID === 4242).map((e) => e.clock)).toEqual([11]);
    expect(watcher.bytes()).toBeLessThan(64 * 1024);
    expect(observer.readyState).toBe(WebSocket.OPEN);
    observer.close();
    watcher.ws.close();
  });

  it('drops a state over 64 KB and relays one under it', async () => {
    t = await startTestServer();
    const docId = await t.createDoc(['FR'], 'One clause.');
    const token = await t.token('FR');
    const watcher = await presenceWatcher(`${t.wsUrl}/${docId}?token=${token}`);
    const sender = await open(`${t.wsUrl}/${docId}?token=${token}`);
    sender.send(awarenessFrame([{ clientID: 7, clock: 1, state: { pad: 'y'.repeat(64 * 1024 + 1) } }]));
    sender.send(awarenessFrame([{ clientID: 7, clock: 2, state: { pad: 'z'.repeat(60 * 1024) } }]));
    await waitFor(() => watcher.seen.some((e) => e.clock === 2), { what: 'the 60 KB state' });
    expect(watcher.seen.map((e) => e.clock)).toEqual([2]);
    sender.close();
    watcher.ws.close();
  });

  it('lets one connection speak for at most 8 presence client ids', async () => {
    t = await startTestServer();
    const docId = await t.createDoc(['FR'], 'One clause.');
    const token = await t.token('FR');
    const watcher = await presenceWatcher(`${t.wsUrl}/${docId}?token=${token}`);
    const sender = await open(`${t.wsUrl}/${docId}?token=${token}`);
    const many = Array.from({ length: 50 }, (_, i) => ({ clientID: 1000 + i, clock: 1, state: { n: i } }));
    sender.send(awarenessFrame(many));
    sender.send(awarenessFrame([{ clientID: 1000, clock: 2, state: { n: 'last' } }]));
    await waitFor(() => watcher.seen.some((e) => e.clock === 2), { what: 'the follow-up update' });
    const ids = new Set(watcher.seen.map((e) => e.clientID));
    expect(ids.size).toBe(8);
    sender.close();
    watcher.ws.close();
  });

  it("relays one connection's presence at most at its byte rate", async () => {
    t = await startTestServer();
    const docId = await t.createDoc(['FR'], 'One clause.');
    const token = await t.token('FR');
    const watcher = await presenceWatcher(`${t.wsUrl}/${docId}?token=${token}`);
    const sender = await open(`${t.wsUrl}/${docId}?token=${token}`);
    const started = performance.now();
    const pad = 'p'.repeat(60 * 1024);
    for (let clock = 1; clock <= 60; clock++)
      sender.send(awarenessFrame([{ clientID: 9, clock, state: { pad } }]));
    sender.send(awarenessFrame([{ clientID: 9, clock: 61, state: null }]));
    await waitFor(() => watcher.seen.some((e) => e.clock === 61), { what: 'the leave message' });
    const seconds = (performance.now() - started) / 1000;
    // 3.6 MB offered; relayed: the 256 KB burst plus 64 KB/s for the time it took (and one message).
    expect(watcher.bytes()).toBeLessThan(256 * 1024 + 64 * 1024 * (seconds + 1));
    expect(watcher.seen.length).toBeGreaterThan(1);
    sender.close();
    watcher.ws.close();
  });
});

describe('WebSocket heartbeat', () => {
  it('reaps a half-open socket that never answers a ping', async () => {
    t = await startTestServer({ heartbeatMs: 100 });
    const docId = await t.createDoc(['FR'], 'One clause.');
    const url = `${t.wsUrl}/${docId}?token=${await t.token('FR')}`;
    const silent = new WebSocket(url, { autoPong: false });
    const honest = new WebSocket(url);
    let honestPings = 0;
    honest.on('ping', () => honestPings++);
    const silentClosed = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
    expect(await silentClosed).toBe(1006);
    await waitFor(() => honestPings >= 3, { what: 'three pings answered' });
    expect(honest.readyState).toBe(WebSocket.OPEN);
    honest.close();
  });
});
