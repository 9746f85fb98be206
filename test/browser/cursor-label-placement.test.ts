import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caretToClause, createNumberedStatement } from './numbered-clauses';
import { browserSuite } from './suite';

// #18: a remote cursor's label never sits on the letters of the line its caret is on; it is spelled
// out above the line for a moment after the caret moves (or while pointed at), a small flag otherwise.
const suite = browserSuite();

const FR = { sub: 'fr-label', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-label', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

interface LabelView {
  moved: boolean;
  width: number;
  height: number;
  /** How far the label's bottom is below the caret's top (px; ≤ 0: above the caret's line). */
  belowCaretTop: number;
  /** Area (px²) of the label over the characters of the caret's line. */
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
      belowCaretTop: box.bottom - line.top,
      overLetters,
    };
  });
}

describe('remote cursor labels hide no text (#18)', { timeout: 60_000 }, () => {
  it('spelled out above the caret line a moment after a move, then a flag over no letter; pointed at, spelled out again', async () => {
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
    expect(moving.belowCaretTop).toBeLessThanOrEqual(0.5);
    expect(moving.overLetters).toBe(0);

    // Settled: a flag of a few pixels, over no letter of the line.
    await expect.poll(async () => (await ukLabel(fr.page))?.moved, { timeout: 10_000 }).toBe(false);
    const settled = (await ukLabel(fr.page))!;
    expect(settled.width).toBeLessThanOrEqual(7);
    expect(settled.height).toBeLessThanOrEqual(7);
    expect(settled.belowCaretTop).toBeLessThanOrEqual(0.5);
    expect(settled.overLetters).toBe(0);
    // The delegation is still named for assistive technology and on hover.
    const label = fr.page.locator('.remote-cursor-name[data-code="UK"]');
    expect(await label.getAttribute('aria-label')).toContain('Tom Hughes');
    await label.hover();
    await expect.poll(async () => (await ukLabel(fr.page))?.width ?? 0).toBeGreaterThan(10);
    expect((await ukLabel(fr.page))!.overLetters).toBe(0);

    // A move without typing spells it out again.
    await fr.page.mouse.move(0, 0);
    await expect.poll(async () => (await ukLabel(fr.page))?.width ?? 99).toBeLessThanOrEqual(7);
    for (let i = 0; i < 3; i++) await uk.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await ukLabel(fr.page))?.moved, { timeout: 10_000 }).toBe(true);
    expect(fr.errors).toEqual([]);
    expect(uk.errors).toEqual([]);
  });
});
