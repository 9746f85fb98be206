import type { CommuniqueBracket } from './input';

/**
 * A piece of paragraph text. `text` is the clause's own words; `bracket` is a span some
 * delegation has put in square brackets (the brackets are part of the text); `wrap` is the
 * "[" or "]" the communiqué adds around a whole clause that is not agreed.
 */
export type Run =
  | { kind: 'text'; text: string }
  | { kind: 'bracket'; text: string; delegations: string[] }
  | { kind: 'wrap'; text: '[' | ']' };

/** Splits a clause into plain and bracketed runs; overlapping or touching spans merge into one. */
export function splitRuns(text: string, brackets: readonly CommuniqueBracket[]): Run[] {
  const spans = [...brackets]
    .map((b) => ({
      start: Math.min(b.start, text.length),
      end: Math.min(b.end, text.length),
      who: b.delegation,
    }))
    .filter((b) => b.end > b.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number; who: string[] }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      if (span.who && !last.who.includes(span.who)) last.who.push(span.who);
    } else {
      merged.push({ start: span.start, end: span.end, who: span.who ? [span.who] : [] });
    }
  }
  const runs: Run[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) runs.push({ kind: 'text', text: text.slice(at, span.start) });
    runs.push({ kind: 'bracket', text: text.slice(span.start, span.end), delegations: span.who });
    at = span.end;
  }
  if (at < text.length || runs.length === 0) runs.push({ kind: 'text', text: text.slice(at) });
  return runs;
}
