import type { DocStateEvent } from '@accord/protocol';

type Decision = { state: 'approved' | 'pending'; stale?: boolean };

/**
 * Test fixture: a live state of `texts` as clauses c1, c2, … between the UK (pending everywhere) and France
 * (`fr(i)` for clause i; pending by default), optionally with a suppression in one clause.
 */
export function docStateFixture(
  texts: string[],
  opts: { fr?: (i: number) => Decision; suppressedIn?: string } = {},
): DocStateEvent {
  const approval = ({ state, stale = false }: Decision) => ({ state, stale, at: '2026-12-01T10:00:00Z' });
  return {
    type: 'state',
    docId: 'd1',
    parties: ['UK', 'FR'],
    status: 'drafting',
    summary: {},
    blockers: [],
    suppressions: opts.suppressedIn
      ? [{ id: 's1', clauseId: opts.suppressedIn, ruleId: 'R', start: 0, end: 1, policy: 'ALL', hash: 'h' }]
      : [],
    clauses: texts.map((text, i) => ({
      id: `c${i + 1}`,
      index: i + 1,
      text,
      hash: `h:${text}`,
      bracketed: false,
      approvals: { UK: approval({ state: 'pending' }), FR: approval(opts.fr?.(i) ?? { state: 'pending' }) },
    })),
  } as unknown as DocStateEvent;
}
