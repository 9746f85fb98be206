import type { CommentAnchorView } from '@accord/protocol';
import * as Y from 'yjs';

/**
 * Span anchors that follow the text (NG4): Yjs relative positions inside the clause's own shared
 * text (the Lexical binding keeps each clause as a Y.XmlText embedded in the root, its text inline),
 * base64-encoded for the server, which stores them as they are.
 */
function clauseText(doc: Y.Doc, clauseIndex: number): Y.XmlText | undefined {
  const root = doc.get('root', Y.XmlText);
  let n = 0;
  for (const part of root.toDelta() as { insert: unknown }[]) {
    if (part.insert instanceof Y.XmlText) {
      n += 1;
      if (n === clauseIndex) return part.insert;
    }
  }
  return undefined;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** Anchors `start..end` of clause number `clauseIndex` (1-based); undefined if it cannot be found. */
export function anchorSpan(
  doc: Y.Doc,
  clauseIndex: number,
  start: number,
  end: number,
): CommentAnchorView | undefined {
  const text = clauseText(doc, clauseIndex);
  if (!text || end > text.length) return undefined;
  const rel = (i: number) =>
    toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, i)));
  return { start: rel(start), end: rel(end) };
}

/** Where an anchored span is now, as offsets into its clause; undefined when its text was deleted. */
export function resolveAnchor(
  doc: Y.Doc,
  anchor: CommentAnchorView,
): { start: number; end: number } | undefined {
  try {
    const abs = (s: string) =>
      Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(fromBase64(s)), doc);
    const a = abs(anchor.start);
    const b = abs(anchor.end);
    if (!a || !b || a.type !== b.type) return undefined;
    return { start: Math.min(a.index, b.index), end: Math.max(a.index, b.index) };
  } catch {
    return undefined;
  }
}
