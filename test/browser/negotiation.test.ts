import { describe, expect, it } from 'vitest';
import { openEditor, type Person } from './harness';
import { browserSuite } from './suite';

const suite = browserSuite();

const FR = { sub: 'fr-elise', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-tom', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

describe('amendments in a real browser', { timeout: 90_000 }, () => {
  it("FR proposes an amendment, UK sees the redline attributed to FR and accepts it; FR's and UK's approvals go stale", async () => {
    const created = await suite.accord.api<{ id: string }>(suite.accord.token(UK), 'POST', '/api/docs', {
      title: 'Joint statement on the grid attack',
      parties: ['UK', 'FR'],
      text: 'The allies condemn the attack on the power grid.\n\nWe will respond together.',
    });
    expect(created.status).toBe(201);
    const docId = created.body.id;
    const uk = await openEditor(suite.browser, suite.accord, docId, suite.accord.token(UK));
    const fr = await openEditor(suite.browser, suite.accord, docId, suite.accord.token(FR));
    suite.people.push(uk, fr);
    const clauseOf = (p: Person) => p.page.locator('[data-testid="clause-approvals"][data-clause-index="1"]');

    // Both approve clause 1 as it stands.
    for (const p of [uk, fr]) {
      await clauseOf(p).getByTestId('approve').click();
    }
    for (const party of ['UK', 'FR']) {
      await expect
        .poll(() => clauseOf(uk).locator(`[data-testid="chip-${party}"]`).getAttribute('data-state'), {
          timeout: 10_000,
        })
        .toBe('approved');
    }

    // FR proposes that clause 1 read differently.
    await fr.page.getByTestId('tab-negotiation').click();
    await fr.page.getByTestId('amendment-new').click();
    await fr.page
      .getByTestId('amendment-text')
      .fill('The allies strongly condemn the attack on the power grid.');
    await fr.page.getByTestId('amendment-note').fill('Paris wants it firmer');
    await fr.page.getByTestId('amendment-submit').click();

    // UK hears of it, opens the negotiation tab and sees FR's redline.
    await expect
      .poll(() => uk.page.getByTestId('notifications-unread').textContent(), { timeout: 10_000 })
      .toBe('1');
    await uk.page.getByTestId('notifications').click();
    expect(await uk.page.getByTestId('notification-list').textContent()).toContain(
      'FR proposed an amendment to §1',
    );
    await uk.page.getByTestId('notification-list').getByRole('button').first().click();
    const amendment = uk.page.locator('[data-testid="amendment"][data-status="open"]');
    await expect.poll(() => amendment.count(), { timeout: 10_000 }).toBe(1);
    expect(await amendment.getAttribute('data-by')).toBe('FR');
    const insertion = amendment.getByTestId('redline-insert');
    expect(await insertion.getAttribute('data-by')).toBe('FR');
    expect(await insertion.textContent()).toContain('strongly');
    expect(await amendment.textContent()).toContain('Paris wants it firmer');

    await amendment.getByTestId('amendment-accept').click();

    // The clause now reads as FR proposed, in both editors; both approvals are stale.
    for (const p of [uk, fr]) {
      await expect
        .poll(() => p.page.getByTestId('editor').textContent(), { timeout: 10_000 })
        .toContain('The allies strongly condemn the attack');
    }
    for (const party of ['UK', 'FR']) {
      await expect
        .poll(() => clauseOf(uk).locator(`[data-testid="chip-${party}"]`).getAttribute('data-state'), {
          timeout: 10_000,
        })
        .toBe('stale');
    }
    await expect
      .poll(() => fr.page.locator('[data-testid="amendment"][data-status="accepted"]').count(), {
        timeout: 10_000,
      })
      .toBe(1);
    // FR's feed says its approval went stale.
    await fr.page.getByTestId('notifications').click();
    await expect
      .poll(() => fr.page.getByTestId('notification-list').textContent(), { timeout: 10_000 })
      .toContain('your approval of §1 is stale');
    expect(uk.errors).toEqual([]);
    expect(fr.errors).toEqual([]);
  });
  it('FR comments on §2: UK sees the count in the gutter and under "open comments", replies; FR resolves the thread', async () => {
    const created = await suite.accord.api<{ id: string }>(suite.accord.token(UK), 'POST', '/api/docs', {
      title: 'Joint statement on sanctions',
      parties: ['UK', 'FR'],
      text: 'The allies condemn the attack.\n\nWe will consider further measures.',
    });
    const docId = created.body.id;
    const uk = await openEditor(suite.browser, suite.accord, docId, suite.accord.token(UK));
    const fr = await openEditor(suite.browser, suite.accord, docId, suite.accord.token(FR));
    suite.people.push(uk, fr);

    await fr.page.getByTestId('tab-negotiation').click();
    await fr.page.getByTestId('negotiation-clause').selectOption({ index: 1 });
    await fr.page.getByTestId('comment-input').fill('Which measures?');
    await fr.page.getByTestId('comment-submit').click();

    const ukCount = uk.page.locator(
      '[data-testid="clause-approvals"][data-clause-index="2"] [data-testid="comment-count"]',
    );
    await expect.poll(() => ukCount.textContent(), { timeout: 10_000 }).toContain('1');
    // The board's filter keeps only the clause with open comments.
    await uk.page.getByTestId('tab-board').click();
    await uk.page.getByTestId('board-open-comments').check();
    await expect.poll(() => uk.page.getByTestId('board-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await uk.page.getByTestId('board-row').textContent()).toContain('2');

    // The count opens the thread; UK replies.
    await ukCount.click();
    const thread = uk.page.getByTestId('comment-thread');
    await expect.poll(() => thread.count(), { timeout: 10_000 }).toBe(1);
    expect(await thread.textContent()).toContain('Which measures?');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await uk.page.getByTestId('comment-input').fill('Asset freezes.');
    await uk.page.getByTestId('comment-submit').click();
    await expect
      .poll(() => fr.page.getByTestId('comment-thread').textContent(), { timeout: 10_000 })
      .toContain('Asset freezes.');

    await fr.page.getByTestId('comment-resolve').click();
    // Resolving the thread closes it, replies included: the count goes.
    await expect.poll(() => ukCount.count(), { timeout: 10_000 }).toBe(0);
    expect(await uk.page.getByTestId('comment-thread').getAttribute('class')).toContain('resolved');
    expect(uk.errors).toEqual([]);
    expect(fr.errors).toEqual([]);
  });
});
