import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { renderAkn } from './akn';
import { buildCommunique } from './model';
import { draftInput, finalInput } from './sample-input';

const schemaDir = join(import.meta.dirname, '..', 'schema');

/** Validates against the bundled OASIS Akoma Ntoso 3.0 schema (akomantoso30.xsd + xml.xsd). */
async function validate(xml: string) {
  return validateXML({
    xml: [{ fileName: 'communique.xml', contents: xml }],
    schema: [
      { fileName: 'akomantoso30.xsd', contents: readFileSync(join(schemaDir, 'akomantoso30.xsd'), 'utf8') },
    ],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync(join(schemaDir, 'xml.xsd'), 'utf8') }],
  });
}

describe('Akoma Ntoso 3.0 export', () => {
  it('CQ21: the adopted text validates against the OASIS Akoma Ntoso 3.0 schema', async () => {
    const result = await validate(renderAkn(buildCommunique(finalInput()), { docId: 'doc-1' }));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('CQ21: a draft, and hostile text, validate too', async () => {
    const input = { ...draftInput(), findings: 2 };
    input.title = 'A <b>"title"</b> & \u0001 more';
    const result = await validate(renderAkn(buildCommunique(input)));
    expect(result.errors).toEqual([]);
  });

  it('CQ21: root akomaNtoso, one numbered paragraph per clause in order, metadata from the document', () => {
    const xml = renderAkn(buildCommunique(finalInput()), { docId: 'doc-1' });
    expect(xml).toMatch(/<akomaNtoso xmlns="http:\/\/docs\.oasis-open\.org\/legaldocml\/ns\/akn\/3\.0">/);
    const nums = [...xml.matchAll(/<paragraph eId="para_(\d+)">\s*<num>(\d+)\.<\/num>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(nums).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
    ]);
    expect(xml).toContain('<p>The parties reaffirm their commitment to peaceful dialogue.</p>');
    expect(xml).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; elsewhere.');
    expect(xml).toContain('<docTitle>Joint Statement on Łódź–Zürich Cooperation</docTitle>');
    expect(xml).toContain('/akn/int/statement/2026-11-25/doc-1');
    // The record's annex is an attachment of its own, after the statement's body and conclusions.
    const annexAt = xml.indexOf('<attachments>');
    expect(annexAt).toBeGreaterThan(xml.indexOf('</conclusions>'));
    expect(xml.slice(annexAt)).toContain('<doc name="recordOfApproval">');
    expect(xml.slice(0, annexAt)).not.toContain('Jean Müller');
    expect(xml.slice(annexAt)).toContain('Jean Müller');
  });

  it('CQ18/CQ21: the public text has no annex and no names', async () => {
    const xml = renderAkn(buildCommunique({ ...finalInput(), public: true }));
    expect(xml).not.toContain('<attachments>');
    expect(xml).not.toContain('Jean Müller');
    expect((await validate(xml)).errors).toEqual([]);
  });
});
