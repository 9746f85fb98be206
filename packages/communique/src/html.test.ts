import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from './html';
import { buildCommunique } from './model';
import { draftInput, finalInput } from './sample-input';

describe('renderHtml', () => {
  it('CQ11: escapes markup in clause text so a <script> stays text', () => {
    const html = renderHtml(buildCommunique(finalInput()));
    expect(html).not.toContain('<script>');
    expect(html).toContain('Zürich &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; elsewhere.');
  });

  it('CQ11: escapes every text field, including title, parties and place', () => {
    const input = finalInput();
    input.title = 'A <b>bold</b> "title"';
    input.place = "O'Hare <i>";
    input.parties = [{ code: 'X&Y', name: '<img src=x onerror=alert(1)>' }];
    input.clauses = input.clauses.map((c) => ({
      ...c,
      approvals: c.approvals.map((a) => ({ ...a, party: 'X&Y' })),
    }));
    const html = renderHtml(buildCommunique(input));
    expect(html).not.toMatch(/<img|<b>|<i>/);
    expect(html).toContain('<title>A &lt;b&gt;bold&lt;/b&gt; &quot;title&quot;</title>');
    expect(html).toContain('O&#39;Hare &lt;i&gt;');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('CQ2/CQ3: a page with title metadata, issued-by line, place and date, numbered paragraphs and signatories', () => {
    const html = renderHtml(buildCommunique(finalInput()));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Joint Statement on Łódź–Zürich Cooperation</title>');
    expect(html).toContain('<meta name="dcterms.date" content="2026-11-25">');
    expect(html).toContain(
      'Issued by Rzeczpospolita Polska, Schweizerische Eidgenossenschaft and 中华人民共和国',
    );
    expect(html).toContain('Zürich, 25 November 2026');
    expect(html).toContain('<span class="num">1.</span><span class="text">The parties reaffirm');
    expect(html).toContain(
      '<span class="num">2.</span><span class="text">Minister Воронин and the delegation from 北京',
    );
    expect(html).toContain('For 中华人民共和国');
  });

  it('CQ15: standalone: CSS inline, print rules, no external resources', () => {
    const html = renderHtml(buildCommunique(draftInput()));
    expect(html).toContain('<style>');
    expect(html).toContain('@page');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link|<script|@import|url\(|https?:\/\//);
  });

  it('CQ7: a draft has a fixed DRAFT watermark, TLP label in header and footer, bracketed clauses and notes', () => {
    const html = renderHtml(buildCommunique(draftInput()));
    expect(html).toContain('<div class="watermark" aria-hidden="true">DRAFT</div>');
    expect(html).toMatch(/\.draft \.watermark \{ display: block; position: fixed;/);
    expect(html).toMatch(/<header class="page-header"><span class="tlp"[^>]*>TLP:AMBER\+STRICT<\/span>/);
    expect(html).toMatch(/<footer class="page-footer">TLP:AMBER\+STRICT · DRAFT/);
    expect(html).toContain('<span class="bracket" title="Bracketed by CH">[deepen]</span>');
    expect(html).toContain('Note: Pending: CN (approval stale); objection: CH (too vague)');
  });

  it('CQ8/CQ10: a final page has the approval annex and the fingerprint in annex and print footer', () => {
    const c = buildCommunique(finalInput());
    const html = renderHtml(c);
    expect(html).not.toContain('class="watermark"');
    expect(html).toContain('Annex: Record of approval');
    expect(html).toContain(`<code class="hash">${'b'.repeat(64)}</code>`);
    expect(html).toContain(
      '<td>中华人民共和国 (CN)</td><td>approved</td><td>王伟</td><td>2026-11-24 16:45 UTC</td>',
    );
    expect(html).toContain(`<code>${c.fingerprint}</code>`);
    expect(html).toContain(
      `<footer class="page-footer">TLP:CLEAR · Fingerprint (SHA-256): ${c.fingerprint}</footer>`,
    );
  });
});
