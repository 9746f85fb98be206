import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx';
import { buildCommunique } from './model';
import { draftInput, finalInput } from './sample-input';

async function readDocx(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  const { value } = await mammoth.extractRawText({ buffer });
  const zip = await JSZip.loadAsync(buffer);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const names = Object.keys(zip.files);
  const headers = await Promise.all(names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map(part));
  const footers = await Promise.all(names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(part));
  return {
    text: value,
    core: await part('docProps/core.xml'),
    headers: headers.join(''),
    footers: footers.join(''),
  };
}

describe('renderDocx (read back with mammoth)', () => {
  it('CQ2/CQ12: title, issued-by parties, place and date, numbered paragraphs with Unicode text, signatories', async () => {
    const { text } = await readDocx(await renderDocx(buildCommunique(finalInput())));
    expect(text).toContain('Joint Statement on Łódź–Zürich Cooperation');
    expect(text).toContain(
      'Issued by Rzeczpospolita Polska, Schweizerische Eidgenossenschaft and 中华人民共和国',
    );
    expect(text).toContain('Zürich, 25 November 2026');
    expect(text).toContain('1.\tThe parties reaffirm their commitment to peaceful dialogue.');
    expect(text).toContain('2.\tMinister Воронин and the delegation from 北京 welcomed the talks in Łódź.');
    expect(text).toContain('3.\tThey agree to meet again in Zürich <script>alert("x")</script> & elsewhere.');
    expect(text).toContain('For 中华人民共和国 (CN)');
  });

  it('CQ3: core properties carry the title', async () => {
    const { core } = await readDocx(await renderDocx(buildCommunique(finalInput())));
    expect(core).toContain('<dc:title>Joint Statement on Łódź–Zürich Cooperation</dc:title>');
  });

  it('CQ7: a draft has DRAFT and the TLP label in the page header (with a watermark) and footer', async () => {
    const { text, headers, footers } = await readDocx(await renderDocx(buildCommunique(draftInput())));
    expect(text).toContain('DRAFT — TLP:AMBER+STRICT');
    expect(text).toContain('[They agree to [deepen] cooperation on [energy security] by 2030.]');
    expect(text).toContain('Note: Pending: CN (approval stale); objection: CH (too vague)');
    expect(headers).toContain('TLP:AMBER+STRICT');
    expect(headers).toContain('DRAFT');
    expect(headers).toContain('PowerPlusWaterMarkObject');
    expect(footers).toContain('TLP:AMBER+STRICT · DRAFT');
  });

  it('CQ8/CQ10: a final document has the approval annex and the fingerprint in annex and page footer', async () => {
    const c = buildCommunique(finalInput());
    const { text, headers, footers } = await readDocx(await renderDocx(c));
    expect(text).toContain('Annex: Record of approval');
    expect(text).toContain('b'.repeat(64));
    expect(text).toContain('王伟');
    expect(text).toContain('2026-11-24 16:45 UTC');
    expect(text).toContain(`Fingerprint (SHA-256): ${c.fingerprint}`);
    expect(text).not.toContain('DRAFT');
    expect(headers).not.toContain('DRAFT');
    expect(footers).toContain(`Fingerprint (SHA-256): ${c.fingerprint}`);
  });
});
