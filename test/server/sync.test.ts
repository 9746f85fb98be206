import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, closeCodeOf, connectClient, prng, synced, waitFor } from '../support/clients';
import { mintToken, startTestServer, type TestServer } from '../support/server';
import { storedText } from '../support/stored';

/** Random inserts and deletes by every client, driven by one seed. */
async function randomEdits(clients: Client[], seed: number, rounds: number) {
  const rnd = prng(seed);
  for (let r = 0; r < rounds; r++) {
    for (const c of clients) {
      const len = c.text.length;
      if (len > 0 && rnd() < 0.3) {
        const at = Math.floor(rnd() * len);
        c.text.delete(at, Math.min(len - at, 1 + Math.floor(rnd() * 3)));
      } else {
        c.text.insert(Math.floor(rnd() * (len + 1)), String.fromCharCode(97 + Math.floor(rnd() * 26)));
      }
    }
    if (r % 5 === 0) await new Promise((res) => setTimeout(res, 1));
  }
}

async function converged(clients: Client[]) {
  await waitFor(() => clients.every((c) => c.text.toString() === clients[0]!.text.toString()), {
    what: 'convergence',
  });
  return clients[0]!.text.toString();
}

describe('live sync over the standard y-websocket protocol', () => {
  let t: TestServer;
  let docId: string;
  let fr: string;
  let uk: string;

  beforeAll(async () => {
    t = await startTestServer();
    docId = await t.createDoc(['UK', 'FR', 'DE'], 'First clause.');
    fr = await t.token('FR');
    uk = await t.token('UK');
  });
  afterAll(() => t.stop());

  it.each([2, 10])('%i stock clients converge after seeded random concurrent edits', async (n) => {
    const clients = Array.from({ length: n }, (_, i) =>
      connectClient(t.wsUrl, docId, i % 2 ? fr : uk, `conv${n}`),
    );
    await Promise.all(clients.map(synced));
    await randomEdits(clients, 42 + n, 30);
    const text = await converged(clients);
    expect(text.length).toBeGreaterThan(0);
    for (const c of clients) c.destroy();
  });

  it('gives a late joiner the full state', async () => {
    const a = connectClient(t.wsUrl, docId, fr, 'late');
    await synced(a);
    a.text.insert(0, 'written before you came');
    await waitFor(async () => {
      const b = connectClient(t.wsUrl, docId, uk, 'late');
      try {
        await synced(b);
        return b.text.toString() === 'written before you came';
      } finally {
        b.destroy();
      }
    });
    a.destroy();
  });

  it("drops an observer's document updates but lets it read", async () => {
    const writer = connectClient(t.wsUrl, docId, fr, 'obs');
    const observer = connectClient(t.wsUrl, docId, await t.token('FR', 'observer'), 'obs');
    await Promise.all([synced(writer), synced(observer)]);
    observer.text.insert(0, 'OBSERVER WAS HERE ');
    writer.text.insert(0, 'drafter text');
    await waitFor(() => observer.text.toString().includes('drafter text'), { what: 'observer reads' });
    // A sentinel after the dropped update: the server handles one connection's frames in order, so
    // once the observer's presence reaches the writer, its update before it has been handled too.
    observer.provider.awareness.setLocalStateField('sentinel', 'after the update');
    await waitFor(
      () =>
        (
          writer.provider.awareness.getStates().get(observer.doc.clientID) as
            | { sentinel?: string }
            | undefined
        )?.sentinel === 'after the update',
      { what: "the observer's sentinel" },
    );
    expect(writer.text.toString()).toBe('drafter text');
    expect(await storedText(t.server.storage, docId, 'obs')).toBe('drafter text');
    const fresh = connectClient(t.wsUrl, docId, uk, 'obs');
    await synced(fresh);
    await waitFor(() => fresh.text.toString() === 'drafter text');
    for (const c of [writer, observer, fresh]) c.destroy();
  });

  describe('identity (api.md close codes)', () => {
    it('closes a connection without a token with 4401', async () => {
      expect(await closeCodeOf(`${t.wsUrl}/${docId}`)).toBe(4401);
    });
    it('closes a forged token with 4401', async () => {
      const forged = await mintToken(
        { sub: 'x', name: 'x', delegation: 'FR', role: 'drafter' },
        'not-the-secret-000000',
      );
      expect(await closeCodeOf(`${t.wsUrl}/${docId}?token=${forged}`)).toBe(4401);
    });
    it('closes an expired token with 4401', async () => {
      const expired = await t.token('FR', 'drafter', { exp: Math.floor(Date.now() / 1000) - 10 });
      expect(await closeCodeOf(`${t.wsUrl}/${docId}?token=${expired}`)).toBe(4401);
    });
    it('closes a non-party with 4403', async () => {
      expect(await closeCodeOf(`${t.wsUrl}/${docId}?token=${await t.token('US')}`)).toBe(4403);
    });
    it('closes an unknown document with 4404', async () => {
      expect(await closeCodeOf(`${t.wsUrl}/no-such-doc?token=${fr}`)).toBe(4404);
    });
  });

  describe('bad input closes only the offender', () => {
    const frame = (...parts: (number | Uint8Array)[]) => {
      const e = encoding.createEncoder();
      for (const p of parts) {
        if (typeof p === 'number') encoding.writeVarUint(e, p);
        else encoding.writeVarUint8Array(e, p);
      }
      return encoding.toUint8Array(e);
    };
    const rnd = prng(7);
    const cases: [string, number, (ws: import('ws').WebSocket) => void][] = [
      ['random bytes', 4400, (ws) => ws.send(Uint8Array.from({ length: 64 }, () => Math.floor(rnd() * 256)))],
      ['a truncated varint', 4400, (ws) => ws.send(Uint8Array.of(0x80, 0x80))],
      ['a garbage update', 4400, (ws) => ws.send(frame(0, 2, Uint8Array.of(5, 200, 1, 2, 3, 9, 9, 9)))],
      ['a length prefix past the end', 4400, (ws) => ws.send(Uint8Array.of(0, 2, 0x7f, 1, 2))],
      ['an unknown message type', 4400, (ws) => ws.send(frame(42))],
      ['a text frame', 4400, (ws) => ws.send('hello')],
      ['an oversize frame', 1009, (ws) => ws.send(new Uint8Array(3 * 1024 * 1024))],
      [
        'a message flood',
        4429,
        (ws) => {
          const sv = frame(0, 0, Uint8Array.of(0));
          for (let i = 0; i < 3000; i++) ws.send(sv);
        },
      ],
    ];

    it.each(cases)('%s', async (_name, code, send) => {
      const a = connectClient(t.wsUrl, docId, fr, `bad-${code}-${_name}`);
      const b = connectClient(t.wsUrl, docId, uk, `bad-${code}-${_name}`);
      await Promise.all([synced(a), synced(b)]);
      expect(await closeCodeOf(`${t.wsUrl}/${docId}?token=${fr}`, send)).toBe(code);
      a.text.insert(0, 'still ');
      b.text.insert(0, 'fine ');
      await converged([a, b]);
      expect(a.text.length).toBe('still fine '.length);
      a.destroy();
      b.destroy();
    });
  });
});

