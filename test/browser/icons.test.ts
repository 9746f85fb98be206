import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './suite';
import { forgeApprovalRow } from './tamper';

/**
 * #19: nothing the workspace relies on is a symbol-font glyph (✓ ✗ ◐ ○ ↻ ⚠ ▾ × or an emoji, which
 * render as empty boxes where no such font is installed): every one is a bundled SVG icon, and the
 * icons take up room on screen. Real server, real browser, the screens where those glyphs were.
 */
const suite = browserSuite();

const UK = { sub: 'uk-icons', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;
const FR = { sub: 'fr-icons', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;

interface Scan {
  /** Text nodes holding an arrow, a geometric shape, a dingbat, a misc. symbol, × or an emoji. */
  glyphs: string[];
  /** Rendered (visible) SVG icons, and those of them with no width or height. */
  visible: number;
  empty: string[];
  names: string[];
}

// A string, so the bundler's helpers never end up inside the page.
const SCAN = `(() => {
  const glyph = /[\\u2190-\\u21FF\\u2300-\\u23FF\\u25A0-\\u27BF\\u2B00-\\u2BFF\\u00D7]|[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]/;
  const glyphs = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (glyph.test(n.nodeValue)) glyphs.push(n.nodeValue.trim().slice(0, 80));
  const icons = [...document.querySelectorAll('svg.icon')].filter((e) => e.checkVisibility());
  const empty = icons
    .filter((e) => { const r = e.getBoundingClientRect(); return !(r.width > 0 && r.height > 0); })
    .map((e) => e.getAttribute('class'));
  const names = [...new Set(icons.map((e) => e.getAttribute('class').replace(/^icon icon-/, '').split(' ')[0]))];
  return { glyphs, visible: icons.length, empty, names };
})()`;

async function scan(page: Page): Promise<Scan> {
  return (await page.evaluate(SCAN)) as Scan;
}

/** No glyph in the page, every visible icon has a size, and (at least) these icons are on screen. */
async function expectIconsOnly(page: Page, names: string[]): Promise<void> {
  const found = await scan(page);
  expect(found.glyphs).toEqual([]);
  expect(found.empty).toEqual([]);
  expect(found.names).toEqual(expect.arrayContaining(names));
}

async function createDoc(title: string, text: string) {
  const uk = suite.accord.token(UK);
  const created = await suite.accord.api<{ id: string }>(uk, 'POST', '/api/docs', {
    title,
    parties: ['UK', 'FR'],
    text,
  });
  expect(created.status).toBe(201);
  const docId = created.body.id;
  const clauses = (
    await suite.accord.api<{ id: string; hash: string }[]>(uk, 'GET', `/api/docs/${docId}/clauses`)
  ).body;
  return { docId, clauses };
}

async function decide(
  who: typeof UK | typeof FR,
  docId: string,
  clause: { id: string; hash: string },
  state: string,
) {
  const res = await suite.accord.api(
    suite.accord.token(who),
    'POST',
    `/api/docs/${docId}/clauses/${clause.id}/approval`,
    { state, hash: clause.hash, ...(state === 'objection' ? { note: 'not yet' } : {}) },
  );
  expect(res.status).toBe(200);
}

describe('icons, not font glyphs', { timeout: 120_000 }, () => {
  it('agreed, stale, review, audit and export screens show SVG icons and no glyph characters', async () => {
    const { docId, clauses } = await createDoc('Icons', 'The participants met.\n\nThey will meet again.');
    for (const c of clauses) {
      await decide(UK, docId, c, 'approved');
      await decide(FR, docId, c, 'approved');
    }
    const person = await suite.open(docId, FR);
    const { page } = person;

    // Agreed: the badge, the status board, the chips and the decision buttons.
    await page.getByTestId('export-toggle').waitFor();
    await expect
      .poll(() => page.getByTestId('status-badge').textContent(), { timeout: 10_000 })
      .toContain('Agreed');
    await expect
      .poll(() => page.getByTestId('status-board').locator('.doc-status').textContent())
      .toContain('Agreed by all parties');
    await expectIconsOnly(page, ['approved', 'objection', 'reserve', 'chevron-down']);

    // The text of §1 changes: FR's approval goes stale (chip, note, "changed since" list, review).
    const patched = await suite.accord.api(
      suite.accord.token(UK),
      'PATCH',
      `/api/docs/${docId}/clauses/${clauses[0]!.id}`,
      { text: 'The participants met in Paris.' },
    );
    expect(patched.status).toBe(200);
    await page.getByTestId('stale-note').waitFor({ timeout: 10_000 });
    await page.getByTestId('changed-since-mine').waitFor();
    await expectIconsOnly(page, ['stale']);
    await page.getByTestId('stale-review-open').click();
    await page.getByTestId('review-approve').waitFor();
    await expectIconsOnly(page, ['approved', 'objection', 'reserve']);
    await page.getByTestId('review-close').click();

    // The audit trail: a verified chain, each entry's mark an icon with a name.
    await page.getByTestId('tab-audit').click();
    await page.getByTestId('audit-entry').first().waitFor({ timeout: 10_000 });
    await expectIconsOnly(page, ['approved']);
    expect(await page.getByTestId('audit-entry').first().getByRole('img', { name: 'verified' }).count()).toBe(
      1,
    );

    // The export menu, and a refused final export's outcome with its dismiss button.
    await page.getByTestId('export-toggle').click();
    await page.getByTestId('export-final-md').click();
    await page.getByTestId('export-outcome').waitFor({ timeout: 10_000 });
    await expectIconsOnly(page, ['close', 'chevron-down']);

    // The list of documents (signed in by the same tab's session).
    await page.goto(`${suite.accord.url}/`);
    await page.getByRole('heading', { name: 'Your documents' }).waitFor();
    await page.getByRole('link', { name: 'Icons' }).first().waitFor({ timeout: 10_000 });
    await expectIconsOnly(page, []);
    expect(person.errors).toEqual([]);
  });

  it('a broken approval record: the banner and the audit trail say so with icons', async () => {
    const { docId, clauses } = await createDoc('Icons broken', 'We stand together with our partner.');
    await decide(UK, docId, clauses[0]!, 'approved');
    await decide(FR, docId, clauses[0]!, 'objection');
    forgeApprovalRow(suite.accord.dataDir, docId, 'FR');
    const person = await suite.open(docId, UK);
    const { page } = person;
    await page.getByTestId('integrity-banner').waitFor({ timeout: 10_000 });
    await expectIconsOnly(page, ['warning']);
    await page.getByTestId('tab-audit').click();
    await page.getByTestId('audit-entry').first().waitFor({ timeout: 10_000 });
    await expectIconsOnly(page, ['warning']);
    expect(person.errors).toEqual([]);
  });
});
