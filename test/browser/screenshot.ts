/**
 * `pnpm screenshot`: makes the README's docs/screenshot.png — two delegations in the demo document,
 * one's labelled cursor in the other's window, the findings tab open. A script, so `pnpm test`
 * never rewrites a tracked file.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientIfStale, launchBrowser, openEditor, ROOT, startAccord } from './harness';

const FR = { sub: 'fr-elise', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;
const UK = { sub: 'uk-tom', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;

async function main(): Promise<void> {
  buildClientIfStale();
  const accord = await startAccord();
  const browser = await launchBrowser();
  try {
    const fr = await openEditor(browser, accord, accord.demoDocId, accord.token(FR));
    const uk = await openEditor(browser, accord, accord.demoDocId, accord.token(UK));
    // UK's caret in clause 3, through the status board (as a keyboard user gets there).
    await uk.page.getByTestId('tab-board').click();
    await uk.page
      .getByTestId('status-board')
      .getByRole('button', { name: /^Clause 3:/ })
      .click();
    await uk.page.keyboard.press('ArrowRight');
    await fr.page.mouse.move(5, 600);
    await fr.page.getByTestId('tab-findings').click();
    await fr.page.locator('.remote-cursor-name[data-code="UK"]').waitFor({ timeout: 20_000 });
    await fr.page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    const path = join(ROOT, 'docs', 'screenshot.png');
    await fr.page.screenshot({ path });
    console.log(`wrote ${path}`);
    await fr.context.close();
    await uk.context.close();
  } finally {
    await browser.close();
    await accord.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
