import type { DocStateEvent } from '@accord/protocol';
import { describe, expect, it } from 'vitest';
import { shareDocState } from './share-doc-state';
import { sameBoard, sameDecisions } from './use-decided-state';

const approval = (state: 'approved' | 'pending', stale = false) => ({
  state,
  stale,
  at: '2026-12-01T10:00:00Z',
});

function docState(texts: string[], opts: { frStale?: boolean; suppressedIn?: string } = {}): DocStateEvent {
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
      approvals: { UK: approval('pending'), FR: approval('approved', i === 0 && opts.frStale) },
    })),
  } as unknown as DocStateEvent;
}

describe('sameDecisions (#18: the gutter skips the state resent after an edit)', () => {
  it('holds while only the text of an unsuppressed clause changed', () => {
    const prev = docState(['one', 'two', 'three']);
    const next = shareDocState(prev, docState(['one', 'two!', 'three']));
    expect(next).not.toBe(prev);
    expect(sameDecisions(prev, next)).toBe(true);
  });

  it('breaks when an approval went stale with the edit', () => {
    const prev = docState(['one', 'two']);
    const next = shareDocState(prev, docState(['one!', 'two'], { frStale: true }));
    expect(sameDecisions(prev, next)).toBe(false);
  });

  it('breaks when a suppressed clause’s text changed (its suppression may lapse)', () => {
    const prev = docState(['one', 'two'], { suppressedIn: 'c2' });
    expect(sameDecisions(prev, shareDocState(prev, docState(['one!', 'two'], { suppressedIn: 'c2' })))).toBe(
      true,
    );
    expect(sameDecisions(prev, shareDocState(prev, docState(['one', 'two!'], { suppressedIn: 'c2' })))).toBe(
      false,
    );
  });

  it('breaks when a clause is added', () => {
    const prev = docState(['one']);
    expect(sameDecisions(prev, shareDocState(prev, docState(['one', 'two'])))).toBe(false);
  });
});

describe('sameBoard (#18: the status board skips edits past a clause’s first words)', () => {
  const long = 'The parties reaffirm their commitment to an open, free, stable and secure cyberspace';
  it('holds while the edit leaves every excerpt as it was', () => {
    const prev = docState([long, 'two']);
    expect(sameBoard(prev, shareDocState(prev, docState([`${long} for all`, 'two'])))).toBe(true);
  });
  it('breaks when an excerpt changes', () => {
    const prev = docState([long, 'two']);
    expect(sameBoard(prev, shareDocState(prev, docState([long, 'two!'])))).toBe(false);
  });
});
