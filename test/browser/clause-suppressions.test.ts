import { describe, expect, it } from 'vitest';
import { browserSuite } from './suite';

// #19: a clause's own "Suppressed" view, beside its decisions, in a real browser against the real server.
const suite = browserSuite();

const FR = { sub: 'fr-cs', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-cs', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

interface Finding {
  ruleId: string;
  clauseId: string;
  start: number;
  end: number;
}

describe('a clause shows its own suppressions', { timeout: 90_000 }, () => {
  it('suppressing a finding on §2 puts a count on §2 that lists who and why, and Un-suppress there brings the finding back', async () => {
    const created = await suite.accord.api<{ id: string }>(suite.accord.token(UK), 'POST', '/api/docs', {
      title: 'Clause suppressions',
      parties: ['UK', 'FR'],
      text: 'The participants met.\n\nThis assessment is TLP:RED and stays with the parties.\n\nThey will meet again.',
    });
    expect(created.status).toBe(201);
    const docId = created.body.id;
    const lintNow = async () =>
      (await suite.accord.api<Finding[]>(suite.accord.token(FR), 'GET', `/api/docs/${docId}/lint`)).body;
    const clauseIds = (
      await suite.accord.api<{ id: string }[]>(suite.accord.token(FR), 'GET', `/api/docs/${docId}/clauses`)
    ).body.map((c) => c.id);
    const onSecond = (await lintNow()).filter((f) => f.clauseId === clauseIds[1]);
    expect(onSecond.length).toBeGreaterThan(0);

    const person = await suite.open(docId, FR);
    const { page } = person;
    const gutterOf = (n: number) =>
      page.locator(`[data-testid="clause-approvals"][data-clause-index="${n}"]`);
    // No suppression yet: no count on any clause.
    expect(await page.getByTestId('clause-suppression-count').count()).toBe(0);

    // Suppress the first finding of §2 from the Findings tab, with a reason, as a drafter does.
    await page.getByTestId('tab-findings').click();
    const findingsOnSecond = page.getByTestId('lint-panel').getByTestId('finding').filter({ hasText: '§2' });
    await expect.poll(() => findingsOnSecond.count(), { timeout: 15_000 }).toBe(onSecond.length);
    await findingsOnSecond.first().getByRole('button', { name: 'Suppress…' }).click();
    await page.getByLabel('Reason for accepting this text').fill('The marking is quoted, not applied');
    await page.getByRole('button', { name: 'Suppress with reason' }).click();

    // §2, and only §2, carries a count of 1 with an accessible name that says what it counts.
    const count = gutterOf(2).getByTestId('clause-suppression-count');
    await expect.poll(() => count.getAttribute('data-count'), { timeout: 10_000 }).toBe('1');
    expect(await page.getByTestId('clause-suppression-count').count()).toBe(1);
    expect(await count.getAttribute('aria-label')).toMatch(/^1 suppressed finding on clause 2/);
    expect(await count.textContent()).toBe('1 suppressed');
    const icon = await count.locator('svg').boundingBox();
    expect(icon?.width).toBeGreaterThan(0);

    // Opened: who (delegation and person), why, when, and on which text.
    await count.click();
    const list = gutterOf(2).getByTestId('clause-suppressions');
    await list.waitFor();
    const entries = list.getByTestId('suppression');
    expect(await entries.count()).toBe(1);
    const who = (await entries.first().getByTestId('suppression-who').textContent()) ?? '';
    expect(who).toContain('Élise Martin (France, FR)');
    expect(who).toContain('The marking is quoted, not applied');
    expect(await entries.first().textContent()).toContain('TLP:RED');
    // the findings list drops it when the suppression's state push arrives: polled
    await expect.poll(() => findingsOnSecond.count(), { timeout: 10_000 }).toBe(onSecond.length - 1);

    // Escape closes the list and gives focus back to the count; it opens again.
    await entries.first().getByTestId('unsuppress').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    expect(await count.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await count.getAttribute('aria-expanded')).toBe('false');
    await count.click();
    await list.waitFor();

    // Un-suppress from the clause's own list: the count goes and the finding is back, here and on the server.
    await entries.first().getByTestId('unsuppress').click();
    await expect
      .poll(() => gutterOf(2).getByTestId('clause-suppression-count').count(), { timeout: 10_000 })
      .toBe(0);
    await expect.poll(() => findingsOnSecond.count(), { timeout: 10_000 }).toBe(onSecond.length);
    // The focused button went with the list: focus is on §2's decisions, not lost to the page.
    expect(await gutterOf(2).evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect((await lintNow()).filter((f) => f.clauseId === clauseIds[1]).length).toBe(onSecond.length);
    expect(person.errors).toEqual([]);
  });
});
