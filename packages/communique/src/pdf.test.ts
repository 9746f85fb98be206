import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { CommuniqueInput } from './input';
import { buildCommunique } from './model';
import { renderPdf } from './pdf';
import { draftInput, finalInput } from './sample-input';

async function readPdf(bytes: Uint8Array) {
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return {
      text: text.text,
      pages: text.pages.map((p) => p.text),
      info: info.info as Record<string, unknown>,
    };
  } finally {
    await parser.destroy();
  }
}

/** Collapses the line breaks and spacing a PDF text extractor adds. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

function longDraft(): CommuniqueInput {
  const input = draftInput();
  const extra = Array.from({ length: 40 }, (_, i) => ({
    id: `x${i}`,
    index: 100 + i,
    text: `Additional paragraph ${i + 4} on regional cooperation between Łódź and Zürich, recalling earlier statements.`,
    hash: 'e'.repeat(64),
    brackets: [],
    approvals: [],
  }));
  return { ...input, clauses: [...input.clauses, ...extra] };
}

describe('renderPdf (read back with pdf-parse)', () => {
  it('CQ2/CQ12: title, issued-by parties, place and date, numbered paragraphs with Unicode text, signatories', async () => {
    const { text } = await readPdf(await renderPdf(buildCommunique(finalInput())));
    const t = flat(text);
    expect(t).toContain('Joint Statement on Łódź–Zürich Cooperation');
    expect(t).toContain('Issued by Rzeczpospolita Polska, Schweizerische Eidgenossenschaft and');
    expect(t.replace(/ /g, '')).toContain('中华人民共和国');
    expect(t).toContain('Zürich, 25 November 2026');
    expect(t).toMatch(/1\. The parties reaffirm their commitment to peaceful dialogue\./);
    expect(t).toMatch(/2\. Minister Воронин and the delegation from ?北京 ?welcomed the talks in Łódź\./);
    expect(t).toContain('For Schweizerische Eidgenossenschaft (CH)');
  });

  it('CQ3: document metadata carries the title and the communiqué date', async () => {
    const { info } = await readPdf(await renderPdf(buildCommunique(finalInput())));
    expect(info.Title).toBe('Joint Statement on Łódź–Zürich Cooperation');
    expect(String(info.CreationDate)).toContain('20261125');
  });

  it('CQ7: every page of a draft says DRAFT and carries the TLP label; unagreed clauses are bracketed with a note', async () => {
    const { pages, text } = await readPdf(await renderPdf(buildCommunique(longDraft())));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page).toContain('DRAFT');
      expect(page.match(/TLP:AMBER\+STRICT/g)?.length).toBeGreaterThanOrEqual(2);
    }
    const t = flat(text);
    expect(t).toContain('[They agree to [deepen] cooperation on [energy security] by 2030.]');
    expect(t).toContain('Note: Pending: CH, CN; reserve: PL; brackets: CH, PL');
    expect(t).toContain('43. [Additional paragraph 43');
  });

  it('CQ8/CQ10: a final PDF has the approval annex and the fingerprint on every page', async () => {
    const c = buildCommunique(finalInput());
    const { pages, text } = await readPdf(await renderPdf(c));
    const t = flat(text);
    expect(t).toContain('Annex: Record of approval');
    expect(t).toContain(`Clause hash (SHA-256): ${'a'.repeat(64)}`);
    expect(t).toMatch(/Élodie Ñúñez/);
    expect(t).toContain('2026-11-24 16:45');
    expect(t).not.toContain('DRAFT');
    for (const page of pages) expect(flat(page)).toContain(`Fingerprint (SHA-256): ${c.fingerprint}`);
  });

  it('CQ13: equal input renders to equal bytes', async () => {
    const a = await renderPdf(buildCommunique(finalInput()));
    const b = await renderPdf(buildCommunique(finalInput()));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('CQ12: characters no embedded font covers do not break rendering', async () => {
    const input = finalInput();
    input.clauses[0]!.text = 'Devanagari नमस्ते, emoji 🕊️ and Arabic سلام stay in the text.';
    const bytes = await renderPdf(buildCommunique(input));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(flat((await readPdf(bytes)).text)).toContain('stay in the text.');
  });
});
