import { describe, expect, it } from 'vitest';
import { createNumberedStatement } from './numbered-clauses';
import { browserSuite } from './suite';

// #18: the status board beside a long statement renders whole only the rows near what the side
// panel shows. Rows a screen below its bottom were still painted and layerised on every keystroke
// typed in the editor beside it; the band now reaches an eighth to a quarter of a screen past it.
const suite = browserSuite();

const UK = { sub: 'uk-board-band', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;
const FR = { sub: 'fr-board-band', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;

describe('the status board of a 120-clause statement', { timeout: 120_000 }, () => {
  it('renders whole the rows the side panel shows and at most a quarter of a screen (and the sticky header) more; scrolled, the band follows', async () => {
    const docId = await createNumberedStatement(suite, UK, 'Board band', 120);
    const { page } = await suite.open(docId, FR);
    const rows = page.getByTestId('status-board').getByTestId('board-row');
    await expect.poll(() => rows.count()).toBe(120);
    // Where the whole rows end, against the screen's bottom (px; the side panel ends above it).
    const wholeRows = () =>
      page.evaluate(() => {
        const all = [...document.querySelectorAll('[data-testid="status-board"] [data-testid="board-row"]')];
        const whole = all.filter((r) => !r.classList.contains('board-row-far'));
        const panel = document.querySelector('.sidebar')!.getBoundingClientRect();
        const first = whole[0]!.getBoundingClientRect();
        const last = whole.at(-1)!.getBoundingClientRect();
        return {
          count: whole.length,
          firstTopPastPanelTop: panel.top - first.top,
          lastBottomPastPanelBottom: last.bottom - panel.bottom,
          screen: window.innerHeight,
        };
      });
    await expect.poll(async () => (await wholeRows()).count).toBeGreaterThan(0);
    await expect.poll(async () => (await wholeRows()).lastBottomPastPanelBottom).toBeGreaterThan(0);
    const top = await wholeRows();
    expect(top.lastBottomPastPanelBottom).toBeLessThanOrEqual(top.screen / 4 + 100);
    // Scrolled down the panel, the rows it shows are whole and the band still ends near its bottom.
    await rows.nth(80).scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        rows
          .nth(80)
          .getByRole('button', { name: /^Clause 81:/ })
          .count(),
      )
      .toBe(1);
    const scrolled = await wholeRows();
    expect(scrolled.lastBottomPastPanelBottom).toBeGreaterThan(0);
    expect(scrolled.lastBottomPastPanelBottom).toBeLessThanOrEqual(scrolled.screen / 4 + 100);
    expect(scrolled.firstTopPastPanelTop).toBeGreaterThan(0);
    expect(scrolled.firstTopPastPanelTop).toBeLessThanOrEqual(scrolled.screen / 4 + 100);
  });
});
