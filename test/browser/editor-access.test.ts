import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './suite';

// #18: the editor on a phone, from the keyboard, and honest about its status across a reconnect.
const suite = browserSuite();

const FR = { sub: 'fr-acc', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-acc', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

interface ClauseRow {
  id: string;
  index: number;
  hash: string;
  approvals: Record<string, { state: string; stale: boolean }>;
}

async function createDoc(text: string, parties = ['UK', 'FR']): Promise<string> {
  const res = await suite.accord.api<{ id: string }>(suite.accord.token(UK), 'POST', '/api/docs', {
    title: 'Access test',
    parties,
    text,
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function clausesOf(docId: string): Promise<ClauseRow[]> {
  const res = await suite.accord.api<ClauseRow[]>(
    suite.accord.token(UK),
    'GET',
    `/api/docs/${docId}/clauses`,
  );
  return res.body;
}

function chip(page: Page, index: number, party: string) {
  return page.locator(
    `[data-testid="clause-approvals"][data-clause-index="${index}"] [data-testid="chip-${party}"]`,
  );
}

/** Puts the caret at the end of clause `index` (a click into its text, as a person would). */
async function caretInto(page: Page, index: number): Promise<void> {
  const clause = page.getByTestId('editor').locator(`:scope > [data-clause-number="${index}"]`);
  await clause.scrollIntoViewIfNeeded();
  await clause.click();
  await page.keyboard.press('End');
}

/** The blank (px) between each clause's last line of text and the next clause's first line. */
async function textGaps(page: Page): Promise<number[]> {
  return page.getByTestId('editor').evaluate((root) => {
    const boxes = [...root.children].map((clause) => {
      const range = document.createRange();
      range.selectNodeContents(clause);
      return range.getBoundingClientRect();
    });
    return boxes.slice(1).map((box, i) => Math.round(box.top - boxes[i]!.bottom));
  });
}

const TEXT = [
  'The participants welcome the progress made in the working group.',
  'They will meet again in the spring to review the implementation.',
  'They thank the host country for its hospitality.',
].join('\n\n');

describe('the editor on a phone, from the keyboard, across a reconnect', { timeout: 90_000 }, () => {
  it('at 390×844 the statement keeps a readable width, the header is two rows and overlaps nothing, and approving works from the drawer', async () => {
    const docId = await createDoc(TEXT);
    const context = await suite.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    suite.people.push({ context, page, errors: [] });
    await page.goto(`${suite.accord.url}/d/${docId}#token=${suite.accord.token(FR)}`);
    await page.locator('[data-testid="connection"][data-state="online"]').waitFor({ timeout: 20_000 });

    // polled: layout settles after the connection (fonts, the drawer's first measure), more slowly under load
    await expect
      .poll(async () => (await page.getByTestId('editor').boundingBox())?.width ?? 0)
      .toBeGreaterThanOrEqual(280);
    await expect
      .poll(async () => {
        const header = await page.locator('.topbar').boundingBox();
        const toolbar = await page.locator('.toolbar').boundingBox();
        return !!header && !!toolbar && header.y + header.height <= toolbar.y + 0.5;
      })
      .toBe(true);
    // The sticky header is two rows (brand and title, then the controls), not four: it took 151 px of the 844.
    await expect
      .poll(async () => (await page.locator('.topbar').boundingBox())?.height ?? 999)
      .toBeLessThanOrEqual(100);
    expect(await page.getByTestId('user-badge').textContent()).toContain(FR.name);
    // The text flows as text: with the approvals in the drawer a short clause is as tall as its lines,
    // not the gutter entry's row (86 px a clause left ~45 px of blank between two short clauses).
    await expect.poll(() => textGaps(page)).toHaveLength(2);
    for (const gap of await textGaps(page)) expect(gap).toBeLessThan(40);
    // The editor is editable in place.
    await caretInto(page, 2);
    await page.keyboard.type(' Soon.');
    await expect.poll(async () => (await clausesOf(docId))[1]?.hash).not.toBe(undefined);

    // The approvals live in a drawer: closed, they do not take the text's width; open, they work.
    expect(await page.locator('[data-testid="clause-approvals"]').first().isVisible()).toBe(false);
    await page.getByTestId('drawer-toggle').click();
    const approve = page.locator(
      '[data-testid="clause-approvals"][data-clause-index="1"] [data-testid="approve"]',
    );
    await approve.click();
    await expect
      .poll(() => chip(page, 1, 'FR').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('approved');
    expect((await clausesOf(docId))[0]?.approvals.FR?.state).toBe('approved');
  });

  it('Alt+Shift+A approves the clause at the caret; Alt+Shift+O opens the objection note; one tab stop per decision group', async () => {
    const docId = await createDoc(TEXT);
    const fr = await suite.open(docId, FR);
    const { page } = fr;

    await caretInto(page, 3);
    await page.keyboard.press('Alt+Shift+A');
    await expect
      .poll(() => chip(page, 3, 'FR').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('approved');
    const rows = await clausesOf(docId);
    expect(rows[2]?.approvals.FR?.state).toBe('approved');
    expect(rows[0]?.approvals.FR?.state ?? 'pending').toBe('pending');

    await caretInto(page, 2);
    await page.keyboard.press('Alt+Shift+O');
    const note = page.locator('[data-clause-index="2"] .note-form input');
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await note.fill('Spring is too early');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => chip(page, 2, 'FR').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('objection');
    // The note shows beside the clause, not only on hover.
    await expect
      .poll(() => page.locator('[data-clause-index="2"] [data-testid="decision-notes"]').innerText())
      .toContain('Spring is too early');

    // Clause numbers are named for assistive technology.
    expect(
      await page
        .getByTestId('editor')
        .locator(':scope > [data-clause-number="2"]')
        .getAttribute('aria-label'),
    ).toBe('Clause 2');
    // Each clause's chips and decision buttons are one tab stop.
    const groups = page.locator('[data-testid="clause-approvals"]');
    for (let i = 0; i < (await groups.count()); i++) {
      const stops = await groups
        .nth(i)
        .evaluate(
          (g) =>
            [...g.querySelectorAll<HTMLElement>('button, [tabindex]')].filter((e) => e.tabIndex >= 0).length,
        );
      expect(stops).toBe(1);
    }
  });

  it('the find box jumps to a clause by number and finds text across the statement', async () => {
    const docId = await createDoc(TEXT);
    const fr = await suite.open(docId, FR);
    const { page } = fr;
    await page.getByTestId('find-input').fill('host country');
    await page.getByTestId('find-input').press('Enter');
    await expect.poll(() => page.getByTestId('find-status').innerText()).toContain('clause 3');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('host country');
    await page.getByTestId('find-input').fill('§9');
    await page.getByTestId('find-input').press('Enter');
    await expect.poll(() => page.getByTestId('find-status').innerText()).toContain('no clause 9');
  });

  it('on the first load the status says connecting, never reconnecting, until it shows the state', async () => {
    const docId = await createDoc(TEXT);
    const context = await suite.browser.newContext({ viewport: { width: 1440, height: 900 } });
    // every text the status badge shows, from its first render on
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { badgeTexts: string[] }).badgeTexts = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="status-badge"]')?.textContent ?? null;
        if (text !== null && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const page = await context.newPage();
    await page.goto(`${suite.accord.url}/d/${docId}#token=${suite.accord.token(FR)}`);
    await page.locator('[data-testid="connection"][data-state="online"]').waitFor({ timeout: 20_000 });
    const badge = page.getByTestId('status-badge');
    await expect.poll(() => badge.innerText(), { timeout: 10_000 }).toBe('Drafting');
    const seen = await page.evaluate(() => (window as unknown as { badgeTexts: string[] }).badgeTexts);
    expect(seen.at(-1)).toBe('Drafting');
    expect(seen.filter((t) => /reconnecting/i.test(t))).toEqual([]);
    await context.close();
  });

  it('the status never reads "Agreed" while the approvals channel is down, and follows the server once back', async () => {
    const docId = await createDoc('The participants agree.', ['UK', 'FR']);
    const [row] = await clausesOf(docId);
    for (const who of [UK, FR]) {
      const res = await suite.accord.api(
        suite.accord.token(who),
        'POST',
        `/api/docs/${docId}/clauses/${row!.id}/approval`,
        {
          state: 'approved',
          hash: row!.hash,
        },
      );
      expect(res.status).toBe(200);
    }
    const fr = await suite.open(docId, FR);
    const badge = fr.page.getByTestId('status-badge');
    await expect.poll(() => badge.innerText(), { timeout: 15_000 }).toContain('Agreed');

    await fr.context.setOffline(true);
    await expect.poll(() => badge.innerText(), { timeout: 15_000 }).not.toContain('Agreed');
    // Meanwhile the text changes on the server: the agreement is gone there.
    const patched = await suite.accord.api(
      suite.accord.token(UK),
      'PATCH',
      `/api/docs/${docId}/clauses/${row!.id}`,
      {
        text: 'The participants agree, in principle.',
      },
    );
    expect(patched.status).toBe(200);
    expect(await badge.innerText()).not.toContain('Agreed');

    await fr.context.setOffline(false);
    await fr.page.locator('[data-testid="connection"][data-state="online"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => badge.innerText(), { timeout: 10_000 }).toBe('Drafting');
  });
});
