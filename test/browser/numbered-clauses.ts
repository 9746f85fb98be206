import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Claims } from './harness';
import type { BrowserSuite } from './suite';

/** A statement of `clauses` numbered clauses between the UK (penholder) and France, created by `penholder`. */
export async function createNumberedStatement(
  suite: BrowserSuite,
  penholder: Claims,
  title: string,
  clauses: number,
): Promise<string> {
  const text = Array.from(
    { length: clauses },
    (_, i) => `Clause ${i + 1}: the participants will continue to exchange views on item ${i + 1}.`,
  ).join('\n\n');
  const res = await suite.accord.api<{ id: string }>(suite.accord.token(penholder), 'POST', '/api/docs', {
    title,
    parties: ['UK', 'FR'],
    text,
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

/** Clause `index`'s entry in the approval gutter. */
export const gutterEntry = (page: Page, index: number) =>
  page.locator(`[data-testid="clause-approvals"][data-clause-index="${index}"]`);

/** Clause `index`'s text in the editor. */
export const clauseText = (page: Page, index: number) =>
  page.getByTestId('editor').locator(`:scope > [data-clause-number="${index}"]`);

/** Puts the caret at the start of clause `index` the keyboard way: through the status board. */
export async function caretToClause(page: Page, index: number): Promise<void> {
  await page.getByTestId('tab-board').click();
  await page
    .getByTestId('status-board')
    .getByRole('button', { name: new RegExp(`^Clause ${index}:`) })
    .click();
}
