import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from './markdown';
import { buildCommunique } from './model';
import { draftInput, finalInput } from './sample-input';

describe('renderMarkdown', () => {
  it('CQ2: title heading, issued-by line, place and date, numbered paragraphs, signatories', () => {
    const md = renderMarkdown(buildCommunique(finalInput()));
    expect(md).toContain('# Joint Statement on Łódź–Zürich Cooperation\n');
    expect(md).toContain(
      '*Issued by Rzeczpospolita Polska, Schweizerische Eidgenossenschaft and 中华人民共和国*',
    );
    expect(md).toContain('\nZürich, 25 November 2026\n');
    expect(md).toContain('\n1. The parties reaffirm their commitment to peaceful dialogue.\n');
    expect(md).toContain('\n2. Minister Воронин and the delegation from 北京 welcomed the talks in Łódź.\n');
    expect(md).toContain('- For 中华人民共和国 (CN)');
  });

  it('CQ11: markup characters are backslash-escaped, so HTML in a clause is shown, not run', () => {
    const md = renderMarkdown(buildCommunique(finalInput()));
    expect(md).toContain('Zürich \\<script\\>alert("x")\\</script\\> \\& elsewhere.');
    expect(escapeMarkdown('*a* _b_ [c](d) `e` #f |g|')).toBe(
      '\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\#f \\|g\\|',
    );
  });

  it('CQ5/CQ7: a draft is marked DRAFT with its TLP label and shows unagreed clauses in brackets with a note', () => {
    const md = renderMarkdown(buildCommunique(draftInput()));
    expect(md.startsWith('**TLP:AMBER+STRICT** · **DRAFT**')).toBe(true);
    expect(md).toContain(
      '3. \\[They agree to **\\[deepen\\]** cooperation on **\\[energy security\\]** by 2030.\\]',
    );
    expect(md).toContain('*Note: Pending: CH, CN; reserve: PL; brackets: CH, PL*');
    expect(
      md.trimEnd().endsWith('TLP:AMBER+STRICT · DRAFT — not agreed text · generated 2026-11-25 09:30 UTC'),
    ).toBe(true);
    expect(md).not.toContain('Record of approval');
  });

  it('CQ8/CQ10: a final text ends with the approval record and the fingerprint', () => {
    const c = buildCommunique(finalInput());
    const md = renderMarkdown(c);
    expect(md).toContain('# Annex: Record of approval');
    expect(md).toContain(`Clause hash (SHA-256): \`${'c'.repeat(64)}\``);
    expect(md).toContain('| 中华人民共和国 (CN) | approved | 王伟 | 2026-11-24 16:45 UTC | — |');
    expect(md).toContain(`**Fingerprint (SHA-256): ${c.fingerprint}**`);
    expect(md.trimEnd().endsWith(`TLP:CLEAR · Fingerprint (SHA-256): ${c.fingerprint}`)).toBe(true);
  });
});
