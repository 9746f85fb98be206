import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './suite';

// #19: paste, bulk approval and the suppressions view, in a real browser against the real server.
const suite = browserSuite();

const FR = { sub: 'fr-dh', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-dh', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

interface ClauseRow {
  id: string;
  index: number;
  text: string;
  hash: string;
  approvals: Record<string, { state: string; stale: boolean }>;
}

async function createDoc(text: string): Promise<string> {
  const res = await suite.accord.api<{ id: string }>(suite.accord.token(UK), 'POST', '/api/docs', {
    title: 'Drafting helpers',
    parties: ['UK', 'FR'],
    text,
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

const clausesOf = async (docId: string) =>
  (await suite.accord.api<ClauseRow[]>(suite.accord.token(UK), 'GET', `/api/docs/${docId}/clauses`)).body;

async function caretAtEnd(page: Page, index: number): Promise<void> {
  const clause = page.getByTestId('editor').locator(`:scope > [data-clause-number="${index}"]`);
  await clause.click();
  await page.keyboard.press('End');
}

async function open(docId: string): Promise<Page> {
  const person = await suite.open(docId, FR);
  return person.page;
}

describe('drafting helpers', { timeout: 90_000 }, () => {
  it('pasting text with blank lines makes one clause per paragraph and never an empty clause', async () => {
    const docId = await createDoc('The participants met in Paris.\n\nThey will meet again.');
    const page = await open(docId);
    await caretAtEnd(page, 1);
    await page.keyboard.type(' ');
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'They reviewed the report.\\n\\n\\n\\nThey thank the hosts.\\n\\n  \\n\\nThey adopt the plan.\\n\\n');
      document.querySelector('[data-testid="editor"]').dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    })()`);
    await expect
      .poll(async () => (await clausesOf(docId)).map((c) => c.text), { timeout: 10_000 })
      .toEqual([
        'The participants met in Paris. They reviewed the report.',
        'They thank the hosts.',
        'They adopt the plan.',
        'They will meet again.',
      ]);
  });

  it('"approve all my remaining" lists the clauses first, then approves exactly those', async () => {
    const docId = await createDoc('First clause.\n\nSecond clause.\n\nThird clause.');
    const rows = await clausesOf(docId);
    // FR already objected to the second: a bulk approval must not overturn a deliberate decision.
    const objected = await suite.accord.api(
      suite.accord.token(FR),
      'POST',
      `/api/docs/${docId}/clauses/${rows[1]!.id}/approval`,
      {
        state: 'objection',
        hash: rows[1]!.hash,
        note: 'Not yet',
      },
    );
    expect(objected.status).toBe(200);
    const page = await open(docId);
    await expect.poll(() => page.getByTestId('bulk-approve').textContent()).toContain('(2)');
    await page.getByTestId('bulk-approve').click();
    const dialog = page.getByTestId('bulk-confirm');
    expect(await dialog.locator('li').allTextContents()).toEqual(['First clause.', 'Third clause.']);
    await page.getByTestId('bulk-confirm-yes').click();
    await expect
      .poll(async () => (await clausesOf(docId)).map((c) => c.approvals.FR?.state ?? 'pending'), {
        timeout: 10_000,
      })
      .toEqual(['approved', 'objection', 'approved']);
    await expect.poll(() => page.getByTestId('bulk-approve').textContent()).toContain('(0)');
  });

  it('a selection on the status board is approved the same way, after the same confirmation', async () => {
    const docId = await createDoc('One.\n\nTwo.\n\nThree.');
    const page = await open(docId);
    const select = page.getByTestId('status-board').getByTestId('board-select');
    await expect.poll(() => select.count()).toBe(3);
    await select.nth(0).check();
    await select.nth(2).check();
    await page.getByTestId('board-selection').getByTestId('bulk-approve').click();
    expect(await page.getByTestId('bulk-confirm').locator('li').allTextContents()).toEqual([
      'One.',
      'Three.',
    ]);
    await page.getByTestId('bulk-confirm-yes').click();
    await expect
      .poll(async () => (await clausesOf(docId)).map((c) => c.approvals.FR?.state ?? 'pending'), {
        timeout: 10_000,
      })
      .toEqual(['approved', 'pending', 'approved']);
  });

  it('the suppressions view shows who, why, when and on which text, un-suppresses, and says when an edit lapses one', async () => {
    const docId = await createDoc(
      'The participants met.\n\nThis assessment is TLP:RED and stays with the parties.',
    );
    const rows = await clausesOf(docId);
    const lint = await suite.accord.api<
      { ruleId: string; clauseId: string; start: number; end: number; policy: string }[]
    >(suite.accord.token(FR), 'GET', `/api/docs/${docId}/lint`);
    const finding = lint.body.find((f) => f.clauseId === rows[1]!.id);
    expect(finding).toBeDefined();
    const suppressed = await suite.accord.api(
      suite.accord.token(FR),
      'POST',
      `/api/docs/${docId}/suppressions`,
      {
        ruleId: finding!.ruleId,
        clauseId: finding!.clauseId,
        hash: rows[1]!.hash,
        start: finding!.start,
        end: finding!.end,
        policy: finding!.policy,
        reason: 'The marking is quoted, not applied',
      },
    );
    expect(suppressed.status).toBe(201);

    const page = await open(docId);
    await page.getByTestId('tab-findings').click();
    const item = page.getByTestId('suppression');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('§2');
    expect(text).toContain('TLP:RED');
    expect(text).toContain('The marking is quoted, not applied');
    expect(text).toContain('FR');

    // Un-suppress: the entry goes and the finding stands again, on screen and on the server.
    const sameFinding = (f: { ruleId: string; clauseId: string; start: number; end: number }) =>
      f.ruleId === finding!.ruleId && f.clauseId === finding!.clauseId && f.start === finding!.start;
    const shown = page.locator(`[data-testid="finding"][data-rule="${finding!.ruleId}"]`);
    const shownWhileSuppressed = await shown.count();
    await item.getByTestId('unsuppress').click();
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => shown.count(), { timeout: 10_000 }).toBe(shownWhileSuppressed + 1);
    const after = await suite.accord.api<typeof lint.body>(
      suite.accord.token(FR),
      'GET',
      `/api/docs/${docId}/lint`,
    );
    expect(after.body.some(sameFinding)).toBe(true);

    // Suppressed again on the same text, so that an edit can lapse it.
    const again = await suite.accord.api(suite.accord.token(FR), 'POST', `/api/docs/${docId}/suppressions`, {
      ruleId: finding!.ruleId,
      clauseId: finding!.clauseId,
      hash: rows[1]!.hash,
      start: finding!.start,
      end: finding!.end,
      policy: finding!.policy,
      reason: 'The marking is quoted, not applied',
    });
    expect(again.status).toBe(201);
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);

    const patched = await suite.accord.api(
      suite.accord.token(UK),
      'PATCH',
      `/api/docs/${docId}/clauses/${rows[1]!.id}`,
      {
        text: 'This assessment is TLP:RED and stays with the parties only.',
      },
    );
    expect(patched.status).toBe(200);
    await expect
      .poll(() => page.getByTestId('lapse-notes').textContent(), { timeout: 10_000 })
      .toContain("FR's suppression lapsed: §2 changed");
    expect(await item.count()).toBe(0);
  });
});
