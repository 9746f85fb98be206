import { normaliseClauseText } from '@accord/statement';
import { type Author, normaliseAuthors, type Revision } from './revisions';
import { type DiffOp, wordDiff } from './word-diff';

/** A diff run with the people who made it (insertions and deletions; `equal` runs have none). */
export interface AttributedOp extends DiffOp {
  by?: Author[];
}

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
  const bounds = segmentBounds(segments);
  for (const op of wordDiff(first.text, last.text)) {
    if (op.op === 'equal') {
      ops.push({ ...op });
      toPos += op.text.length;
      basePos += op.text.length;
    } else if (op.op === 'insert') {
      ops.push({ ...op, by: insertersOf(bounds, toPos, toPos + op.text.length) });
      toPos += op.text.length;
    } else {
      const who: Author[] = [];
      for (let i = basePos; i < basePos + op.text.length; i++) who.push(...(deletedBy[i] ?? []));
      ops.push({ ...op, by: normaliseAuthors(who) });
      basePos += op.text.length;
    }
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

function segmentBounds(segments: Segment[]) {
  let pos = 0;
  return segments.map((s) => {
    const b = { start: pos, end: pos + s.text.length, by: s.by };
    pos = b.end;
    return b;
  });
}

function insertersOf(bounds: ReturnType<typeof segmentBounds>, start: number, end: number): Author[] {
  const who: Author[] = [];
  for (const b of bounds) {
    if (b.end <= start || b.start >= end) continue;
    if (b.by) who.push(...b.by);
  }
  return normaliseAuthors(who);
}
