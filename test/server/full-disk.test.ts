import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStorage } from '@accord/server';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, synced, waitFor } from '../support/clients';
import { failingStorage } from '../support/failing-storage';
import { startTestServer, type TestServer } from '../support/server';

interface ClauseJson {
  id: string;
  text: string;
  hash: string;
  approvals: Record<string, { state: string }>;
}

/**
 * #14 "a write is acknowledged only after it is stored": on a full disk, PATCH …/clauses/:id
 * answered 200 to 398 of 400 edits it never stored (flushLoop → fail() swallowed the error and
 * hub.with() did not check it). A real SQLite storage, failing on demand.
 */
describe('full disk', () => {
  let t: TestServer | undefined;
  let dataDir: string;
  afterEach(async () => {
    await t?.stop(false);
    t = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start() {
    dataDir = mkdtempSync(join(tmpdir(), 'accord-full-disk-'));
    const disk = failingStorage(openSqliteStorage(dataDir));
    t = await startTestServer({ dataDir, storage: disk.storage });
    const docId = await t.createDoc(['FR'], 'Alpha.\n\nBravo.');
    const fr = await t.token('FR');
    const clauses = async () =>
      (await (await t!.api(`/api/docs/${docId}/clauses`, { token: fr })).json()) as ClauseJson[];
    const patch = (clauseId: string, text: string) =>
      t!.api(`/api/docs/${docId}/clauses/${clauseId}`, { method: 'PATCH', token: fr, body: { text } });
    return { disk, docId, fr, clauses, patch };
  }

  it('full disk: PATCH never answers 200 for an edit it did not store (503 unavailable)', async () => {
    const { disk, clauses, patch } = await start();
    const [alpha] = await clauses();
    disk.fill();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => patch(alpha!.id, `Alpha, edit ${i}.`)),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toEqual([]);
    expect(new Set(statuses)).toEqual(new Set([503]));
    expect(((await answers[0]!.json()) as { error: { code: string } }).error.code).toBe('unavailable');
    // What the API shows is what storage holds: none of the refused edits.
    expect((await clauses())[0]!.text).toBe('Alpha.');
  });

  it('full disk: an approval is refused with 503 unavailable and nothing of it is kept', async () => {
    const { disk, docId, fr, clauses } = await start();
    const [alpha] = await clauses();
    const auditBefore = await t!.api(`/api/docs/${docId}/audit`, { token: fr }).then((r) => r.json());
    disk.fill();
    const res = await t!.api(`/api/docs/${docId}/clauses/${alpha!.id}/approval`, {
      token: fr,
      body: { state: 'approved', hash: alpha!.hash },
    });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable');
    disk.free();
    expect((await clauses())[0]).toMatchObject({ approvals: { FR: { state: 'pending' } } });
    expect(await t!.api(`/api/docs/${docId}/audit`, { token: fr }).then((r) => r.json())).toEqual(
      auditBefore,
    );
  });

  it('full disk: a failed document is loaded again from storage, and accepts writes once there is space', async () => {
    const { disk, docId, fr, clauses, patch } = await start();
    const [alpha] = await clauses();
    disk.fill();
    expect((await patch(alpha!.id, 'Lost.')).status).toBe(503);
    disk.free();
    const ok = await patch(alpha!.id, 'Alpha, stored.');
    expect(ok.status).toBe(200);
    // Stored, so it survives a restart.
    await t!.stop(false);
    t = await startTestServer({ dataDir });
    const after = (await (await t.api(`/api/docs/${docId}/clauses`, { token: fr })).json()) as ClauseJson[];
    expect(after[0]!.text).toBe('Alpha, stored.');
  });

  it('full disk: the WebSocket path closes 1011 and the client resyncs once there is space', async () => {
    const { disk, docId, fr, clauses } = await start();
    const client = connectClient(t!.wsUrl, docId, fr);
    const closes: number[] = [];
    client.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event) closes.push(event.code);
    });
    await synced(client);
    disk.fill();
    client.doc.getText('probe').insert(0, 'kept by the client');
    await waitFor(() => closes.includes(1011), { what: 'close 1011' });
    disk.free();
    // The stock client reconnects by itself and sends what the server could not store; a fresh
    // reader then gets it from storage.
    await waitFor(() => client.provider.wsconnected && client.provider.synced, { what: 'reconnect' });
    const reader = connectClient(t!.wsUrl, docId, fr);
    await waitFor(() => reader.doc.getText('probe').toString() === 'kept by the client', {
      what: 'the resent edit, stored',
    });
    expect((await clauses()).length).toBe(2);
    reader.destroy();
    client.destroy();
  });
});
