import { describe, expect, it } from 'vitest';
import { openEditor } from './harness';
import { browserSuite } from './suite';

const suite = browserSuite();

const FR = { sub: 'fr-elise', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-tom', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

describe('what changed since you decided, in a real browser', { timeout: 90_000 }, () => {
  it("UK approves, FR edits, UK opens the stale chip and sees FR's insertion marked as FR's", async () => {
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
    const ukClause = uk.page.locator('[data-testid="clause-approvals"][data-clause-index="1"]');
    const ukChip = ukClause.locator('[data-testid="chip-UK"]');

    await ukClause.getByTestId('approve').click();
    await expect.poll(() => ukChip.getAttribute('data-state'), { timeout: 10_000 }).toBe('approved');

    // FR puts the caret at the start of clause 1 (through the status board) and types.
    await fr.page.getByTestId('tab-board').click();
    await fr.page
      .getByTestId('status-board')
      .getByRole('button', { name: /^Clause 1:/ })
      .click();
    await fr.page.keyboard.type('Today, ');

    await expect.poll(() => ukChip.getAttribute('data-state'), { timeout: 10_000 }).toBe('stale');
    await ukClause.getByTestId('stale-chip-open').click();
    const dialog = uk.page.getByTestId('stale-review');
    await dialog.waitFor();
    const insertion = dialog.getByTestId('redline-insert');
    await expect.poll(() => insertion.count(), { timeout: 10_000 }).toBe(1);
    expect(await insertion.getAttribute('data-by')).toBe('FR');
    expect(await insertion.getAttribute('title')).toBe('Inserted by Élise Martin (FR)');
    expect(await insertion.textContent()).toContain('Today,');
    expect(await dialog.getByTestId('stale-authors').textContent()).toContain('Élise Martin (FR)');
    expect(await dialog.getByTestId('stale-redline').textContent()).toContain(
      'The allies condemn the attack',
    );

    // Deciding again from the dialog approves the new text.
    await dialog.getByTestId('review-approve').click();
    await expect.poll(() => ukChip.getAttribute('data-state'), { timeout: 10_000 }).toBe('approved');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(uk.errors).toEqual([]);
    expect(fr.errors).toEqual([]);
  });

  it('a drafter freezes a version, compares it with now as a redline, and the audit trail lists it, verified', async () => {
    const created = await suite.accord.api<{ id: string }>(suite.accord.token(UK), 'POST', '/api/docs', {
      title: 'Versions in the browser',
      parties: ['UK', 'FR'],
      text: 'We stand together.\n\nWe will respond.',
    });
    const docId = created.body.id;
    const uk = await suite.open(docId, UK);
    await uk.page.getByTestId('tab-versions').click();
    await uk.page.getByTestId('version-name').fill('Rev. 1 — before capitals');
    await uk.page.getByTestId('version-create').click();
    await uk.page.getByTestId('version').first().waitFor();
    expect(await uk.page.getByTestId('version').first().textContent()).toContain('Rev. 1 — before capitals');

    const [clause] = (
      await suite.accord.api<{ id: string }[]>(suite.accord.token(FR), 'GET', `/api/docs/${docId}/clauses`)
    ).body;
    const patched = await suite.accord.api(
      suite.accord.token(FR),
      'PATCH',
      `/api/docs/${docId}/clauses/${clause!.id}`,
      {
        text: 'We stand firmly together.',
      },
    );
    expect(patched.status).toBe(200);

    await uk.page.getByTestId('compare').click();
    const redline = uk.page.getByTestId('comparison').locator('[data-change="changed"]');
    await redline.waitFor();
    const insertion = redline.getByTestId('redline-insert');
    expect(await insertion.getAttribute('data-by')).toBe('FR');
    expect(await insertion.textContent()).toContain('firmly');

    await uk.page.getByTestId('tab-audit').click();
    const versionEntry = uk.page.locator('[data-testid="audit-entry"][data-kind="version-created"]');
    await versionEntry.waitFor();
    expect(await versionEntry.getAttribute('data-verified')).toBe('true');
    expect(await versionEntry.textContent()).toContain('Rev. 1 — before capitals');
    expect(uk.errors).toEqual([]);
  });
});
