import type { LexicalEditor } from 'lexical';
import type { MappedClause } from './clause-text-map';
import { piecesForSpan } from './text-segments';
import type { LocatedFinding } from './visible-findings';

function firstTextNode(element: HTMLElement): Text | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** DOM ranges covering one finding, built from the editor's current DOM (one per text node it spans). */
export function rangesForFinding(
  editor: LexicalEditor,
  clause: MappedClause,
  finding: LocatedFinding,
): Range[] {
  const ranges: Range[] = [];
  for (const piece of piecesForSpan(clause.segments, finding.start, finding.end)) {
    const element = editor.getElementByKey(piece.key);
    const text = element ? firstTextNode(element) : null;
    if (!text || piece.to > text.length) continue;
    const range = document.createRange();
    range.setStart(text, piece.from);
    range.setEnd(text, piece.to);
    ranges.push(range);
  }
  return ranges;
}

export function rectsContain(ranges: readonly Range[], x: number, y: number): DOMRect | null {
  for (const range of ranges) {
    for (const rect of range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 2) return rect;
    }
  }
  return null;
}
