/** Where one Lexical text node sits inside a clause's rendered text (UTF-16 offsets, end exclusive). */
export interface TextSegment {
  key: string;
  start: number;
  end: number;
}

/** A piece of a text node: characters [from, to) of node `key`. */
export interface SegmentPiece {
  key: string;
  from: number;
  to: number;
}

/**
 * Maps a span of the clause's rendered text (as the linter saw it, brackets included) onto the text
 * nodes that hold it. Characters with no text node (the brackets themselves) are skipped, so a span
 * crossing a bracket comes back in several pieces.
 */
export function piecesForSpan(segments: readonly TextSegment[], start: number, end: number): SegmentPiece[] {
  const pieces: SegmentPiece[] = [];
  if (end <= start) return pieces;
  for (const seg of segments) {
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.end);
    if (from < to) pieces.push({ key: seg.key, from: from - seg.start, to: to - seg.start });
  }
  return pieces;
}
