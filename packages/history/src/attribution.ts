import { normaliseClauseText } from '@accord/statement';
import { type Author, normaliseAuthors, type Revision, sameAuthors } from './revisions';
import { type DiffOp, wordDiff } from './word-diff';

/** A diff run with the people who made it (insertions and deletions; `equal` runs have none). */
export interface AttributedOp extends DiffOp {
  by?: Author[];
}

const NOBODY: Author[] = [];

interface Segment {
  text: string;
  /** Who inserted it; null for text already in the base. */
  by: Author[] | null;
  /** Offset of this text in the base (base segments only). */
  baseStart: number;
}

/**
 * HI6: the diff from the first text of `chain` to its last, each insertion and deletion marked with
 * the authors of the revisions that made it. `chain` is oldest first; every step is diffed word by
 * word and the inserted words carry that step's authors forward, so a word typed by FR and kept by
 * everyone after is FR's. A deletion of base text is marked with whoever removed it.
 */
export function attributedDiff(chain: readonly Revision[]): AttributedOp[] {
  const first = chain[0];
  const last = chain.at(-1);
  if (!first || !last) return [];
  const base = normaliseClauseText(first.text);
  let segments: Segment[] = base ? [{ text: base, by: null, baseStart: 0 }] : [];
  // deletedBy[i]: who removed base character i (last remover wins).
  const deletedBy: (Author[] | undefined)[] = new Array(base.length);
  for (let k = 1; k < chain.length; k++) {
    const prev = chain[k - 1]!;
    const next = chain[k]!;
    if (prev.hash === next.hash) continue;
    segments = step(segments, wordDiff(prev.text, next.text), next.by, deletedBy);
  }
  const ops: AttributedOp[] = [];
  let toPos = 0;
  let basePos = 0;
  // Who inserted each character of the final text (null: it was in the base).
  const insertedBy: (Author[] | null)[] = [];
  for (const seg of segments) for (let i = 0; i < seg.text.length; i++) insertedBy.push(seg.by);
  for (const op of wordDiff(first.text, last.text)) {
    const len = op.text.length;
    if (op.op === 'equal') {
      ops.push({ ...op });
      basePos += len;
      toPos += len;
      continue;
    }
    // Split the run where its authors change, so adjacent insertions by two people stay apart.
    const whoAt =
      op.op === 'insert'
        ? (i: number) => insertedBy[toPos + i] ?? NOBODY
        : (i: number) => deletedBy[basePos + i] ?? NOBODY;
    let start = 0;
    let current = whoAt(0);
    for (let i = 1; i <= len; i++) {
      const next = i < len ? whoAt(i) : null;
      if (next && (next === current || sameAuthors(next, current))) continue;
      ops.push({ op: op.op, text: op.text.slice(start, i), by: normaliseAuthors(current) });
      start = i;
      if (next) current = next;
    }
    if (op.op === 'insert') toPos += len;
    else basePos += len;
  }
  return ops;
}

function step(
  segments: Segment[],
  ops: readonly DiffOp[],
  by: readonly Author[],
  deletedBy: (Author[] | undefined)[],
): Segment[] {
  const out: Segment[] = [];
  let i = 0; // segment index
  let off = 0; // offset inside segments[i]
  const take = (n: number, keep: boolean) => {
    while (n > 0) {
      const s = segments[i];
      if (!s) return;
      const len = Math.min(n, s.text.length - off);
      const part = s.text.slice(off, off + len);
      if (keep) out.push({ text: part, by: s.by, baseStart: s.baseStart + off });
      else if (s.by === null) {
        for (let c = 0; c < len; c++) deletedBy[s.baseStart + off + c] = [...by];
      }
      n -= len;
      off += len;
      if (off >= s.text.length) {
        i++;
        off = 0;
      }
    }
  };
  for (const op of ops) {
    if (op.op === 'insert') out.push({ text: op.text, by: [...by], baseStart: -1 });
    else take(op.text.length, op.op === 'equal');
  }
  return out;
}
