import { suppressionId } from '@accord/linter';
import {
  auditEntryViewSchema,
  clauseListItemSchema,
  errorBodySchema,
  type FindingView,
  findingViewSchema,
  suppressionViewSchema,
} from '@accord/protocol';
import { openMemoryStorage, type Storage } from '@accord/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { waitFor } from '../support/clients';
import { subscribeEvents } from '../support/events';
import { startTestServer, type TestServer } from '../support/server';

const TEXT = "We condemn the attacks.\n\nThis attack was carried out by Russia's GRU.";
const REASON = 'Agreed at ministerial level to name the unit.';

type Api = TestApp['api'];

/** The attribution error FR's policy finds in clause 2, suppressed by FR; returns it and its clause. */
async function suppressOne(api: Api, docId: string, token: string) {
  const [, c2] = clauseListItemSchema
    .array()
    .parse(await (await api(`/api/docs/${docId}/clauses`, { token })).json());
  const lint = async (): Promise<FindingView[]> =>
    findingViewSchema.array().parse(await (await api(`/api/docs/${docId}/lint`, { token })).json());
  const finding = (await lint()).find((f) => f.clauseId === c2!.id && f.policy === 'FR');
  expect(finding).toBeDefined();
  const res = await api(`/api/docs/${docId}/suppressions`, {
    token,
    body: { ...finding!, hash: c2!.hash, reason: REASON },
  });
  expect(res.status).toBe(201);
  const view = suppressionViewSchema.parse(await res.json());
  return { finding: finding!, clause: c2!, view, lint };
}

const sameFinding = (a: FindingView) => (b: FindingView) =>
  a.ruleId === b.ruleId && a.clauseId === b.clauseId && a.start === b.start && a.end === b.end;

describe('un-suppress (#19): DELETE /api/docs/:id/suppressions/:suppressionId', () => {
  let t: TestApp;
  let docId: string;
  let fr: string;
  const refusal = async (res: Response) => ({
    status: res.status,
    code: errorBodySchema.parse(await res.json()).error.code,
  });

  beforeAll(async () => {
    t = await createTestApp();
    docId = await t.createDoc(['UK', 'FR'], TEXT);
    fr = await t.token('FR');
  });
  afterAll(() => t.stop());

  it('gives each suppression a stable id derived from what it accepts', async () => {
    const { view } = await suppressOne(t.api, docId, fr);
    expect(view.id).toBe(suppressionId(view));
    // Nothing but the suppression is stored: removing it answers with the same id, derived again.
    const again = suppressionViewSchema.parse(
      await (
        await t.api(`/api/docs/${docId}/suppressions/${view.id}`, { method: 'DELETE', token: fr })
      ).json(),
    );
    expect(again).toEqual(view);
  });

  it('removes the suppression: the finding stands again and the audit log says who and why', async () => {
    const { finding, view, lint } = await suppressOne(t.api, docId, fr);
    expect((await lint()).some(sameFinding(finding))).toBe(false);
    const uk = await t.token('UK');
    const res = await t.api(`/api/docs/${docId}/suppressions/${view.id}`, {
      method: 'DELETE',
      token: uk,
      body: { reason: 'UK does not accept naming the unit.' },
    });
    expect(res.status).toBe(200);
    expect(suppressionViewSchema.parse(await res.json())).toMatchObject({
      id: view.id,
      ruleId: finding.ruleId,
    });
    expect((await lint()).some(sameFinding(finding))).toBe(true);
    const audit = auditEntryViewSchema
      .array()
      .parse(await (await t.api(`/api/docs/${docId}/audit`, { token: fr })).json());
    expect(audit.at(-1)).toMatchObject({
      kind: 'suppression-removed',
      actor: { delegation: 'UK' },
      clauseId: finding.clauseId,
      note: 'UK does not accept naming the unit.',
      data: { suppressionId: view.id, ruleId: finding.ruleId },
      verified: true,
    });
  });

  it('refuses: observer 403, not a party 403, unknown id 404 (twice removed too), bad body 400', async () => {
    const { view } = await suppressOne(t.api, docId, fr);
    const del = (token: string, id = view.id!, body?: unknown) =>
      t.api(`/api/docs/${docId}/suppressions/${id}`, { method: 'DELETE', token, body });
    expect(await refusal(await del(await t.token('FR', 'observer')))).toEqual({
      status: 403,
      code: 'forbidden',
    });
    expect(await refusal(await del(await t.token('DE')))).toEqual({ status: 403, code: 'not_a_party' });
    expect(await refusal(await del(fr, '0123456789abcdef'))).toEqual({ status: 404, code: 'not_found' });
    expect(await refusal(await del(fr, 'not-an-id'))).toEqual({ status: 404, code: 'not_found' });
    expect(await refusal(await del(fr, view.id, { reason: 42 }))).toEqual({
      status: 400,
      code: 'invalid_request',
    });
    expect((await del(fr)).status).toBe(200);
    expect(await refusal(await del(fr))).toEqual({ status: 404, code: 'not_found' });
  });
});

describe('an un-suppress storage refuses is never acknowledged', () => {
  let full = false;
  let t: TestApp;
  beforeAll(async () => {
    const inner = openMemoryStorage();
    const storage = new Proxy(inner, {
      get(target, prop, receiver) {
        if (full && prop === 'commitChange') {
          return async () => {
            throw new Error('SQLITE_FULL: database or disk is full');
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as Storage;
    t = await createTestApp({ storage });
  });
  afterAll(() => t.stop());

  it('503 unavailable and the suppression stays', async () => {
    const docId = await t.createDoc(['UK', 'FR'], TEXT);
    const fr = await t.token('FR');
    const { finding, view, lint } = await suppressOne(t.api, docId, fr);
    full = true;
    let res: Response;
    try {
      res = await t.api(`/api/docs/${docId}/suppressions/${view.id}`, { method: 'DELETE', token: fr });
    } finally {
      full = false;
    }
    expect(res.status).toBe(503);
    expect(errorBodySchema.parse(await res.json()).error.code).toBe('unavailable');
    expect((await lint()).some(sameFinding(finding))).toBe(false);
  });
});

describe('un-suppress is pushed live (SQLite, real server)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it("subscribers' state drops the suppression without asking", async () => {
    const docId = await t.createDoc(['UK', 'FR'], TEXT);
    const fr = await t.token('FR');
    const { view } = await suppressOne(t.api, docId, fr);
    const live = await subscribeEvents(t.url, docId, await t.token('UK'));
    try {
      await waitFor(() => live.events.at(-1)?.suppressions.some((s) => s.id === view.id), {
        what: 'the suppression with its id in the live state',
      });
      const res = await t.api(`/api/docs/${docId}/suppressions/${view.id}`, { method: 'DELETE', token: fr });
      expect(res.status).toBe(200);
      await waitFor(() => live.events.at(-1)?.suppressions.length === 0, { what: 'live push' });
    } finally {
      await live.close();
    }
  });
});
