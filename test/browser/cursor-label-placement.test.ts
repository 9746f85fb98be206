import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caretToClause, createNumberedStatement } from './numbered-clauses';
import { browserSuite } from './suite';

// #18: a remote cursor's label does not stay on the letters of its caret's line: it is spelled out
// beside the caret for a moment after the caret moves (or while pointed at), a small flag on the top of
// the caret's line otherwise, over no more than the top few pixels of the letters' boxes (above their
// ink). #19: it never covers the line above the caret.
const suite = browserSuite();

const FR = { sub: 'fr-label', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-label', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

interface LabelView {
  moved: boolean;
  width: number;
  height: number;
  /** How far the label's top is below the caret's top (px; ≥ 0: not over the line above). */
  topBelowCaretTop: number;
  /** How far the label's bottom is below the caret's top (px). */
  bottomBelowCaretTop: number;
  /** Area (px²) of the label over the characters' boxes of the caret's line. */
  overLetters: number;
}

/** The UK label as FR sees it, or null while there is none. */
async function ukLabel(page: Page): Promise<LabelView | null> {
  return page.evaluate(() => {
    const label = document.querySelector<HTMLElement>('.remote-cursor-name[data-code="UK"]');
    const caret = label?.parentElement;
    const root = document.querySelector('[data-testid="editor"]');
    if (!label || !caret || !root) return null;
    const box = label.getBoundingClientRect();
    const line = caret.getBoundingClientRect();
    let overLetters = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < (node.textContent?.length ?? 0); i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const ch = range.getBoundingClientRect();
        if (ch.bottom <= line.top || ch.top >= line.bottom) continue;
        const w = Math.min(ch.right, box.right) - Math.max(ch.left, box.left);
        const h = Math.min(ch.bottom, box.bottom) - Math.max(ch.top, box.top);
        if (w > 0 && h > 0) overLetters += w * h;
      }
    }
    return {
      moved: 'moved' in label.dataset,
      width: box.width,
      height: box.height,
      topBelowCaretTop: box.top - line.top,
      bottomBelowCaretTop: box.bottom - line.top,
      overLetters,
    };
  });
}

describe('remote cursor labels hide no text (#18)', { timeout: 60_000 }, () => {
  it('spelled out beside the caret a moment after a move, then a flag above the letters; pointed at, spelled out again', async () => {
    const docId = await createNumberedStatement(suite, UK, 'Cursor labels', 4);
    const fr = await suite.open(docId, FR);
    const uk = await suite.open(docId, UK);
    await expect
      .poll(() => fr.page.getByTestId('presence').locator('li').count(), { timeout: 10_000 })
      .toBe(2);

    // UK types at the start of clause 2: its caret ends mid-line, letters on both sides.
    await caretToClause(uk.page, 2);
    await uk.page.keyboard.type('Typed here ');
    await expect.poll(async () => (await ukLabel(fr.page))?.moved, { timeout: 10_000 }).toBe(true);
    const moving = (await ukLabel(fr.page))!;
    expect(moving.width).toBeGreaterThan(10);
    expect(moving.topBelowCaretTop).toBeGreaterThanOrEqual(0);

    // Settled: a flag of a few pixels on the top of the caret's line, above the letters' ink.
    await expect.poll(async () => (await ukLabel(fr.page))?.moved, { timeout: 10_000 }).toBe(false);
    const settled = (await ukLabel(fr.page))!;
    expect(settled.width).toBeLessThanOrEqual(6);
    expect(settled.height).toBeLessThanOrEqual(5);
    expect(settled.topBelowCaretTop).toBeGreaterThanOrEqual(0);
    expect(settled.bottomBelowCaretTop).toBeLessThanOrEqual(4.5);
    // It was spelled out over letters; settled, over the top 4 px of the boxes beside the caret at most
    // (the flag's own 5 × 4 px), where a letter's box holds no ink.
    expect(settled.overLetters).toBeLessThan(moving.overLetters);
    expect(settled.overLetters).toBeLessThanOrEqual(20.5);
    // The delegation is still named for assistive technology and on hover.
    const label = fr.page.locator('.remote-cursor-name[data-code="UK"]');
    expect(await label.getAttribute('aria-label')).toContain('Tom Hughes');
    await label.hover();
    await expect.poll(async () => (await ukLabel(fr.page))?.width ?? 0).toBeGreaterThan(10);

    // A move without typing spells it out again.
    await fr.page.mouse.move(0, 0);
    await expect.poll(async () => (await ukLabel(fr.page))?.width ?? 99).toBeLessThanOrEqual(6);
    for (let i = 0; i < 3; i++) await uk.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await ukLabel(fr.page))?.moved, { timeout: 10_000 }).toBe(true);
    expect(fr.errors).toEqual([]);
    expect(uk.errors).toEqual([]);
  });
});
