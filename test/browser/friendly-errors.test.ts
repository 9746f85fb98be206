import { describe, expect, it } from 'vitest';
import { browserSuite } from './suite';

/**
 * #19: a request that never reaches the server, or an error page without Accord's JSON, shows what
 * happened and what to do — never the browser's "Failed to fetch" or a bare "502 Bad Gateway".
 */
const suite = browserSuite();

const FR = { sub: 'fr-errors', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;

describe('errors in words for people', { timeout: 90_000 }, () => {
  it('a lost connection on export and a proxy error page on the versions list say what to do', async () => {
    const person = await suite.open(suite.accord.demoDocId, FR);
    const { page } = person;

    // The export request never reaches the server.
    await page.route('**/export?**', (route) => route.abort('internetdisconnected'));
    await page.getByTestId('export-toggle').click();
    await page.getByTestId('export-draft-md').click();
    const outcome = page.getByTestId('export-outcome');
    await outcome.waitFor({ timeout: 10_000 });
    const said = (await outcome.textContent()) ?? '';
    expect(said).toContain('The draft MD could not be exported.');
    expect(said).toContain('Could not reach the server. Check your connection and try again.');
    expect(said).not.toMatch(/failed to fetch/i);

    // A proxy answers the versions list (read as the page loads) with its own error page, no JSON.
    await page.route('**/versions', (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' }),
    );
    await page.reload();
    await page.getByTestId('editor').waitFor();
    await page.getByTestId('tab-versions').click();
    const alert = page.getByRole('tabpanel', { name: 'Versions' }).getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/could not complete this just now.*try again in a moment/);
    expect(text).not.toMatch(/502|bad gateway/i);
  });

  it('a panel whose code never arrives says so in its place; the rest of the workspace works on', async () => {
    const person = await suite.open(suite.accord.demoDocId, FR);
    const { page } = person;
    // The audit trail's chunk is read as the page loads: the connection drops for that file.
    await page.route('**/assets/AuditTimeline-*.js', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByTestId('editor').waitFor();
    await page.getByTestId('tab-audit').click();
    const failed = page.getByRole('tabpanel', { name: 'Audit trail' }).getByTestId('panel-error');
    await failed.waitFor({ timeout: 10_000 });
    const text = (await failed.textContent()) ?? '';
    expect(text).toContain('This part of the page could not be loaded.');
    expect(text).toContain('Could not reach the server. Check your connection and try again.');
    expect(text).not.toMatch(/dynamically imported module|failed to fetch/i);
    // The rest still works: the status board and the approvals are there.
    await page.getByTestId('tab-board').click();
    await page.getByTestId('status-board').waitFor();
    expect(await page.getByTestId('clause-approvals').count()).toBeGreaterThan(0);
  });
});
