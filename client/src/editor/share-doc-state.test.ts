import type { DocStateEvent } from '@accord/protocol';
import { describe, expect, it } from 'vitest';
import { docStateFixture } from './doc-state-fixture';
import { decisionsKey, same, shareDocState } from './share-doc-state';

const docState = (texts: string[], fr: 'approved' | 'pending' = 'pending'): DocStateEvent =>
  docStateFixture(texts, { fr: (i) => ({ state: i === 0 ? fr : 'pending' }) });

describe('same (structural equality of JSON values)', () => {
  it('compares nested objects and arrays by value, ignoring key order and undefined members', () => {
    expect(same({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(same({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(same({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(same({ a: 1 }, { a: '1' })).toBe(false);
    expect(same([], {})).toBe(false);
    expect(same({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});

describe('shareDocState (#18: an edit resends the whole state)', () => {
  it('keeps the objects of every clause the edit did not touch', () => {
    const prev = docState(['one', 'two', 'three']);
    const next = shareDocState(prev, docState(['one', 'two!', 'three']));
    expect(next.clauses[0]).toBe(prev.clauses[0]);
    expect(next.clauses[2]).toBe(prev.clauses[2]);
    expect(next.clauses[1]).not.toBe(prev.clauses[1]);
    expect(next.clauses[1]!.approvals).toBe(prev.clauses[1]!.approvals);
    expect(next.parties).toBe(prev.parties);
  });

  it('keeps the object of a clause that moved, found by its id', () => {
    const prev = docState(['one', 'two', 'three']);
    const moved = docState(['one', 'two', 'three']);
    moved.clauses = [
      moved.clauses[0]!,
      { ...moved.clauses[2]!, index: 3 },
      { ...moved.clauses[1]!, index: 2 },
    ];
    const next = shareDocState(prev, moved);
    expect(next.clauses[0]).toBe(prev.clauses[0]);
    expect(next.clauses[1]).toBe(prev.clauses[2]);
    expect(next.clauses[2]).toBe(prev.clauses[1]);
    expect(next).not.toBe(prev);
  });

  it('returns the previous state when nothing changed', () => {
    const prev = docState(['one', 'two']);
    expect(shareDocState(prev, docState(['one', 'two']))).toBe(prev);
  });
});

describe('decisionsKey', () => {
  it('changes with a decision, not with a text edit', () => {
    const base = docState(['one', 'two']);
    const edited = shareDocState(base, docState(['one', 'two, edited']));
    const decided = shareDocState(edited, docState(['one', 'two, edited'], 'approved'));
    expect(decisionsKey(edited)).toBe(decisionsKey(base));
    expect(decisionsKey(decided)).not.toBe(decisionsKey(edited));
  });

  it('is the key of the decisions, whichever state was keyed before', () => {
    const base = docState(['one', 'two']);
    const fresh = (s: DocStateEvent) => decisionsKey(JSON.parse(JSON.stringify(s)) as DocStateEvent);
    const edited = shareDocState(base, docState(['one', 'two, edited']));
    const decided = shareDocState(edited, docState(['one', 'two, edited'], 'approved'));
    // Keyed in turn (the shortcut for shared parts): each key is the one of a fresh copy of its state.
    for (const state of [base, edited, decided, edited, base, decided])
      expect(decisionsKey(state)).toBe(fresh(state));
    const moved = shareDocState(decided, { ...decided, status: 'agreed' });
    expect(decisionsKey(moved)).not.toBe(decisionsKey(decided));
    expect(decisionsKey(moved)).toBe(fresh(moved));
  });
});
