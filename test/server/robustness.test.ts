import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStorage, type Storage } from '@accord/server';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { closeCodeOf, connectClient, synced, waitFor } from '../support/clients';
import { startTestServer } from '../support/server';

describe('robustness of the sync server', () => {
  it('closes a client too slow to keep up (1013) and leaves the others in sync', async () => {
    const t = await startTestServer({
      limits: { maxBufferedBytes: 64 * 1024, bytesPerSecond: 1e9, byteBurst: 1e9 },
    });
    const docId = await t.createDoc(['FR'], 'x');
    const token = await t.token('FR');
    const slow = new WebSocket(`${t.wsUrl}/${docId}?token=${token}`);
    const closed = new Promise<number>((resolve) => slow.on('close', (code) => resolve(code)));
    await new Promise((r) => slow.once('open', r));
    // Stop reading: the server's send buffer for this socket can only grow.
    (slow as unknown as { _socket: import('node:net').Socket })._socket.pause();
    const writer = connectClient(t.wsUrl, docId, token, 'slow');
    const reader = connectClient(t.wsUrl, docId, token, 'slow');
    await Promise.all([synced(writer), synced(reader)]);
    // More than the kernel's socket buffers hold, so the server's own queue must grow past its bound.
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; i < 48; i++) {
      writer.text.insert(0, chunk);
      await new Promise((r) => setTimeout(r, 5));
    }
    (slow as unknown as { _socket: import('node:net').Socket })._socket.resume();
    expect(await closed).toBe(1013);
    await waitFor(() => reader.text.length === writer.text.length, { what: 'honest reader in sync' });
    writer.destroy();
    reader.destroy();
    await t.stop();
  });

  it("ignores presence updates for another connection's client id, without disturbing either", async () => {
    const t = await startTestServer();
    const docId = await t.createDoc(['FR'], 'x');
    const token = await t.token('FR');
    const honest = connectClient(t.wsUrl, docId, token, 'aw');
    const watcher = connectClient(t.wsUrl, docId, token, 'aw');
    await Promise.all([synced(honest), synced(watcher)]);
    honest.provider.awareness.setLocalStateField('user', { name: 'Honest' });
    const nameSeen = () =>
      (
        watcher.provider.awareness.getStates().get(honest.doc.clientID) as
          | { user?: { name: string } }
          | undefined
      )?.user?.name;
    await waitFor(() => nameSeen() === 'Honest', { what: 'honest presence' });
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, honest.doc.clientID);
    encoding.writeVarUint(e, 999);
    encoding.writeVarString(e, JSON.stringify({ user: { name: 'Impostor' } }));
    const outer = encoding.createEncoder();
    encoding.writeVarUint(outer, 1);
    encoding.writeVarUint8Array(outer, encoding.toUint8Array(e));
    const spoofer = new WebSocket(`${t.wsUrl}/${docId}?token=${token}`);
    await new Promise((r) => spoofer.once('open', r));
    spoofer.send(encoding.toUint8Array(outer));
    // A sentinel after the spoof: the spoofer's own presence, under a client id of its own. Frames
    // of one connection are handled in order, so once the watcher sees it the spoof was handled.
    const own = encoding.createEncoder();
    encoding.writeVarUint(own, 1);
    encoding.writeVarUint(own, 424242);
    encoding.writeVarUint(own, 1);
    encoding.writeVarString(own, JSON.stringify({ user: { name: 'Sentinel' } }));
    const sentinel = encoding.createEncoder();
    encoding.writeVarUint(sentinel, 1);
    encoding.writeVarUint8Array(sentinel, encoding.toUint8Array(own));
    spoofer.send(encoding.toUint8Array(sentinel));
    await waitFor(
      () =>
        (watcher.provider.awareness.getStates().get(424242) as { user?: { name: string } } | undefined)?.user
          ?.name === 'Sentinel',
      { what: "the spoofer's sentinel" },
    );
    expect(nameSeen()).toBe('Honest');
    expect(spoofer.readyState).toBe(WebSocket.OPEN);
    spoofer.close();
    honest.destroy();
    watcher.destroy();
    await t.stop();
  });

  it('never saves over a document whose load failed, and unloads it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'accord-loadfail-'));
    const real = openSqliteStorage(dataDir);
    let failLoads = 0;
    let appendsWhileBroken = 0;
    const flaky: Storage = Object.create(real);
    flaky.loadDocument = async (id) => {
      if (failLoads > 0) {
        failLoads--;
        throw new Error('disk read error');
      }
      return real.loadDocument(id);
    };
    flaky.appendUpdates = async (id, u) => {
      if (failLoads > 0) appendsWhileBroken++;
      return real.appendUpdates(id, u);
    };
    const t = await startTestServer({ dataDir, storage: flaky });
    const docId = await t.createDoc(['FR'], 'Stored clause.');
    const token = await t.token('FR');
    const before = await real.loadDocument(docId);
    failLoads = 1;
    expect(await closeCodeOf(`${t.wsUrl}/${docId}?token=${token}`)).toBe(1011);
    expect(t.server.hub.openDocuments()).toBe(0);
    expect(appendsWhileBroken).toBe(0);
    const after = await real.loadDocument(docId);
    expect(after.updates.length).toBe(before.updates.length);
    const clauses = (await (await t.api(`/api/docs/${docId}/clauses`, { token })).json()) as {
      text: string;
    }[];
    expect(clauses.map((c) => c.text)).toEqual(['Stored clause.']);
    await t.stop();
  });
});
