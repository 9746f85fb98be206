import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';
import { $createBracketNode, $isBracketNode, type BracketNode } from './bracket-node';
import { $isClauseNode, type ClauseNode } from './clause-node';

function $clauseOf(node: LexicalNode): ClauseNode | null {
  return $isClauseNode(node) ? node : $findMatchingParent(node, $isClauseNode);
}

function $isInBracket(node: LexicalNode): boolean {
  return $isBracketNode(node) || $findMatchingParent(node, $isBracketNode) !== null;
}

/**
 * ST10: brackets the current range selection for `delegation`. Refuses (false) a collapsed selection, one
 * spanning clauses, or one touching an existing bracket (brackets do not nest).
 */
export function $bracketSelection(delegation: string, alternatives: readonly string[] = []): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  const clause = $clauseOf(selection.anchor.getNode());
  if (clause === null || clause !== $clauseOf(selection.focus.getNode())) return false;
  if ($isInBracket(selection.anchor.getNode()) || $isInBracket(selection.focus.getNode())) return false;
  const picked = selection.extract().filter((node) => node.getParent()?.is(clause) === true);
  if (picked.length === 0 || picked.some($isInBracket)) return false;
  if (picked.every((node) => node.getTextContent() === '')) return false;
  const bracket = $createBracketNode(delegation, alternatives);
  picked[0]!.insertBefore(bracket);
  bracket.append(...picked);
  bracket.select(0, bracket.getChildrenSize());
  return true;
}

/** ST11: removes the bracket and keeps its text in place. */
export function $removeBracket(bracket: BracketNode): void {
  for (const child of bracket.getChildren()) bracket.insertBefore(child);
  bracket.remove();
}
