import { describe, expect, it } from 'vitest';
import { closeCodeOf, connectClient, synced, waitFor } from '../support/clients';
import { startTestServer } from '../support/server';
import { storedText } from '../support/stored';

describe('graceful shutdown (api.md)', () => {
  it('closes sockets with 1012, persists everything, and refuses new work', async () => {
    const t = await startTestServer();
    const docId = await t.createDoc(['FR'], 'x');
    const token = await t.token('FR');
    const client = connectClient(t.wsUrl, docId, token, 'shutdown');
    await synced(client);
    const codes: number[] = [];
    client.provider.on('connection-close', (e) => {
      if (e) codes.push(e.code);
    });
    client.text.insert(0, 'last words');
    // The fact, not a pause: the edit is in the stored log before the server is told to stop.
    await waitFor(async () => (await storedText(t.server.storage, docId, 'shutdown')) === 'last words', {
      what: 'the edit stored',
    });
    await t.stop(false);
    await waitFor(() => codes.includes(1012), { what: 'close code 1012' });
    client.destroy();
    const again = await startTestServer({ dataDir: t.dataDir });
    const reader = connectClient(again.wsUrl, docId, token, 'shutdown');
    await synced(reader);
    await waitFor(() => reader.text.toString() === 'last words');
    reader.destroy();
    expect(
      await closeCodeOf(`${again.wsUrl}/${docId}?token=${token}`, undefined, 2000).catch(() => 0),
    ).not.toBe(4404);
    await again.stop();
  });
});
