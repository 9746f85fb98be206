import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caretToClause, createNumberedStatement } from './numbered-clauses';
import { browserSuite } from './suite';

// #18: remote cursors are placed once per animation frame (cursor-sync-per-frame.ts), not on every
// remote update; the caret another delegation sees must still sit where that delegation types.
const suite = browserSuite();

const FR = { sub: 'fr-elise', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-tom', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

/**
 * How far (px) the UK caret drawn on `page` is from the end of `marker` in the text (the place the UK
 * delegation types at), or null while either is missing.
 */
async function caretOffset(page: Page, marker: string): Promise<{ dx: number; dy: number } | null> {
  return page.evaluate((marker) => {
    const label = document.querySelector('.remote-cursor-name[data-code="UK"]');
    const caret = label?.parentElement;
    const root = document.querySelector('[data-testid="editor"]');
    if (!caret || !root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(marker) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + marker.length);
      range.collapse(true);
      // The test's own measurement, not a cursor placed by the page (see the per-frame test below).
      const w = window as unknown as { __testMeasuring?: boolean };
      w.__testMeasuring = true;
      const place = range.getBoundingClientRect();
      w.__testMeasuring = false;
      const drawn = caret.getBoundingClientRect();
      return {
        dx: Math.abs(drawn.left - place.left),
        dy: Math.abs(drawn.top + drawn.height / 2 - (place.top + place.height / 2)),
      };
    }
    return null;
  }, marker);
}

/** Whether the UK caret on `page` is at the end of `marker` (within 3 px across, half a line down). */
async function caretAt(page: Page, marker: string): Promise<boolean> {
  const offset = await caretOffset(page, marker);
  return offset !== null && offset.dx <= 3 && offset.dy <= 8;
}

describe('remote cursors in a real browser (#18)', { timeout: 60_000 }, () => {
  it('the caret of a delegation typing appears where it types, and follows it to another clause', async () => {
    const fr = await suite.open(suite.accord.demoDocId, FR);
    const uk = await suite.open(suite.accord.demoDocId, UK);
    await expect
      .poll(() => fr.page.getByTestId('presence').locator('li').count(), { timeout: 10_000 })
      .toBe(2);

    await caretToClause(uk.page, 2);
    await uk.page.keyboard.type('Typed in London ');
    await expect.poll(() => caretAt(fr.page, 'Typed in London '), { timeout: 10_000 }).toBe(true);

    // Typing on, several keys a frame: the caret ends after the last one, not after an earlier one.
    await uk.page.keyboard.type('and more ', { delay: 5 });
    await expect.poll(() => caretAt(fr.page, 'Typed in London and more '), { timeout: 10_000 }).toBe(true);

    // Moved to another clause (an awareness change only, no edit) and typing there.
    await caretToClause(uk.page, 4);
    await uk.page.keyboard.type('Then here ');
    await expect.poll(() => caretAt(fr.page, 'Then here '), { timeout: 10_000 }).toBe(true);
    expect(fr.errors).toEqual([]);
    expect(uk.errors).toEqual([]);
  });

  it('a caret moved without typing is placed on the next frame, never in the task that brought the move', async () => {
    const docId = await createNumberedStatement(suite, UK, 'Quiet caret', 4);
    const fr = await suite.open(docId, FR);
    const uk = await suite.open(docId, UK);
    await expect
      .poll(() => fr.page.getByTestId('presence').locator('li').count(), { timeout: 10_000 })
      .toBe(2);
    await caretToClause(uk.page, 3);
    await uk.page.keyboard.type('Quietly moved here ');
    await expect.poll(() => caretAt(fr.page, 'Quietly moved here '), { timeout: 10_000 }).toBe(true);

    // On the watcher's page: a range measured outside an animation frame is a cursor placed in the
    // task that delivered the awareness change (Lexical's own listener bypassed the per-frame sync).
    await fr.page.evaluate(() => {
      const w = window as unknown as { __outsideFrame: number; __testMeasuring?: boolean };
      w.__outsideFrame = 0;
      let inFrame = 0;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (run) =>
        raf((t) => {
          inFrame++;
          try {
            run(t);
          } finally {
            inFrame--;
          }
        });
      const measure = Range.prototype.getBoundingClientRect;
      Range.prototype.getBoundingClientRect = function (this: Range) {
        if (inFrame === 0 && !w.__testMeasuring) w.__outsideFrame++;
        return measure.call(this);
      };
    });
    // An awareness change alone: the caret moves back over 'here ', no text changes.
    for (let i = 0; i < 5; i++) await uk.page.keyboard.press('ArrowLeft', { delay: 20 });
    await expect.poll(() => caretAt(fr.page, 'Quietly moved '), { timeout: 10_000 }).toBe(true);
    expect(
      await fr.page.evaluate(() => (window as unknown as { __outsideFrame: number }).__outsideFrame),
    ).toBe(0);
    expect(fr.errors).toEqual([]);
    expect(uk.errors).toEqual([]);
  });
});
