import { clauseHash } from '@accord/statement';
import { describe, expect, it } from 'vitest';
import { coalesce, normaliseAuthors, planRevisions, revisionOf, type StoredRevision } from './revisions';

const UK = { delegation: 'UK', name: 'Alice' };
const FR = { delegation: 'FR', name: 'Camille' };
const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, s)).toISOString();
const clause = (id: string, text: string) => ({ id, text, hash: clauseHash(text) });
const stored = (
  id: number,
  clauseId: string,
  text: string,
  at: string,
  by = [UK],
  first = false,
): StoredRevision => ({
  id,
  clauseId,
  ...revisionOf(text, at, by),
  ...(first ? { first } : {}),
});

const plan = (
  last: StoredRevision[],
  clauses: ReturnType<typeof clause>[],
  authors = [UK],
  at = t(3),
  pinned: (clauseId: string, hash: string) => boolean = () => false,
) =>
  planRevisions({
    last: new Map(last.map((r) => [r.clauseId, r])),
    clauses,
    authors,
    at,
    burstMs: 5000,
    pinned,
  });

describe('revision planning', () => {
  it('HI3: authors are listed once each, in a stable order', () => {
    expect(normaliseAuthors([UK, FR, UK])).toEqual([FR, UK]);
  });

  it('HI5: an unchanged clause stores nothing; a changed one a revision by the batch authors', () => {
    const last = [stored(1, 'c1', 'one', t(0), [FR]), stored(2, 'c2', 'two', t(0), [FR])];
    const plans = plan(last, [clause('c1', 'one'), clause('c2', 'two more')]);
    expect(plans).toEqual([
      {
        kind: 'append',
        clauseId: 'c2',
        revision: { at: t(3), text: 'two more', hash: clauseHash('two more'), by: [UK] },
      },
    ]);
  });

  it('HI5: a clause without any revision gets its first one', () => {
    expect(plan([], [clause('c9', 'new')])[0]).toMatchObject({ kind: 'append', clauseId: 'c9' });
  });

  it('HI4: the same author within the burst window replaces the newest revision', () => {
    const plans = plan([stored(7, 'c1', 'one', t(0))], [clause('c1', 'one two')]);
    expect(plans[0]).toMatchObject({ kind: 'replace', id: 7 });
  });

  it('HI4: another author, a pause, a decision or the text at creation end the burst', () => {
    const last = stored(7, 'c1', 'one', t(0));
    expect(plan([last], [clause('c1', 'x')], [FR])[0]!.kind).toBe('append');
    expect(plan([last], [clause('c1', 'x')], [UK], t(6))[0]!.kind).toBe('append');
    expect(plan([last], [clause('c1', 'x')], [UK], t(3), (_c, h) => h === last.hash)[0]!.kind).toBe('append');
    expect(plan([stored(1, 'c1', 'one', t(0), [UK], true)], [clause('c1', 'x')])[0]!.kind).toBe('append');
    expect(plan([last], [clause('c1', 'x')], [UK, FR])[0]!.kind).toBe('append');
  });

  it("HI4: coalesce folds one author's burst of stored revisions but keeps the first text", () => {
    const revs = [
      revisionOf('a', t(0), [UK]),
      revisionOf('a b', t(1), [UK]),
      revisionOf('a b c', t(2), [UK]),
      revisionOf('a b c d', t(3), [FR]),
      revisionOf('a b c d e', t(20), [FR]),
    ];
    expect(coalesce(revs).map((r) => r.text)).toEqual(['a', 'a b c', 'a b c d', 'a b c d e']);
  });
});
