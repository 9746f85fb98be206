import JSZip from 'jszip';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { renderAkn } from './akn';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import type { CommuniqueInput } from './input';
import { renderMarkdown } from './markdown';
import { buildCommunique } from './model';
import { plainText, strictestTlp, tlpMarkingsIn } from './neutralise';
import { renderPdf } from './pdf';
import { draftInput, finalInput } from './sample-input';

const NAMES = ['Jean Müller', 'Anna Kowalska', '王伟', 'Élodie Ñúñez'];

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    return (await parser.getText()).pages.map((p) => p.text.replace(/\s+/g, ' '));
  } finally {
    await parser.destroy();
  }
}

async function docxParts(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files);
  const read = (n: string) => zip.file(n)?.async('string') ?? Promise.resolve('');
  return {
    text: (await mammoth.extractRawText({ buffer })).value,
    document: await read('word/document.xml'),
    headers: (await Promise.all(names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map(read))).join(''),
    all: (await Promise.all(names.filter((n) => n.endsWith('.xml')).map(read))).join(''),
  };
}

/** A long draft (several PDF pages) marked TLP:RED in its text, with two lint errors standing. */
function redDraft(): CommuniqueInput {
  const input = draftInput();
  const extra = Array.from({ length: 40 }, (_, i) => ({
    id: `x${i}`,
    index: 100 + i,
    text: `Additional paragraph ${i + 4} on regional cooperation, recalling earlier statements of the parties.`,
    hash: 'e'.repeat(64),
    brackets: [],
    approvals: [],
  }));
  const [first, ...rest] = input.clauses;
  return {
    ...input,
    tlp: 'GREEN',
    findings: 2,
    clauses: [{ ...first!, text: `${first!.text} (TLP:RED)` }, ...rest, ...extra],
  };
}

/** A final text whose user strings try to change its structure. */
function hostileFinal(): CommuniqueInput {
  const input = finalInput();
  return {
    ...input,
    title: 'Statement\n\n# Injected heading\n\n- item',
    place: '1. Geneva\n\n2. Injected paragraph',
    clauses: input.clauses.map((c, i) =>
      i === 0
        ? {
            ...c,
            approvals: c.approvals.map((a) => ({
              ...a,
              note: 'fine by us\n\n4. A free-standing paragraph\n\n| x | y |\n\u2028- list\u0007',
            })),
          }
        : c,
    ),
  };
}

describe('labels and banners on every page of a draft', () => {
  it('CQ17: the label is the strictest of the document TLP and any TLP marking in its text', () => {
    expect(tlpMarkingsIn('see TLP: amber+strict and tlp:RED; TLP:WHITE')).toEqual([
      'AMBER+STRICT',
      'RED',
      'CLEAR',
    ]);
    expect(strictestTlp(['GREEN', 'AMBER', 'CLEAR'])).toBe('AMBER');
    expect(buildCommunique(redDraft()).marking.tlp.label).toBe('TLP:RED');
    expect(buildCommunique({ ...draftInput(), tlp: 'CLEAR' }).marking.tlp.label).toBe('TLP:CLEAR');
  });

  it('CQ17/CQ19: Markdown carries TLP:RED and the findings banner at its top and its foot', () => {
    const md = renderMarkdown(buildCommunique(redDraft()));
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe('**TLP:RED** · **DRAFT** · **Unresolved policy findings (2)**');
    expect(lines.at(-1)).toContain('TLP:RED · DRAFT — not agreed text · Unresolved policy findings (2)');
    expect(md).not.toContain('TLP:GREEN');
  });

  it('CQ17/CQ19: HTML carries them in the fixed page header and footer (repeated on every printed page)', () => {
    const html = renderHtml(buildCommunique(redDraft()));
    expect(html).toMatch(
      /<header class="page-header"><span class="tlp"[^>]*>TLP:RED<\/span><span class="findings">Unresolved policy findings \(2\)<\/span>/,
    );
    expect(html).toMatch(
      /<footer class="page-footer">TLP:RED · DRAFT — not agreed text · Unresolved policy findings \(2\)/,
    );
    expect(html).toContain('.page-header { position: fixed');
  });

  it('CQ17/CQ19: every PDF page carries TLP:RED and the findings banner', async () => {
    const pages = await pdfPages(await renderPdf(buildCommunique(redDraft())));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page).toContain('TLP:RED');
      expect(page).toContain('Unresolved policy findings (2)');
    }
  });

  it('CQ17/CQ19: the DOCX header (shown on every page) carries TLP:RED and the findings banner', async () => {
    const { headers } = await docxParts(await renderDocx(buildCommunique(redDraft())));
    expect(headers).toContain('TLP:RED');
    expect(headers).toContain('Unresolved policy findings (2)');
  });

  it('CQ17/CQ19: the Akoma Ntoso draft carries the label and banner in its metadata', () => {
    const xml = renderAkn(buildCommunique(redDraft()));
    expect(xml).toContain('<accord:tlp xmlns:accord="urn:accord:communique">TLP:RED</accord:tlp>');
    expect(xml).toMatch(/<accord:findings[^>]*>Unresolved policy findings \(2\)<\/accord:findings>/);
  });

  it('CQ19: a draft without lint errors has no banner; a final text never has one', () => {
    expect(buildCommunique(draftInput()).marking.findings).toBeNull();
    expect(buildCommunique({ ...finalInput(), findings: 3 }).marking.findings).toBeNull();
  });
});

