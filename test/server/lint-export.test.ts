import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

interface Clause {
  id: string;
  index: number;
  text: string;
  hash: string;
}
interface Finding {
  ruleId: string;
  category: string;
  severity: string;
  clauseId: string;
  start: number;
  end: number;
  policy: string;
  suggestion?: string;
}

const ATTRIBUTING = "This attack was carried out by Russia's GRU.";

describe('lint and export through the real server', () => {
  let t: TestServer;
  let docId: string;
  let tokens: Record<string, string>;
  const clauses = async () =>
    (await (await t.api(`/api/docs/${docId}/clauses`, { token: tokens.FR })).json()) as Clause[];
  const lint = async () =>
    (await (await t.api(`/api/docs/${docId}/lint`, { token: tokens.FR })).json()) as Finding[];
  const patch = (c: Clause, text: string) =>
    t.api(`/api/docs/${docId}/clauses/${c.id}`, { method: 'PATCH', token: tokens.UK, body: { text } });
  const exportDoc = (format: string, final = false) =>
    t.api(`/api/docs/${docId}/export?format=${format}${final ? '&final=1' : ''}`, { token: tokens.FR });
  const approveAll = async () => {
    for (const c of await clauses()) {
      for (const party of ['UK', 'FR']) {
        const res = await t.api(`/api/docs/${docId}/clauses/${c.id}/approval`, {
          token: tokens[party],
          body: { state: 'approved', hash: c.hash },
        });
        expect(res.status).toBe(200);
      }
    }
  };

  beforeAll(async () => {
    t = await startTestServer();
    docId = await t.createDoc(
      ['UK', 'FR'],
      `We condemn the attacks on Łódź and Zürich.\n\n${ATTRIBUTING}`,
      'Déclaration conjointe',
    );
    tokens = { FR: await t.token('FR'), UK: await t.token('UK') };
  });
  afterAll(() => t.stop());

  it("finds an attribution under FR's policy at UTF-16 offsets into the clause text", async () => {
    const [, c2] = await clauses();
    const f = (await lint()).find((x) => x.policy === 'FR' && x.category === 'attribution');
    expect(f).toBeDefined();
    expect(f!.clauseId).toBe(c2!.id);
    expect(f!.severity).toBe('error');
    expect(c2!.text.slice(f!.start, f!.end)).toMatch(/Russia/);
  });

  it('refuses the final export with reasons a person can act on', async () => {
    const res = await exportDoc('md', true);
    expect(res.status).toBe(409);
    const body = (await res.json()) as { reasons: string[]; error: { code: string } };
    expect(body.error.code).toBe('not_agreed');
    expect(body.reasons.some((r) => /Clause 1: FR has not approved/.test(r))).toBe(true);
    expect(body.reasons.some((r) => /Clause 2: attribution error under FR's policy/.test(r))).toBe(true);
  });

  it('still refuses when all approved but a lint error stands', async () => {
    await approveAll();
    const res = await exportDoc('md', true);
    expect(res.status).toBe(409);
    const { reasons } = (await res.json()) as { reasons: string[] };
    expect(reasons).toHaveLength(reasons.filter((r) => /error under/.test(r)).length);
  });

  it('lets a drafter suppress a finding with a reason, until the clause text changes', async () => {
    const [, c2] = await clauses();
    const f = (await lint()).filter((x) => x.clauseId === c2!.id && x.severity === 'error');
    for (const x of f) {
      const res = await t.api(`/api/docs/${docId}/suppressions`, {
        token: tokens.FR,
        body: { ...x, hash: c2!.hash, reason: 'Agreed at ministerial level to name the unit.' },
      });
      expect(res.status).toBe(201);
    }
    expect((await lint()).filter((x) => x.severity === 'error')).toEqual([]);
    const audit = (await (await t.api(`/api/docs/${docId}/audit`, { token: tokens.FR })).json()) as {
      kind: string;
    }[];
    expect(audit.some((e) => e.kind === 'suppression')).toBe(true);
    await patch(c2!, ATTRIBUTING.replace('.', ' today.'));
    expect((await lint()).some((x) => x.severity === 'error')).toBe(true);
  });

  it('exports a draft that brackets unagreed clauses and says DRAFT', async () => {
    const res = await exportDoc('md');
    expect(res.status).toBe(200);
    const md = await res.text();
    expect(md).toContain('DRAFT');
    expect(md).toContain('Déclaration conjointe');
    expect(md).toContain('Łódź');
    expect(md).toMatch(/\[.*carried out by Russia/);
  });

  it('exports the final text once every party approved and no error stands, stored byte-for-byte', async () => {
    const [, c2] = await clauses();
    await patch(c2!, 'We will hold those responsible to account.');
    await approveAll();
    const res = await exportDoc('docx', true);
    expect(res.status).toBe(200);
    const fingerprint = res.headers.get('x-accord-fingerprint')!;
    const exportId = res.headers.get('x-accord-export-id')!;
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('Déclaration conjointe');
    expect(value).toContain('We will hold those responsible to account.');
    expect(value).toContain('Record of approval');
    expect(value).toContain(fingerprint);
    expect(value).not.toContain('DRAFT');

    const list = (await (await t.api(`/api/docs/${docId}/exports`, { token: tokens.UK })).json()) as {
      id: string;
    }[];
    expect(list.map((e) => e.id)).toContain(exportId);
    const again = new Uint8Array(
      await (await t.api(`/api/docs/${docId}/exports/${exportId}`, { token: tokens.UK })).arrayBuffer(),
    );
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
  });

  it('exports PDF and HTML that read back with the text and parties', async () => {
    const pdf = new Uint8Array(await (await exportDoc('pdf', true)).arrayBuffer());
    const parser = new PDFParse({ data: pdf });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain('Zürich');
    expect(text).toContain('United Kingdom');
    const html = await (await exportDoc('html', true)).text();
    expect(html.toLowerCase()).toContain('<!doctype html>');
    expect(html).toContain('France');
  });

  it('rejects an unknown format with 400', async () => {
    expect((await exportDoc('exe')).status).toBe(400);
  });
});
