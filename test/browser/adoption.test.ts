import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Person } from './harness';
import { browserSuite } from './suite';

const suite = browserSuite();

const FR = { sub: 'fr-elise', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-tom', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

const open = (docId: string, claims: typeof FR | typeof UK): Promise<Person> => suite.open(docId, claims);

const textOf = async (locator: Locator) => (await locator.allInnerTexts()).join('\n');

/** A two-party document every party has approved. */
async function agreedDoc(title: string): Promise<string> {
  const uk = suite.accord.token(UK);
  const created = await suite.accord.api<{ id: string }>(uk, 'POST', '/api/docs', {
    title,
    parties: ['FR', 'UK'],
    text: 'We stand together with our partner.\n\nWe call for restraint in cyberspace.',
  });
  const docId = created.body.id;
  const clauses = await suite.accord.api<{ id: string; hash: string }[]>(
    uk,
    'GET',
    `/api/docs/${docId}/clauses`,
  );
  for (const token of [uk, suite.accord.token(FR)]) {
    for (const c of clauses.body) {
      await suite.accord.api(token, 'POST', `/api/docs/${docId}/clauses/${c.id}/approval`, {
        state: 'approved',
        hash: c.hash,
      });
    }
  }
  return docId;
}

async function caretToClause(person: Person, index: number): Promise<void> {
  await person.page.getByTestId('tab-board').click();
  await person.page
    .getByTestId('status-board')
    .getByRole('button', { name: new RegExp(`^Clause ${index}:`) })
    .click();
}

describe('adoption in a real browser', { timeout: 60_000 }, () => {
  it("an edit of an agreed text asks first; declining leaves every party's agreement standing", async () => {
    const docId = await agreedDoc('Agreed statement');
    const fr = await open(docId, FR);
    await expect.poll(() => textOf(fr.page.locator('.status-badge')), { timeout: 10_000 }).toMatch(/Agreed/);
    const before = await textOf(fr.page.getByTestId('editor'));
    await caretToClause(fr, 2);
    let question = '';
    fr.page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.dismiss();
    });
    await fr.page.keyboard.type('X');
    await expect
      .poll(() => question, { timeout: 10_000 })
      .toBe("This will withdraw every party's agreement to §2 — continue?");
    expect(await textOf(fr.page.getByTestId('editor'))).toBe(before);
    await expect.poll(() => textOf(fr.page.locator('.status-badge'))).toMatch(/Agreed/);
    expect(fr.errors).toEqual([]);
  });

  it('the penholder adopts: both editors turn read-only and say so; typing changes nothing', async () => {
    const docId = await agreedDoc('Statement to adopt');
    const uk = await open(docId, UK);
    const fr = await open(docId, FR);
    await uk.page.getByTestId('adopt').click();
    for (const p of [uk, fr]) {
      await expect
        .poll(() => textOf(p.page.locator('.status-badge')), { timeout: 10_000 })
        .toMatch(/Adopted/);
      await expect
        .poll(() => p.page.getByTestId('editor').getAttribute('contenteditable'), { timeout: 10_000 })
        .toBe('false');
      expect(await textOf(p.page.getByTestId('adoption-banner'))).toMatch(/Adopted — the text is frozen/);
    }
    const before = await textOf(fr.page.getByTestId('editor'));
    await fr.page.getByTestId('editor').click();
    await fr.page.keyboard.type('sneaky edit');
    expect(await textOf(fr.page.getByTestId('editor'))).toBe(before);
    const meta = await suite.accord.api<{ status: string }>(
      suite.accord.token(FR),
      'GET',
      `/api/docs/${docId}`,
    );
    expect(meta.body.status).toBe('adopted');
    expect([...uk.errors, ...fr.errors]).toEqual([]);
  });

  it('a refused final export lists its reasons grouped by cause, each linking to its clause', async () => {
    const uk = suite.accord.token(UK);
    const created = await suite.accord.api<{ id: string }>(uk, 'POST', '/api/docs', {
      title: 'Not yet agreed',
      parties: ['FR', 'UK'],
      text: 'One.\n\nTwo.\n\nThree.',
    });
    const fr = await open(created.body.id, FR);
    await fr.page.getByTestId('export-toggle').click();
    await fr.page.getByTestId('export-final-md').click();
    const groups = fr.page.getByTestId('refusal-groups');
    await groups.waitFor({ timeout: 10_000 });
    expect(await textOf(groups)).toMatch(/6 reasons, grouped by/);
    expect(await textOf(groups.locator('summary'))).toMatch(/Not yet approved \(6\)/);
    await groups.locator('summary').first().click();
    expect(await groups.locator('a').count()).toBe(6);
  });

  it('1,800 refusal reasons (300 clauses, 6 parties) fit in a short grouped list', async () => {
    const uk = suite.accord.token(UK);
    const text = Array.from({ length: 300 }, (_, i) => `Paragraph ${i + 1} of the long statement.`).join(
      '\n\n',
    );
    const created = await suite.accord.api<{ id: string }>(uk, 'POST', '/api/docs', {
      title: 'Long statement',
      parties: ['UK', 'FR', 'DE', 'US', 'CA', 'EU'],
      text,
    });
    const fr = await open(created.body.id, FR);
    await fr.page.getByTestId('export-toggle').click();
    await fr.page.getByTestId('export-final-md').click();
    const outcome = fr.page.getByTestId('export-outcome');
    await outcome.getByTestId('refusal-groups').waitFor({ timeout: 20_000 });
    expect(await textOf(outcome)).toMatch(/1800 reasons, grouped by/);
    const height = await outcome.evaluate((el) => el.getBoundingClientRect().height);
    console.log(`refusal list of 1,800 reasons: ${Math.round(height)} px tall (was 67,864 px ungrouped)`);
    expect(height).toBeLessThan(800);
  });
});
