import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import type { CommuniqueInput } from './input';
import { renderMarkdown } from './markdown';
import { buildCommunique } from './model';
import { draftInput, finalInput } from './sample-input';

const LINE = "[FR: replace 'peaceful' with 'lasting']";

const withAmendments = (input: CommuniqueInput): CommuniqueInput => ({
  ...input,
  clauses: input.clauses.map((c, i) =>
    i === 0
      ? { ...c, amendments: [LINE, "[DE: replace 'dialogue' with 'talks']\n\n2. Forged paragraph"] }
      : c,
  ),
});

describe('compilation text (CQ23)', () => {
  it('CQ23: each open amendment is printed under its clause in Markdown, HTML and DOCX', async () => {
    const c = buildCommunique(withAmendments(draftInput()));
    expect(c.paragraphs[0]?.amendments).toHaveLength(2);
    const md = renderMarkdown(c);
    expect(md).toContain("\\[FR: replace 'peaceful' with 'lasting'\\]");
    // A user string cannot open a paragraph of its own.
    expect(md).not.toMatch(/\n2\. Forged paragraph/);
    const html = renderHtml(c);
    expect(html).toContain(
      `<p class="note amendment">[FR: replace &#39;peaceful&#39; with &#39;lasting&#39;]</p>`,
    );
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(c)) });
    expect(value).toContain(LINE);
  });

  it('CQ23: final and public texts never carry amendments', () => {
    expect(buildCommunique(withAmendments(finalInput())).paragraphs[0]?.amendments).toBeUndefined();
    const pub = buildCommunique({ ...withAmendments(draftInput()), public: true });
    expect(pub.paragraphs[0]?.amendments).toBeUndefined();
  });
});
