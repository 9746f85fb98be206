import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, EXPORT_FORMATS, isExportFormat } from './formats';
import { renderCommunique } from './render';
import { draftInput } from './sample-input';

describe('renderCommunique', () => {
  it('CQ1: five formats with their content types', () => {
    expect(EXPORT_FORMATS).toEqual(['md', 'html', 'pdf', 'docx', 'akn']);
    expect(CONTENT_TYPES).toEqual({
      md: 'text/markdown; charset=utf-8',
      html: 'text/html; charset=utf-8',
      pdf: 'application/pdf',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      akn: 'application/akn+xml; charset=utf-8',
    });
    expect(isExportFormat('pdf')).toBe(true);
    expect(isExportFormat('odt')).toBe(false);
  });

  it('CQ1: text formats come back UTF-8 encoded, binary formats with their file signatures', async () => {
    const md = new TextDecoder().decode(await renderCommunique(draftInput(), 'md'));
    expect(md).toContain('Воронин');
    const html = new TextDecoder().decode(await renderCommunique(draftInput(), 'html'));
    expect(html).toContain('北京');
    const pdf = await renderCommunique(draftInput(), 'pdf');
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const docx = await renderCommunique(draftInput(), 'docx');
    expect([...docx.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip package
  });
});