describe('public=1: the text as published', () => {
  it('CQ18: no annex, no notes and none of the negotiators names in any format', async () => {
    const input = { ...finalInput(), public: true, chainHead: 'f'.repeat(64) };
    const c = buildCommunique(input);
    expect(c.annex).toBeNull();
    const md = renderMarkdown(c);
    const html = renderHtml(c);
    const pdf = (await pdfPages(await renderPdf(c))).join(' ');
    const docx = (await docxParts(await renderDocx(c))).all;
    const akn = renderAkn(c);
    for (const out of [md, html, pdf, docx, akn]) {
      for (const name of NAMES) expect(out).not.toContain(name);
      expect(out).not.toContain('Record of approval');
    }
    // Title, place, date, parties and the numbered paragraphs are all there.
    expect(md).toContain('# Joint Statement on Łódź–Zürich Cooperation');
    expect(md).toContain('Zürich, 25 November 2026');
    expect(md).toContain('- For 中华人民共和国 (CN)');
    expect(md).toMatch(/^3\. They agree/m);
  });

  it('CQ18: a public draft drops the notes that hold up each clause', () => {
    const c = buildCommunique({ ...draftInput(), public: true });
    expect(c.paragraphs.every((p) => p.note === null)).toBe(true);
  });
});

describe('the record: annex set apart, chain head, every decision', () => {
  it('CQ20: the annex names the chain head and each party decision on each clause', () => {
    const c = buildCommunique({
      ...finalInput(),
      chainHead: 'd'.repeat(64),
      adoption: 'Adopted under silence procedure (deadline 2026-11-25 12:00 UTC).',
    });
    const md = renderMarkdown(c);
    expect(md).toContain(`**Audit chain head: ${'d'.repeat(64)}**`);
    expect(md).toContain('Adopted under silence procedure');
    for (const entry of c.annex!.entries)
      expect(entry.approvals.map((a) => a.party)).toEqual(['PL', 'CH', 'CN']);
  });

  it('CQ20: the annex is a section of its own in every format, never inline', async () => {
    const c = buildCommunique(finalInput());
    const md = renderMarkdown(c);
    expect(md).toMatch(/\n---\n\n<div style="break-before: page"><\/div>\n\n# Annex: Record of approval\n/);
    const html = renderHtml(c);
    expect(html.indexOf('</main>')).toBeLessThan(html.indexOf('<section class="annex">'));
    expect(html).toContain('.annex { break-before: page;');
    const { document } = await docxParts(await renderDocx(c));
    // Two sections: the communiqué's ends with a section break before the annex (next page).
    const annexAt = document.indexOf('Annex: Record of approval');
    expect(document.slice(0, annexAt)).toContain('<w:sectPr');
    const pages = await pdfPages(await renderPdf(c));
    const annexPage = pages.findIndex((p) => p.includes('Annex: Record of approval'));
    expect(annexPage).toBeGreaterThan(0);
    expect(pages[annexPage - 1]).toContain('For 中华人民共和国');
  });
});

describe('user strings cannot change the structure', () => {
  it('CQ16: plain text is one line without control characters', () => {
    expect(plainText(' a\n\nb\r\nc\u2028d\u0007e\t ')).toBe('a b c d e');
    expect(plainText('x\uFFFFy\uD800z')).toBe('x y\uFFFDz');
  });

  it('regression: an approval note with blank lines stays inside its annex row in the final Markdown', () => {
    const md = renderMarkdown(buildCommunique(hostileFinal()));
    // The numbered paragraphs (what the fingerprint recipe reads) are exactly the three clauses.
    expect(md.match(/^\d+\. .*$/gm)).toEqual([
      '1. The parties reaffirm their commitment to peaceful dialogue.',
      expect.stringMatching(/^2\. Minister/),
      expect.stringMatching(/^3\. They agree/),
    ]);
    const row = md.split('\n').find((l) => l.includes('fine by us'))!;
    expect(row.startsWith('| ')).toBe(true);
    expect(row).toContain('fine by us 4. A free-standing paragraph \\| x \\| y \\| - list |');
    // The title stays one heading, the place one line; nothing opens a list or heading of its own.
    expect(md).toContain('# Statement \\# Injected heading - item\n');
    expect(md).toContain('\n1\\. Geneva 2. Injected paragraph, 25 November 2026\n');
    expect(md.match(/^#+ /gm)).toEqual(['# ', '# ', '## ', '## ', '## ']);
    expect(md).not.toMatch(/^- item/m);
  });

  it('CQ16: a paragraph starting with a list marker or heading stays one numbered paragraph', () => {
    const input = finalInput();
    input.clauses[1] = { ...input.clauses[1]!, text: '- not a list\n\n# not a heading' };
    const md = renderMarkdown(buildCommunique(input));
    expect(md).toContain('\n1. \\- not a list \\# not a heading\n');
  });

  it('CQ16: the hostile note stays one table cell in HTML, DOCX, PDF; no control character reaches XML', async () => {
    const c = buildCommunique(hostileFinal());
    const html = renderHtml(c);
    expect(html).toContain('<td>fine by us 4. A free-standing paragraph | x | y | - list</td>');
    const { all, text } = await docxParts(await renderDocx(c));
    expect(all).not.toContain('\u0007');
    expect(text).toContain('fine by us 4. A free-standing paragraph | x | y | - list');
    const pdf = (await pdfPages(await renderPdf(c))).join(' ');
    expect(pdf).toContain('fine by us 4. A free-standing');
    expect(renderAkn(c)).not.toContain('\u0007');
  });
});
