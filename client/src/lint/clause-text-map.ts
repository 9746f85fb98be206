import { $clauseTextSpans, $isClauseNode, $readStatement, type ClauseView } from '@accord/statement';
import { $getRoot } from 'lexical';
import type { TextSegment } from './text-segments';

export interface MappedClause extends ClauseView {
  /** The clause element's node key, to find its DOM. */
  key: string;
  segments: TextSegment[];
}

/**
 * The statement as $readStatement sees it, plus where each clause's text lives in the editor (the
 * statement package's own walk, ST15). Call in read().
 */
export function $readMappedStatement(): MappedClause[] {
  const views = $readStatement();
  const clauses = $getRoot().getChildren().filter($isClauseNode);
  return views.map((view, i) => {
    const node = clauses[i]!;
    return { ...view, key: node.getKey(), segments: $clauseTextSpans(node) };
  });
}
