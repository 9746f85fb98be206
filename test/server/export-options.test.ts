import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

interface Clause {
  id: string;
  index: number;
  text: string;
  hash: string;
}

const ATTRIBUTING = "This attack was carried out by Russia's GRU.";

/** Export options through the real server: public text, Akoma Ntoso, labels, grouped refusals. */
describe('export options (api.md "Documents and export options")', () => {
  let t: TestServer;
  let tokens: Record<string, string>;
  const clauses = async (docId: string) =>
    (await (await t.api(`/api/docs/${docId}/clauses`, { token: tokens.FR })).json()) as Clause[];
  const get = (docId: string, query: string) =>
    t.api(`/api/docs/${docId}/export?${query}`, { token: tokens.FR });
  const approveAll = async (docId: string, note?: string) => {
    for (const c of await clauses(docId)) {
      for (const party of ['UK', 'FR']) {
        const res = await t.api(`/api/docs/${docId}/clauses/${c.id}/approval`, {
          token: tokens[party],
          body: { state: 'approved', hash: c.hash, ...(note ? { note } : {}) },
        });
        expect(res.status).toBe(200);
      }
    }
  };

  beforeAll(async () => {
    t = await startTestServer();
    tokens = { FR: await t.token('FR'), UK: await t.token('UK') };
  });
  afterAll(() => t.stop());

  it('a draft marked TLP:RED in its text, with lint errors standing, says so in the label and banner', async () => {
    const docId = await t.createDoc(['UK', 'FR'], `Shared TLP:RED with partners.\n\n${ATTRIBUTING}`);
    const md = await (await get(docId, 'format=md')).text();
    expect(md.split('\n')[0]).toMatch(
      /^\*\*TLP:RED\*\* · \*\*DRAFT\*\* · \*\*Unresolved policy findings \(\d+\)\*\*$/,
    );
    const html = await (await get(docId, 'format=html')).text();
    expect(html).toMatch(/<span class="findings">Unresolved policy findings \(\d+\)<\/span>/);
    expect(html).not.toContain('TLP:CLEAR');
  });

  it('final=1 refused: 409 keeps its reasons and adds them grouped by cause and by party, with clause links', async () => {
    const docId = await t.createDoc(['UK', 'FR'], `First clause.\n\n${ATTRIBUTING}`);
    const res = await get(docId, 'format=md&final=1');
    expect(res.status).toBe(409);
    const body = (await res.json()) as {
      reasons: string[];
      groups: {
        total: number;
        byCause: { cause: string; count: number; items: { clauseId: string; index: number }[] }[];
        byParty: { party: string; count: number; causes: Record<string, number> }[];
      };
    };
    expect(body.reasons.length).toBeGreaterThan(0);
    expect(body.groups.total).toBe(body.reasons.length);
    const pending = body.groups.byCause.find((g) => g.cause === 'pending')!;
    expect(pending.count).toBe(4);
    const ids = (await clauses(docId)).map((c) => c.id);
    expect(pending.items.every((i) => ids.includes(i.clauseId))).toBe(true);
    expect(body.groups.byCause.find((g) => g.cause === 'lint')?.count).toBeGreaterThan(0);
    expect(body.groups.byParty.find((p) => p.party === 'UK')?.causes.pending).toBe(2);
  });

  it('public=1 carries no negotiator name; the record without it does, in an annex of its own', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'We meet again in spring.\n\nWe thank our hosts.');
    await approveAll(docId, 'agreed\n\n3. smuggled paragraph');
    const record = await (await get(docId, 'format=md&final=1')).text();
    expect(record).toContain('FR drafter');
    expect(record.match(/^\d+\. .*$/gm)).toEqual(['1. We meet again in spring.', '2. We thank our hosts.']);
    for (const format of ['md', 'html', 'akn']) {
      const res = await get(docId, `format=${format}&final=1&public=1`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toContain('FR drafter');
      expect(text).not.toContain('UK drafter');
      expect(text).not.toContain('Record of approval');
      expect(text).toContain('We thank our hosts.');
    }
  });

  it('format=akn answers Akoma Ntoso XML with one numbered paragraph per clause', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'One.\n\nTwo.\n\nThree.');
    const res = await get(docId, 'format=akn');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/akn+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('.akn.xml');
    const xml = await res.text();
    expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">');
    expect([...xml.matchAll(/<paragraph eId="para_\d+">/g)]).toHaveLength(3);
    expect(xml).toContain(`/akn/int/statement/`);
  });

  it('an unknown format is a 400', async () => {
    const docId = await t.createDoc(['UK', 'FR'], 'One.');
    expect((await get(docId, 'format=odt')).status).toBe(400);
  });
});
