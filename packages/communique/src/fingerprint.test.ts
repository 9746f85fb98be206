import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalText, normaliseText, textFingerprint } from './fingerprint';
import { renderMarkdown } from './markdown';
import { buildCommunique } from './model';
import { finalInput } from './sample-input';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('fingerprint', () => {
  it('CQ9: canonical text is "<n>. <normalised text>" lines in index order, numbered from 1', () => {
    const text = canonicalText([
      { index: 7, text: '  Second\tparagraph  ' },
      { index: 3, text: 'First\n\nparagraph' },
    ]);
    expect(text).toBe('1. First paragraph\n2. Second paragraph');
  });

  it('CQ9: the fingerprint is the SHA-256 hex of the canonical text in UTF-8', () => {
    const clauses = [
      { index: 0, text: 'Łódź and Zürich' },
      { index: 1, text: 'Воронин in 北京' },
    ];
    expect(textFingerprint(clauses)).toBe(sha256('1. Łódź and Zürich\n2. Воронин in 北京'));
  });

  it('CQ9: Unicode normalisation (NFC) makes composed and decomposed accents fingerprint alike', () => {
    expect(normaliseText('Zu\u0308rich')).toBe('Zürich');
    expect(textFingerprint([{ index: 0, text: 'Zu\u0308rich' }])).toBe(
      textFingerprint([{ index: 0, text: 'Zürich' }]),
    );
  });

  it('CQ9: any change of wording or order changes the fingerprint', () => {
    const a = textFingerprint([
      { index: 0, text: 'A' },
      { index: 1, text: 'B' },
    ]);
    expect(
      textFingerprint([
        { index: 0, text: 'B' },
        { index: 1, text: 'A' },
      ]),
    ).not.toBe(a);
    expect(
      textFingerprint([
        { index: 0, text: 'A' },
        { index: 1, text: 'B.' },
      ]),
    ).not.toBe(a);
  });

  it('CQ9: anyone can recompute the fingerprint from the final Markdown as the README describes', () => {
    const c = buildCommunique(finalInput());
    const md = renderMarkdown(c);
    const lines = md
      .split('\n')
      .filter((line) => /^\d+\. /.test(line))
      .map((line) => line.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
    expect(lines).toHaveLength(3);
    expect(sha256(lines.join('\n'))).toBe(c.fingerprint);
    expect(md).toContain(`Fingerprint (SHA-256): ${c.fingerprint}`);
  });
});
