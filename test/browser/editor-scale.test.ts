import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clauseText, createNumberedStatement, gutterEntry } from './numbered-clauses';
import { browserSuite } from './suite';

// #18: on a long statement the approval gutter renders only the entries near the screen. What is
// off screen must still be reachable: by jumping, by scrolling, and without losing what was typed.
const suite = browserSuite();

const FR = { sub: 'fr-scale', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-scale', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;
const CLAUSES = 120;

const longDoc = () => createNumberedStatement(suite, UK, 'Scale test', CLAUSES);
const entry = gutterEntry;

/** Whether the element's box overlaps the viewport. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const box = document.querySelector(s)?.getBoundingClientRect();
    return !!box && box.bottom > 0 && box.top < window.innerHeight;
  }, selector);
}

describe('a 120-clause statement', { timeout: 120_000 }, () => {
  it('jumping to an off-screen clause scrolls to it, its approvals appear beside it, and it is editable', async () => {
    const docId = await longDoc();
    const fr = await suite.open(docId, FR);
    const { page } = fr;
    // Far from the screen, clause 100's entry is an empty shell; clause 1's is whole.
    await expect.poll(() => entry(page, 1).getByTestId('chip-FR').count()).toBe(1);
    expect(await entry(page, 100).getByTestId('chip-FR').count()).toBe(0);

    await page.getByTestId('find-input').fill('§100');
    await page.getByTestId('find-input').press('Enter');
    await expect.poll(() => onScreen(page, '[data-testid="editor"] > [data-clause-number="100"]')).toBe(true);
    await expect.poll(() => entry(page, 100).getByTestId('chip-FR').count()).toBe(1);
    // Level with its clause, not somewhere else in the gutter.
    // (polled: the gutter's layout pass places the entry in the frame after it appears)
    await expect
      .poll(async () => {
        const [textBox, entryBox] = [
          await clauseText(page, 100).boundingBox(),
          await entry(page, 100).boundingBox(),
        ];
        return textBox && entryBox ? Math.abs(textBox.y - entryBox.y) : Number.POSITIVE_INFINITY;
      })
      .toBeLessThan(40);

    // The jump left the caret at the start of clause 100: typing lands there.
    await page.keyboard.type('Indeed, ');
    await expect.poll(() => clauseText(page, 100).textContent()).toMatch(/^Indeed, Clause 100:/);
  });

  it('a chip of an off-screen clause appears when it is scrolled into view, and approving it works', async () => {
    const docId = await longDoc();
    const fr = await suite.open(docId, FR);
    const { page } = fr;
    expect(await entry(page, 80).getByTestId('approve').count()).toBe(0);
    await clauseText(page, 80).scrollIntoViewIfNeeded();
    const approve = entry(page, 80).getByTestId('approve');
    await approve.waitFor();
    await approve.click();
    // An error the entry shows is the answer too: the poll then fails saying what it was.
    await expect
      .poll(
        async () =>
          (await entry(page, 80).getByRole('alert').allTextContents()).join(' ') ||
          (await entry(page, 80).getByTestId('chip-FR').getAttribute('data-state')),
        { timeout: 15_000 },
      )
      .toBe('approved');
  });

  it('an objection being written keeps its note while its clause is scrolled off screen and back', async () => {
    const docId = await longDoc();
    const fr = await suite.open(docId, FR);
    const { page } = fr;
    await entry(page, 2).getByTestId('object').click();
    const note = entry(page, 2).locator('input');
    await note.fill('Not before the ministers have met.');
    // Away (the caret and focus go to clause 110) and back.
    await clauseText(page, 110).scrollIntoViewIfNeeded();
    await clauseText(page, 110).click();
    await expect.poll(() => entry(page, 110).getByTestId('chip-FR').count()).toBe(1);
    await clauseText(page, 2).scrollIntoViewIfNeeded();
    expect(await entry(page, 2).locator('input').inputValue()).toBe('Not before the ministers have met.');
  });
  it('the status board renders rows far from the screen as empty rows; scrolled to, a row is whole and reveals its clause', async () => {
    const docId = await longDoc();
    const fr = await suite.open(docId, FR);
    const { page } = fr;
    const rows = page.getByTestId('status-board').getByTestId('board-row');
    await expect.poll(() => rows.count()).toBe(CLAUSES);
    await expect
      .poll(() =>
        rows
          .nth(0)
          .getByRole('button', { name: /^Clause 1:/ })
          .count(),
      )
      .toBe(1);
    expect(await rows.nth(109).getByRole('button').count()).toBe(0);
    await rows.nth(109).scrollIntoViewIfNeeded();
    const reveal = rows.nth(109).getByRole('button', { name: /^Clause 110:/ });
    await reveal.waitFor();
    await reveal.click();
    await expect.poll(() => onScreen(page, '[data-testid="editor"] > [data-clause-number="110"]')).toBe(true);
  });
  it('the board lists the first 20 clauses blocking agreement and all of them on request', async () => {
    const docId = await longDoc();
    const { page } = await suite.open(docId, FR);
    const groups = page.getByTestId('blockers').locator(':scope > li');
    await expect.poll(() => groups.count()).toBe(20);
    const all = page.getByTestId('blockers-all');
    expect(await all.textContent()).toBe(`Show all ${CLAUSES}`);
    await all.click();
    await expect.poll(() => groups.count()).toBe(CLAUSES);
    // The last one reveals its clause, as every group does.
    await groups
      .nth(CLAUSES - 1)
      .getByRole('button', { name: `§${CLAUSES}` })
      .click();
    await expect
      .poll(() => onScreen(page, `[data-testid="editor"] > [data-clause-number="${CLAUSES}"]`))
      .toBe(true);
    await all.click();
    await expect.poll(() => groups.count()).toBe(20);
  });
});