describe('durability', () => {
  it('keeps the state across a restart', async () => {
    const t1 = await startTestServer();
    const docId = await t1.createDoc(['FR'], 'x');
    const token = await t1.token('FR');
    const a = connectClient(t1.wsUrl, docId, token, 'restart');
    await synced(a);
    a.text.insert(0, 'survives a restart');
    await waitFor(
      async () => (await storedText(t1.server.storage, docId, 'restart')) === 'survives a restart',
      {
        what: 'the edit stored',
      },
    );
    a.destroy();
    await t1.stop(false);
    const t2 = await startTestServer({ dataDir: t1.dataDir });
    const b = connectClient(t2.wsUrl, docId, token, 'restart');
    await synced(b);
    await waitFor(() => b.text.toString() === 'survives a restart');
    b.destroy();
    await t2.stop();
  });

  it('loads snapshot + tail after compaction with the same content', async () => {
    const t = await startTestServer({ compactThreshold: 20 });
    const docId = await t.createDoc(['FR'], 'x');
    const token = await t.token('FR');
    const a = connectClient(t.wsUrl, docId, token, 'compact');
    await synced(a);
    for (let i = 0; i < 100; i++) a.text.insert(a.text.length, `${i % 10}`);
    await waitFor(async () => (await storedText(t.server.storage, docId, 'compact')).length === 100, {
      what: 'all 100 edits stored',
    });
    a.destroy();
    await waitFor(() => t.server.hub.openDocuments() === 0, { what: 'unload' });
    const stored = await t.server.storage.loadDocument(docId);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(20);
    const b = connectClient(t.wsUrl, docId, token, 'compact');
    await synced(b);
    await waitFor(() => b.text.length === 100);
    b.destroy();
    await t.stop();
  });
});
