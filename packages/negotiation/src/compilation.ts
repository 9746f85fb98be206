import { wordDiff } from '@accord/history';

/**
 * NG15: what an amendment changes, as negotiators print it in a compilation text:
 * `[FR: replace 'condemn' with 'strongly condemn']`. The quoted spans are the smallest run of
 * words that differs (a pure insertion or deletion takes the word before it, or after it at the
 * start, so that something is always replaced); whole texts when everything differs.
 */
export function compilationLine(delegation: string, from: string, to: string): string {
  const { replaced, by } = changedSpan(from, to);
  return `[${delegation}: replace '${replaced}' with '${by}']`;
}

/** The smallest differing word run of two texts (see `compilationLine`), trimmed. */
export function changedSpan(from: string, to: string): { replaced: string; by: string } {
  const ops = wordDiff(from, to);
  const first = ops.findIndex((o) => o.op !== 'equal');
  if (first < 0) return { replaced: '', by: '' };
  const lo = first;
  const hi = ops.findLastIndex((o) => o.op !== 'equal');
  const side = (keep: 'delete' | 'insert') =>
    ops
      .slice(lo, hi + 1)
      .filter((o) => o.op === 'equal' || o.op === keep)
      .map((o) => o.text)
      .join('');
  let replaced = side('delete');
  let by = side('insert');
  if (replaced.trim() && by.trim()) return { replaced: replaced.trim(), by: by.trim() };
  // Pure insertion or deletion: take in the neighbouring word so the line still "replaces".
  const before = lo > 0 ? ops[lo - 1]!.text : '';
  const after = hi < ops.length - 1 ? ops[hi + 1]!.text : '';
  const lastWord = /(\S+)(\s*)$/.exec(before);
  const firstWord = /^(\s*)(\S+)/.exec(after);
  if (lastWord) {
    const ctx = lastWord[0];
    replaced = ctx + replaced;
    by = ctx + by;
  } else if (firstWord) {
    const ctx = firstWord[0];
    replaced += ctx;
    by += ctx;
  }
  return { replaced: replaced.trim(), by: by.trim() };
}
