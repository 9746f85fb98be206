import { describe, expect, it } from 'vitest';
import { openEditor } from './harness';
import { browserSuite } from './suite';

const suite = browserSuite();

describe('the editor under its Content-Security-Policy', { timeout: 90_000 }, () => {
  it('syncs, lints in its worker and edits with no CSP violation (no inline script needed)', async () => {
    const person = await openEditor(
      suite.browser,
      suite.accord,
      suite.accord.demoDocId,
      suite.accord.token({ sub: 'fr-csp', name: 'Élise Martin', delegation: 'FR', role: 'drafter' }),
    );
    const { page } = person;
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__csp.push(
          `${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        );
      });
    });
    // Load it again with the listeners in place from the first byte.
    await page.reload();
    await page.getByTestId('editor').waitFor();
    await page
      .getByTestId('connection')
      .and(page.locator('[data-state="online"]'))
      .waitFor({ timeout: 20_000 });
    const response = await page.request.get(`${suite.accord.url}/d/${suite.accord.demoDocId}`);
    expect(response.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);

    // The editor, its socket, the linter worker and an edit all work under the policy.
    await page.getByTestId('editor').click();
    await page.keyboard.type("This attack was carried out by Russia's GRU. ");
    await page.getByTestId('tab-findings').click();
    await page.locator('[data-testid="finding"]').first().waitFor({ timeout: 30_000 });
    const caught = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect([...violations, ...caught]).toEqual([]);
    expect(person.errors).toEqual([]);
    await person.context.close();
  });

  it('serves a built app with no inline script and no public source maps', async () => {
    const html = await (await fetch(`${suite.accord.url}/`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
      const asset = await fetch(`${suite.accord.url}${src}`);
      expect(asset.headers.get('cache-control')).toMatch(/immutable/);
      expect(await asset.text()).not.toMatch(/sourceMappingURL=/);
      expect((await fetch(`${suite.accord.url}${src}.map`)).status).toBe(404);
    }
  });
});
