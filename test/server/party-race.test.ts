import { createTestDatabase, openPostgresStorage, type TestDatabase } from '@accord/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

interface Backend {
  name: string;
  open: () => Promise<{ t: TestServer; done: () => Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'sqlite',
    open: async () => {
      const t = await startTestServer();
      return { t, done: () => t.stop() };
    },
  },
];
const pgAdmin = process.env.ACCORD_TEST_DATABASE_URL;
if (pgAdmin) {
  backends.push({
    name: 'postgres',
    open: async () => {
      const db: TestDatabase = await createTestDatabase(pgAdmin);
      const t = await startTestServer({ storage: await openPostgresStorage(db.url) });
      return {
        t,
        done: async () => {
          await t.stop();
          await db.drop();
        },
      };
    },
  });
}

/**
 * #14: on Postgres 10 concurrent party additions all answered 200 and were all audited, yet the
 * document kept only some; "remove RU" racing "add FR" left RU a party in 12 of 20 rounds
 * (changeParty read the list outside the lock and wrote the whole list).
 */
describe.each(backends)('party changes under one lock ($name)', ({ open }) => {
  let t: TestServer;
  let done: () => Promise<void>;
  let penholder: string;
  const parties = async (docId: string) =>
    ((await (await t.api(`/api/docs/${docId}`, { token: penholder })).json()) as { parties: string[] })
      .parties;
  const audited = async (docId: string) =>
    (
      (await (await t.api(`/api/docs/${docId}/audit`, { token: penholder })).json()) as {
        kind: string;
        party?: string;
      }[]
    )
      .filter((e) => e.kind === 'party-added' || e.kind === 'party-removed')
      .map((e) => `${e.kind}:${e.party}`);

  beforeAll(async () => {
    ({ t, done } = await open());
    penholder = await t.token('FR', 'penholder');
  });
  afterAll(() => done());

  it('10 concurrent party additions: every one answered 200 is kept, and audited once', async () => {
    const docId = await t.createDoc(['FR'], 'One clause.');
    const added = ['DE', 'IT', 'ES', 'NL', 'BE', 'PL', 'SE', 'AT', 'PT', 'IE'];
    const answers = await Promise.all(
      added.map((party) => t.api(`/api/docs/${docId}/parties`, { token: penholder, body: { party } })),
    );
    expect(answers.map((r) => r.status)).toEqual(added.map(() => 200));
    expect([...(await parties(docId))].sort()).toEqual(['FR', ...added].sort());
    expect((await audited(docId)).sort()).toEqual(added.map((p) => `party-added:${p}`).sort());
  });

  it('"remove RU" racing "add DE": both applied in every one of 20 rounds', async () => {
    for (let round = 0; round < 20; round++) {
      const docId = await t.createDoc(['FR', 'RU'], 'One clause.');
      const [removed, added] = await Promise.all([
        t.api(`/api/docs/${docId}/parties/RU`, { method: 'DELETE', token: penholder }),
        t.api(`/api/docs/${docId}/parties`, { token: penholder, body: { party: 'DE' } }),
      ]);
      expect([removed.status, added.status]).toEqual([200, 200]);
      expect([...(await parties(docId))].sort()).toEqual(['DE', 'FR']);
      expect((await audited(docId)).sort()).toEqual(['party-added:DE', 'party-removed:RU']);
    }
  });

  it('adding one party twice at once: one 200, one 409 already_a_party, one audit entry', async () => {
    const docId = await t.createDoc(['FR'], 'One clause.');
    const answers = await Promise.all(
      [1, 2].map(() => t.api(`/api/docs/${docId}/parties`, { token: penholder, body: { party: 'DE' } })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = answers.find((r) => r.status === 409)!;
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('already_a_party');
    expect(await audited(docId)).toEqual(['party-added:DE']);
  });
});
