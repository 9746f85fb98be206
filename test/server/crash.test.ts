import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../support/child-server';
import { connectClient, synced, waitFor } from '../support/clients';
import { mintToken } from '../support/server';

const dataDir = mkdtempSync(join(tmpdir(), 'accord-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a server killed with SIGKILL', () => {
  it('loses no update it had broadcast', async () => {
    const first = await spawnServer(dataDir);
    const penholder = await mintToken({ sub: 'p', name: 'P', delegation: 'FR', role: 'penholder' });
    const res = await fetch(`${first.url}/api/docs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${penholder}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Crash test', parties: ['FR', 'DE'], text: 'x' }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const token = await mintToken({ sub: 'd', name: 'D', delegation: 'DE', role: 'drafter' });
    const writer = connectClient(first.wsUrl, id, token, 'burst');
    const watcher = connectClient(first.wsUrl, id, token, 'burst');
    await Promise.all([synced(writer), synced(watcher)]);
    for (let i = 0; i < 300; i++) writer.text.insert(writer.text.length, String.fromCharCode(65 + (i % 26)));
    // Everything the watcher has seen was broadcast by the server.
    await waitFor(() => watcher.text.length === 300, { what: 'broadcast of the burst' });
    const seen = watcher.text.toString();
    first.proc.kill('SIGKILL');
    await first.exited;
    writer.destroy();
    watcher.destroy();

    const second = await spawnServer(dataDir);
    const reader = connectClient(second.wsUrl, id, token, 'burst');
    await synced(reader);
    await waitFor(() => reader.text.length >= 300, { what: 'reload' });
    expect(reader.text.toString()).toBe(seen);
    reader.destroy();
    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
