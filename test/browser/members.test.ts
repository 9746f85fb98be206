import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openEditor } from './harness';
import { browserSuite } from './suite';

/**
 * The Members panel and the "session ended" dialog in a real browser (issue #13): the penholder
 * creates an invite in the panel, a French delegate joins with it and appears as a member, and when
 * France is removed from the parties her editor says why and offers to sign in again.
 */
const suite = browserSuite();

it('invite from the Members panel, join with it, and be told when the delegation is removed', async () => {
  const docId = suite.accord.demoDocId;
  const penToken = suite.accord.token({
    sub: 'uk-pen',
    name: 'Alice Hart',
    delegation: 'UK',
    role: 'penholder',
  });
  const uk = await openEditor(suite.browser, suite.accord, docId, penToken);
  await uk.page.getByRole('tab', { name: 'Members' }).click();
  const panel = uk.page.getByTestId('members-panel');
  await panel.getByTestId('member').first().waitFor();

  await panel.getByLabel('Delegation').selectOption('FR');
  await panel.getByLabel('Role').selectOption('drafter');
  await panel.getByRole('button', { name: 'Create invite link' }).click();
  const link = await panel.getByLabel('Invite link').inputValue();
  expect(link).toMatch(/\/invite#/);

  // France joins with the link, in a browser of her own.
  const frContext = await suite.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const fr = await frContext.newPage();
  await fr.goto(link);
  await fr.getByTestId('invite-name').fill('Camille Martin');
  await fr.getByRole('button', { name: 'Join' }).click();
  await fr.getByTestId('editor').waitFor();
  await fr.getByTestId('connection').and(fr.locator('[data-state="online"]')).waitFor({ timeout: 20_000 });

  // The penholder sees her in the panel, invited by the penholder (it refreshes on live state).
  await uk.page.getByRole('tab', { name: 'Status board' }).click();
  await uk.page.getByRole('tab', { name: 'Members' }).click();
  await panel.getByTestId('member').filter({ hasText: 'Camille Martin' }).waitFor();
  await expect(
    panel.getByTestId('member').filter({ hasText: 'Camille Martin' }).textContent(),
  ).resolves.toMatch(/invited by Alice Hart \(UK\)/);
  await panel.screenshot({ path: join(tmpdir(), 'accord-members-panel.png') });

  const removed = await suite.accord.api(penToken, 'DELETE', `/api/docs/${docId}/parties/FR`);
  expect(removed.status).toBe(200);
  const dialog = fr.getByTestId('session-ended');
  await dialog.waitFor({ timeout: 5000 });
  await expect(dialog.textContent()).resolves.toMatch(/no longer have access/);
  await fr.screenshot({ path: join(tmpdir(), 'accord-session-ended.png') });
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  await fr.waitForURL((u) => !u.pathname.startsWith('/d/') || u.hash === '', { timeout: 5000 });
  expect(uk.errors).toEqual([]);
  await frContext.close();
  await uk.context.close();
}, 120_000);
