import { $isBracketNode, $isClauseNode, $readStatement, type ClauseView } from '@accord/statement';
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical';
import type { TextSegment } from './text-segments';

export interface MappedClause extends ClauseView {
  /** The clause element's node key, to find its DOM. */
  key: string;
  segments: TextSegment[];
}

// Mirrors $renderClause's walk (brackets add "[" and "]"), recording where each text node lands.
function walk(node: LexicalNode, state: { offset: number; segments: TextSegment[] }): void {
  if ($isBracketNode(node)) {
    state.offset += 1;
    for (const child of node.getChildren()) walk(child, state);
    state.offset += 1;
  } else if ($isElementNode(node)) {
    for (const child of node.getChildren()) walk(child, state);
  } else {
    const length = node.getTextContentSize();
    if ($isTextNode(node))
      state.segments.push({ key: node.getKey(), start: state.offset, end: state.offset + length });
    state.offset += length;
  }
}

/** The statement as $readStatement sees it, plus where each clause's text lives in the editor. Call in read(). */
export function $readMappedStatement(): MappedClause[] {
  const views = $readStatement();
  const clauses = $getRoot().getChildren().filter($isClauseNode);
  return views.map((view, i) => {
    const node = clauses[i]!;
    const state = { offset: 0, segments: [] as TextSegment[] };
    walk(node, state);
    return { ...view, key: node.getKey(), segments: state.segments };
  });
}
