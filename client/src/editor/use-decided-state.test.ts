import type { DocStateEvent } from '@accord/protocol';
import { describe, expect, it } from 'vitest';
import { docStateFixture } from './doc-state-fixture';
import { shareDocState } from './share-doc-state';
import { keptWorkspaceState, sameBoard, sameDecisions } from './use-decided-state';

const docState = (texts: string[], opts: { frStale?: boolean; suppressedIn?: string } = {}): DocStateEvent =>
  docStateFixture(texts, {
    fr: (i) => ({ state: 'approved', stale: i === 0 && opts.frStale === true }),
    ...(opts.suppressedIn ? { suppressedIn: opts.suppressedIn } : {}),
  });

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

describe('keptWorkspaceState (#18: the state resent after a keystroke renders no workspace)', () => {
  const long = 'The parties reaffirm their commitment to an open, free, stable and secure cyberspace';
  it('keeps the previous state while the status board would show the same', () => {
    const prev = docState([long, 'two']);
    expect(keptWorkspaceState(prev, docState([`${long} for all`, 'two']))).toBe(prev);
  });
  it('takes the new state, sharing what did not change, when a decision or an excerpt changed', () => {
    const prev = docState([long, 'two']);
    const staled = keptWorkspaceState(prev, docState([`${long} for all`, 'two'], { frStale: true }));
    expect(staled).not.toBe(prev);
    expect(staled.clauses[0]?.approvals.FR?.stale).toBe(true);
    expect(staled.clauses[1]).toBe(prev.clauses[1]);
    const retitled = keptWorkspaceState(prev, docState([long, 'two!']));
    expect(retitled.clauses[1]?.text).toBe('two!');
  });
  it('takes the first state and another document’s state as they are', () => {
    const first = docState(['one']);
    expect(keptWorkspaceState(null, first)).toBe(first);
    const other = { ...docState(['one']), docId: 'd2' };
    expect(keptWorkspaceState(first, other)).toBe(other);
  });
});
