import { approvalAudit } from '@accord/approvals';
import {
  approvalResultSchema,
  auditEntryViewSchema,
  clauseListItemSchema,
  docCreatedSchema,
  docListItemSchema,
  docMetaSchema,
  errorBodySchema,
  exportListingSchema,
  findingViewSchema,
  partiesChangedSchema,
  patchedClauseSchema,
  suppressionViewSchema,
} from '@accord/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { waitFor } from '../support/clients';

/**
 * The REST surface of api.md through `app.request()` over memory storage: every answer parsed with
 * the protocol's own schema (the one the client parses with), every refusal with its code and the
 * status the one map in server/src/errors.ts gives it.
 */
describe('REST routes (app.request, memory storage)', () => {
  let t: TestApp;
  let docId: string;
  let fr: string;
  let penholder: string;
  const refusal = async (res: Response) => ({
    status: res.status,
    code: errorBodySchema.parse(await res.json()).error.code,
  });
  const clauses = async () =>
    clauseListItemSchema
      .array()
      .parse(await (await t.api(`/api/docs/${docId}/clauses`, { token: fr })).json());

  beforeAll(async () => {
    t = await createTestApp();
    penholder = await t.token('FR', 'penholder');
    fr = await t.token('FR');
    const res = await t.api('/api/docs', {
      token: penholder,
      body: {
        title: 'Joint statement',
        parties: ['FR', 'DE'],
        text: 'We condemn the attacks.\n\nWe stand together.',
      },
    });
    expect(res.status).toBe(201);
    docId = docCreatedSchema.parse(await res.json()).id;
  });
  afterAll(() => t.stop());

  it('creates, lists and reads a document in the shapes the protocol defines', async () => {
    const list = docListItemSchema.array().parse(await (await t.api('/api/docs', { token: fr })).json());
    expect(list.map((d) => d.id)).toContain(docId);
    const meta = docMetaSchema.parse(await (await t.api(`/api/docs/${docId}`, { token: fr })).json());
    expect(meta).toMatchObject({
      id: docId,
      title: 'Joint statement',
      parties: ['FR', 'DE'],
      status: 'drafting',
    });
    const cs = await clauses();
    expect(cs.map((c) => c.text)).toEqual(['We condemn the attacks.', 'We stand together.']);
    expect(cs[0]!.approvals.DE).toMatchObject({ state: 'pending', stale: false });
  });

  it('edits a clause and answers with it once stored', async () => {
    const [first] = await clauses();
    const res = await t.api(`/api/docs/${docId}/clauses/${first!.id}`, {
      method: 'PATCH',
      token: fr,
      body: { text: 'We condemn the attacks in the strongest terms.' },
    });
    expect(res.status).toBe(200);
    const patched = patchedClauseSchema.parse(await res.json());
    expect(patched.text).toBe('We condemn the attacks in the strongest terms.');
    expect((await clauses())[0]!.hash).toBe(patched.hash);
  });

  it('records an approval, refuses a stale hash (409 stale_hash) and an unknown clause (404 not_found)', async () => {
    const [first] = await clauses();
    const ok = await t.api(`/api/docs/${docId}/clauses/${first!.id}/approval`, {
      token: fr,
      body: { state: 'approved', hash: first!.hash },
    });
    expect(approvalResultSchema.parse(await ok.json())).toMatchObject({
      party: 'FR',
      state: 'approved',
      stale: false,
    });
    const stale = await t.api(`/api/docs/${docId}/clauses/${first!.id}/approval`, {
      token: fr,
      body: { state: 'approved', hash: 'a'.repeat(64) },
    });
    expect(await refusal(stale)).toEqual({ status: 409, code: 'stale_hash' });
    const unknown = await t.api(`/api/docs/${docId}/clauses/no-such-clause/approval`, {
      token: fr,
      body: { state: 'approved', hash: first!.hash },
    });
    expect(await refusal(unknown)).toEqual({ status: 404, code: 'not_found' });
  });

  it('AP10: party changes answer with the parties, and refuse with already_a_party, no_such_party, last_party, forbidden', async () => {
    const added = await t.api(`/api/docs/${docId}/parties`, { token: penholder, body: { party: 'IT' } });
    expect(partiesChangedSchema.parse(await added.json()).parties).toEqual(['FR', 'DE', 'IT']);
    expect(
      await refusal(await t.api(`/api/docs/${docId}/parties`, { token: penholder, body: { party: 'IT' } })),
    ).toEqual({
      status: 409,
      code: 'already_a_party',
    });
    expect(
      await refusal(await t.api(`/api/docs/${docId}/parties/ES`, { method: 'DELETE', token: penholder })),
    ).toEqual({
      status: 404,
      code: 'no_such_party',
    });
    expect(
      await refusal(await t.api(`/api/docs/${docId}/parties`, { token: fr, body: { party: 'ES' } })),
    ).toEqual({
      status: 403,
      code: 'forbidden',
    });
    const removed = await t.api(`/api/docs/${docId}/parties/IT`, { method: 'DELETE', token: penholder });
    expect(partiesChangedSchema.parse(await removed.json()).parties).toEqual(['FR', 'DE']);

    const solo = await t.createDoc(['FR'], 'Alone.');
    expect(
      await refusal(await t.api(`/api/docs/${solo}/parties/FR`, { method: 'DELETE', token: penholder })),
    ).toEqual({
      status: 409,
      code: 'last_party',
    });
  });

  it('AP9/AP15: the audit log keeps who, when and what, each entry marked verified', async () => {
    const audit = auditEntryViewSchema
      .array()
      .parse(await (await t.api(`/api/docs/${docId}/audit`, { token: fr })).json());
    const approval = audit.find((e) => e.kind === 'approval');
    expect(approval).toMatchObject({
      party: 'FR',
      state: 'approved',
      actor: { delegation: 'FR' },
      verified: true,
    });
    expect(audit.filter((e) => e.kind === 'party-added').map((e) => e.party)).toEqual(['IT']);
    expect(audit.every((e) => e.verified)).toBe(true);
  });

  it('lints and suppresses in the shapes the protocol defines', async () => {
    const findings = findingViewSchema
      .array()
      .parse(await (await t.api(`/api/docs/${docId}/lint`, { token: fr })).json());
    expect(Array.isArray(findings)).toBe(true);
    const [, second] = await clauses();
    const res = await t.api(`/api/docs/${docId}/suppressions`, {
      token: fr,
      body: {
        ruleId: 'R1',
        clauseId: second!.id,
        hash: second!.hash,
        start: 0,
        end: 2,
        policy: 'FR',
        reason: 'agreed wording',
      },
    });
    expect(res.status).toBe(201);
    expect(suppressionViewSchema.parse(await res.json())).toMatchObject({
      ruleId: 'R1',
      clauseId: second!.id,
    });
  });

  it('exports a draft as a file, refuses an unknown format (400) and a final export while drafting (409)', async () => {
    const draft = await t.api(`/api/docs/${docId}/export?format=md`, { token: fr });
    expect(draft.status).toBe(200);
    expect(draft.headers.get('content-disposition')).toMatch(/attachment; filename=/);
    expect(await draft.text()).toContain('Joint statement');
    expect(await refusal(await t.api(`/api/docs/${docId}/export?format=odt`, { token: fr }))).toEqual({
      status: 400,
      code: 'invalid_request',
    });
    const final = await t.api(`/api/docs/${docId}/export?format=md&final=1`, { token: fr });
    expect(final.status).toBe(409);
    const body = (await final.json()) as { reasons?: unknown[] };
    expect(body.reasons?.length).toBeGreaterThan(0);
    expect(
      exportListingSchema
        .array()
        .parse(await (await t.api(`/api/docs/${docId}/exports`, { token: fr })).json()),
    ).toEqual([]);
  });

  it('refuses: no token 401, not a party 403, unknown document 404, invalid body 400, observer edit 403', async () => {
    expect((await refusal(await t.api(`/api/docs/${docId}`))).status).toBe(401);
    const ca = await t.token('CA');
    expect(await refusal(await t.api(`/api/docs/${docId}`, { token: ca }))).toEqual({
      status: 403,
      code: 'not_a_party',
    });
    expect(await refusal(await t.api('/api/docs/nope', { token: fr }))).toEqual({
      status: 404,
      code: 'not_found',
    });
    expect(await refusal(await t.api('/api/docs', { token: penholder, body: { title: '' } }))).toEqual({
      status: 400,
      code: 'invalid_request',
    });
    const [first] = await clauses();
    const observer = await t.token('FR', 'observer');
    const edit = await t.api(`/api/docs/${docId}/clauses/${first!.id}`, {
      method: 'PATCH',
      token: observer,
      body: { text: 'x' },
    });
    expect(await refusal(edit)).toEqual({ status: 403, code: 'forbidden' });
  });

  it('reads never write: GET paths commit no clause-deleted entries, even with approvals of a missing clause', async () => {
    // An approval of a clause the document does not hold (as if its deletion were not yet retired).
    const record = {
      clauseId: 'gone-clause',
      party: 'DE',
      state: 'approved' as const,
      by: 'DE drafter',
      sub: 'DE-drafter',
      at: new Date().toISOString(),
      hash: 'c'.repeat(64),
    };
    await t.server.storage.commitChange(docId, {
      at: record.at,
      approval: record,
      audit: approvalAudit(record),
    });
    const before = await t.server.storage.audit(docId);
    for (const path of ['', '/clauses', '/audit', '/lint', '/exports']) {
      expect((await t.api(`/api/docs/${docId}${path}`, { token: fr })).status).toBe(200);
    }
    expect(await t.server.storage.audit(docId)).toEqual(before);
    // What reads show leaves it out of the agreement calculation all the same.
    expect((await clauses()).some((c) => c.id === 'gone-clause')).toBe(false);
    expect((await t.server.storage.approvals(docId)).some((a) => a.clauseId === 'gone-clause')).toBe(true);
    // The write path retires it: the next stored change of the document.
    const [first] = await clauses();
    await t.api(`/api/docs/${docId}/clauses/${first!.id}`, {
      method: 'PATCH',
      token: fr,
      body: { text: 'Edited again.' },
    });
    const retired = await waitFor(
      async () => (await t.server.storage.audit(docId)).find((e) => e.kind === 'clause-deleted'),
      { what: 'clause-deleted entry after the stored edit' },
    );
    expect(retired).toMatchObject({
      clauseId: 'gone-clause',
      data: { 'DE.state': 'approved', 'DE.by': 'DE drafter' },
    });
    expect((await t.server.storage.approvals(docId)).some((a) => a.clauseId === 'gone-clause')).toBe(false);
  });
});
