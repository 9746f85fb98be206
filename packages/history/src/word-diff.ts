import { normaliseClauseText } from '@accord/statement';
import { diffArrays, diffWordsWithSpace } from 'diff';

export type DiffOpKind = 'equal' | 'insert' | 'delete';

/** One run of a word diff; `text` carries its own whitespace (HI1). */
export interface DiffOp {
  op: DiffOpKind;
  text: string;
}

/**
 * HI1/HI2: a word-granular diff of two clause texts, both taken in the normalised form the clause
 * hash is computed on. Whitespace is a token of its own, so the `equal` and `delete` texts
 * concatenate to the normalised `from` text and the `equal` and `insert` texts to the normalised
 * `to` text. Adjacent runs of one kind are merged; empty runs never appear.
 */
export function wordDiff(from: string, to: string): DiffOp[] {
  const a = normaliseClauseText(from);
  const b = normaliseClauseText(to);
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  if (!a) return [{ op: 'insert', text: b }];
  if (!b) return [{ op: 'delete', text: a }];
  const changes = diffWordsWithSpace(a, b);
  const ops: DiffOp[] = [];
  for (const c of changes) {
    const op: DiffOpKind = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    push(ops, op, c.value);
  }
  return ops;
}

function push(ops: DiffOp[], op: DiffOpKind, text: string): void {
  if (!text) return;
  const last = ops.at(-1);
  if (last && last.op === op) last.text += text;
  else ops.push({ op, text });
}

/** HI2: the text a diff was taken from (`equal` + `delete`). */
export function fromText(ops: readonly DiffOp[]): string {
  return ops
    .filter((o) => o.op !== 'insert')
    .map((o) => o.text)
    .join('');
}

/** HI2: the text a diff leads to (`equal` + `insert`). */
export function toText(ops: readonly DiffOp[]): string {
  return ops
    .filter((o) => o.op !== 'delete')
    .map((o) => o.text)
    .join('');
}

/** The common subsequence of two id lists (jsdiff's array diff): what stayed in order. */
export function commonInOrder(from: readonly string[], to: readonly string[]): Set<string> {
  const kept = new Set<string>();
  for (const c of diffArrays([...from], [...to])) {
    if (!c.added && !c.removed) for (const id of c.value) kept.add(id);
  }
  return kept;
}
