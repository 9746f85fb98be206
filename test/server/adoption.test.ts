import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docCalls } from '../support/adoption';
import { connectClient, synced, waitFor } from '../support/clients';
import { subscribeEvents } from '../support/events';
import { startTestServer, type TestServer } from '../support/server';

const TEXT = 'We condemn the attacks.\n\nWe will respond together.';

describe('adoption (api.md "Adoption and the silence procedure")', () => {
  let t: TestServer;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    t = await startTestServer();
    tokens = {
      pen: await t.token('UK', 'penholder'),
      UK: await t.token('UK'),
      FR: await t.token('FR'),
      obs: await t.token('FR', 'observer'),
    };
  });
  afterAll(() => t.stop());

  const fresh = async () => {
    const docId = await t.createDoc(['UK', 'FR'], TEXT);
    return { docId, d: docCalls(t, docId, { UK: tokens.UK!, FR: tokens.FR! }) };
  };

  it('only an agreed document can be adopted, and only by the penholder', async () => {
    const { d } = await fresh();
    const early = await d.call('/adopt', tokens.pen!, {});
    expect(early.status).toBe(409);
    await d.decideAll(['UK', 'FR']);
    expect((await d.call('/adopt', tokens.UK!, {})).status).toBe(403);
    expect((await d.call('/adopt', tokens.obs!, {})).status).toBe(403);
    // A penholder of a delegation that is not a party is not one of this document's penholders.
    expect((await d.call('/adopt', await t.token('DE', 'penholder'), {})).status).toBe(403);
    const res = await d.call('/adopt', tokens.pen!, {});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'adopted', locked: true, silence: null });
    expect((await d.meta()).status).toBe('adopted');
    expect((await d.call('/adopt', tokens.pen!, {})).status).toBe(409);
    expect((await d.audit()).filter((e) => e.kind === 'adopted')).toHaveLength(1);
    const record = await (await d.call('/export?format=md&final=1', tokens.FR!)).text();
    expect(record).toMatch(/Adopted by the penholder \(UK\) on \d{4}-\d\d-\d\d \d\d:\d\d UTC\./);
  });

  it('an adopted text answers PATCH with 409 locked and the event stream says adopted', async () => {
    const { docId, d } = await fresh();
    await d.decideAll(['UK', 'FR']);
    const events = await subscribeEvents(t.url, docId, tokens.FR!);
    try {
      await waitFor(() => events.events.at(-1)?.status === 'agreed', { what: 'agreed event' });
      expect((await d.call('/adopt', tokens.pen!, {})).status).toBe(200);
      await waitFor(() => events.events.at(-1)?.status === 'adopted', { what: 'adopted event' });
    } finally {
      await events.close();
    }
    const [first] = await d.clauses();
    const res = await d.call(`/clauses/${first!.id}`, tokens.UK!, { text: 'Changed.' }, 'PATCH');
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('locked');
    expect((await d.clauses())[0]!.text).toBe('We condemn the attacks.');
    const meta = await d.call('', tokens.pen!, { title: 'Another title' }, 'PATCH');
    expect(meta.status).toBe(409);
    // The decisions are part of the adopted record: they change only after reopening.
    const decision = await d.call(`/clauses/${first!.id}/approval`, tokens.FR!, {
      state: 'pending',
      hash: first!.hash,
    });
    expect(decision.status).toBe(409);
    expect(((await decision.json()) as { error: { code: string } }).error.code).toBe('locked');
  });

  it("a stock y-websocket client's edit after adoption reaches neither storage nor the other clients", async () => {
    const { docId, d } = await fresh();
    const a = connectClient(t.wsUrl, docId, tokens.UK!);
    const b = connectClient(t.wsUrl, docId, tokens.FR!);
    try {
      await Promise.all([synced(a), synced(b)]);
      a.text.insert(0, 'before ');
      await waitFor(() => b.text.toString() === 'before ', { what: 'edit before adoption' });
      await d.decideAll(['UK', 'FR']);
      expect((await d.call('/adopt', tokens.pen!, {})).status).toBe(200);

      a.text.insert(0, 'AFTER ');
      // Frames of one socket are handled in order: once b sees a's presence set after the edit,
      // the server has handled (and dropped) the edit.
      a.provider.awareness.setLocalStateField('marker', 'after-edit');
      await waitFor(
        () => [...b.provider.awareness.getStates().values()].some((s) => s.marker === 'after-edit'),
        { what: "a's presence after the edit" },
      );
      await t.server.hub.with(docId, () => undefined);
      expect(b.text.toString()).toBe('before ');
      const stored = await t.server.storage.loadDocument(docId);
      const doc = new Y.Doc();
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(doc, u.data);
      expect(doc.getText('test').toString()).toBe('before ');
      // A client connecting now gets the adopted text only.
      const c = connectClient(t.wsUrl, docId, tokens.FR!);
      try {
        await synced(c);
        expect(c.text.toString()).toBe('before ');
      } finally {
        c.destroy();
      }
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it('an edit racing the adoption either lands first (and adoption is refused) or is refused as locked', async () => {
    for (let round = 0; round < 5; round++) {
      const { d } = await fresh();
      await d.decideAll(['UK', 'FR']);
      const [first] = await d.clauses();
      const [adopt, patch] = await Promise.all([
        d.call('/adopt', tokens.pen!, {}),
        d.call(`/clauses/${first!.id}`, tokens.UK!, { text: `Raced ${round}.` }, 'PATCH'),
      ]);
      expect([adopt.status, patch.status].sort()).toEqual([200, 409]);
      const text = (await d.clauses())[0]!.text;
      if (adopt.status === 200) expect(text).toBe('We condemn the attacks.');
      else expect((await d.meta()).status).toBe('drafting');
    }
  });

  it('the penholder reopens with a reason (audited); the status is again what the approvals make it', async () => {
    const { d } = await fresh();
    await d.decideAll(['UK', 'FR']);
    await d.call('/adopt', tokens.pen!, {});
    expect((await d.call('/reopen', tokens.pen!, {})).status).toBe(400);
    expect((await d.call('/reopen', tokens.UK!, { reason: 'x' })).status).toBe(403);
    const res = await d.call('/reopen', tokens.pen!, { reason: 'Capital asks to revisit paragraph 2' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'agreed', locked: false });
    expect((await d.audit()).find((e) => e.kind === 'reopened')?.note).toBe(
      'Capital asks to revisit paragraph 2',
    );
    const [first] = await d.clauses();
    expect((await d.call(`/clauses/${first!.id}`, tokens.UK!, { text: 'Changed.' }, 'PATCH')).status).toBe(
      200,
    );
    expect((await d.meta()).status).toBe('drafting');
  });

  it('PATCH /api/docs/:id changes title, TLP and place (penholder, audited)', async () => {
    const { d } = await fresh();
    expect((await d.call('', tokens.UK!, { place: 'Brussels' }, 'PATCH')).status).toBe(403);
    expect((await d.call('', tokens.pen!, {}, 'PATCH')).status).toBe(400);
    expect((await d.call('', tokens.pen!, { tlp: 'PURPLE' }, 'PATCH')).status).toBe(400);
    const res = await d.call(
      '',
      tokens.pen!,
      { title: 'Joint statement', tlp: 'AMBER', place: 'Brussels' },
      'PATCH',
    );
    expect(res.status).toBe(200);
    expect(await d.meta()).toMatchObject({ title: 'Joint statement', tlp: 'AMBER', place: 'Brussels' });
    expect((await d.audit()).find((e) => e.kind === 'document-updated')?.data).toEqual({
      title: 'Joint statement',
      tlp: 'AMBER',
      place: 'Brussels',
    });
    const md = await (await d.call('/export?format=md', tokens.FR!)).text();
    expect(md).toContain('**TLP:AMBER**');
    expect(md).toContain('Done at Brussels on');
  });

  it('POST /api/docs takes tlp and place', async () => {
    const res = await t.api('/api/docs', {
      token: tokens.pen,
      body: { title: 'T', parties: ['UK', 'FR'], tlp: 'GREEN', place: 'Geneva', text: 'One.' },
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(await docCalls(t, id, tokens).meta(tokens.FR)).toMatchObject({ tlp: 'GREEN', place: 'Geneva' });
  });
});
