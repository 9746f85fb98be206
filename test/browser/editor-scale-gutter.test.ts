import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clauseText, createNumberedStatement, gutterEntry } from './numbered-clauses';
import { browserSuite } from './suite';

// #18: the approval gutter's entries are in normal flow, each pushed level with its clause by a top
// margin (no absolutely placed box per clause). They must still follow their clauses when the text
// above grows, and never cover one another when an entry grows taller than its clause.
const suite = browserSuite();

const FR = { sub: 'fr-gutter', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-gutter', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

const doc = (clauses: number) => createNumberedStatement(suite, UK, 'Gutter test', clauses);
const entry = gutterEntry;

/** How far (px) clause `index`'s gutter entry sits from the top of its clause's text. */
async function offset(page: Page, index: number): Promise<number> {
  const [text, box] = [await clauseText(page, index).boundingBox(), await entry(page, index).boundingBox()];
  return text && box ? Math.abs(text.y - box.y) : Number.POSITIVE_INFINITY;
}

describe('the approval gutter beside a statement', { timeout: 120_000 }, () => {
  it('an entry stays level with its clause when a clause above grows by several lines', async () => {
    const docId = await doc(8);
    const { page } = await suite.open(docId, FR);
    await expect.poll(() => entry(page, 6).getByTestId('chip-FR').count()).toBe(1);
    await expect.poll(() => offset(page, 6)).toBeLessThan(8);
    // Relative to clause 1: typing may scroll the page.
    const below = async () =>
      (await clauseText(page, 6).boundingBox())!.y - (await clauseText(page, 1).boundingBox())!.y;
    const before = await below();

    await clauseText(page, 2).click();
    await page.keyboard.press('End');
    const more =
      ' They will also meet again before the end of the year to review the progress made on every item listed here,' +
      ' and to agree on the next steps of their common work on the security of networks and information systems.';
    await page.keyboard.insertText(more + more);
    // Clause 6 moved down with the text above it, and its entry with it.
    await expect.poll(below).toBeGreaterThan(before + 40);
    await expect.poll(() => offset(page, 6)).toBeLessThan(8);
    await expect.poll(() => offset(page, 2)).toBeLessThan(8);
  });

  it('an entry taller than its clause (an objection note) pushes the next entry down instead of covering it', async () => {
    const docId = await doc(8);
    const { page } = await suite.open(docId, FR);
    await expect.poll(() => entry(page, 4).getByTestId('chip-FR').count()).toBe(1);
    await entry(page, 3).getByTestId('object').click();
    await entry(page, 3).locator('input').fill('Not before the ministers have met.');
    // The entries of clauses 3 and 4 do not overlap, and later ones keep their order.
    await expect
      .poll(async () => {
        const [three, four] = [await entry(page, 3).boundingBox(), await entry(page, 4).boundingBox()];
        return three && four ? four.y - (three.y + three.height) : Number.NEGATIVE_INFINITY;
      })
      .toBeGreaterThanOrEqual(0);
    // Cancelled, the entry shrinks back and clause 4's entry returns level with its clause.
    await entry(page, 3).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => offset(page, 4)).toBeLessThan(8);
  });
});
