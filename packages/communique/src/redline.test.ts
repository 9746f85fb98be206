import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { type RedlineInput, renderRedlineHtml, renderRedlinePdf } from './redline';

const input: RedlineInput = {
  title: 'Statement <on> the grid',
  from: 'Rev. 1',
  to: 'the current text',
  generatedAt: '2026-01-01T10:00:00.000Z',
  clauses: [
    { change: 'same', text: 'Alpha.' },
    {
      change: 'changed',
      text: 'We firmly condemn it.',
      ops: [
        { op: 'equal', text: 'We ' },
        { op: 'insert', text: 'firmly ', by: [{ delegation: 'FR', name: 'Élise' }] },
        { op: 'equal', text: 'condemn ' },
        { op: 'delete', text: '<b>this</b>', by: [{ delegation: 'UK', name: 'Tom' }] },
        { op: 'insert', text: 'it', by: [{ delegation: 'UK', name: 'Tom' }] },
        { op: 'equal', text: '.' },
      ],
    },
    { change: 'deleted', text: 'Gone.', ops: [{ op: 'delete', text: 'Gone.' }] },
  ],
};

describe('redline', () => {
  it('RL1: HTML marks insertions and deletions with their delegations and escapes every user string', () => {
    const html = new TextDecoder().decode(renderRedlineHtml(input));
    expect(html).toContain('<ins title="inserted by Élise (FR)">firmly <sup>FR</sup></ins>');
    expect(html).toContain('<del title="deleted by Tom (UK)">&lt;b&gt;this&lt;/b&gt;<sup>UK</sup></del>');
    expect(html).toContain('Statement &lt;on&gt; the grid');
    expect(html).not.toContain('<b>this</b>');
    expect(html).toContain('deleted');
  });

  it('RL2: the PDF carries the same redline as text', async () => {
    const pdf = await renderRedlinePdf(input);
    const text = (await new PDFParse({ data: pdf.slice() }).getText()).text;
    expect(text).toContain('[+firmly +] (FR)');
    expect(text).toContain('(UK)');
    expect(text).toContain('Comparison of Rev. 1 with the current text');
  });
});
