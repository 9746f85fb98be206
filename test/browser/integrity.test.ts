import { describe, expect, it } from 'vitest';
import { openEditor } from './harness';
import { browserSuite } from './suite';
import { forgeApprovalRow } from './tamper';

/**
 * #14: an approval row changed behind Accord's back (objection → approved) shows as a banner in
 * the editor, and the document does not turn agreed. Real server, real SQLite file, real browser.
 */
const suite = browserSuite();

const UK = { sub: 'uk-tom', name: 'Tom Hughes', delegation: 'UK', role: 'penholder' } as const;
const FR = { sub: 'fr-elise', name: 'Élise Martin', delegation: 'FR', role: 'drafter' } as const;

describe('a broken approval record in the editor', () => {
  it('shows the integrity banner once an approval row was edited outside Accord', async () => {
    const uk = suite.accord.token(UK);
    const fr = suite.accord.token(FR);
    const created = await suite.accord.api<{ id: string }>(uk, 'POST', '/api/docs', {
      title: 'Integrity banner',
      parties: ['UK', 'FR'],
      text: 'We stand together with our partner.',
    });
    const docId = created.body.id;
    const [clause] = (
      await suite.accord.api<{ id: string; hash: string }[]>(uk, 'GET', `/api/docs/${docId}/clauses`)
    ).body;
    await suite.accord.api(uk, 'POST', `/api/docs/${docId}/clauses/${clause!.id}/approval`, {
      state: 'approved',
      hash: clause!.hash,
    });
    await suite.accord.api(fr, 'POST', `/api/docs/${docId}/clauses/${clause!.id}/approval`, {
      state: 'objection',
      hash: clause!.hash,
      note: 'not yet',
    });

    const person = await openEditor(suite.browser, suite.accord, docId, uk);
    expect(await person.page.getByTestId('integrity-banner').count()).toBe(0);
    await person.context.close();

    forgeApprovalRow(suite.accord.dataDir, docId, 'FR');

    const again = await openEditor(suite.browser, suite.accord, docId, uk);
    try {
      await again.page.getByTestId('integrity-banner').waitFor();
      expect(await again.page.getByTestId('integrity-banner').textContent()).toMatch(/does not verify/);
      const doc = await suite.accord.api<{ status: string; integrity: string }>(
        uk,
        'GET',
        `/api/docs/${docId}`,
      );
      expect(doc.body).toMatchObject({ status: 'drafting', integrity: 'broken' });
      expect(again.errors).toEqual([]);
    } finally {
      await again.context.close();
    }
  });
});
