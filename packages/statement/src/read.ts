import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { $isBracketNode } from './bracket-node';
import { $isClauseNode, type ClauseNode } from './clause-node';
import { clauseHash } from './text';

export interface BracketView {
  delegation: string;
  /** The bracketed text, without the brackets. */
  text: string;
  /** UTF-16 offsets into ClauseView.text covering "[" + text + "]". */
  start: number;
  end: number;
  alternatives: string[];
}

export interface ClauseView {
  id: string;
  /** 1-based position in document order. */
  index: number;
  text: string;
  hash: string;
  brackets: BracketView[];
}

function renderInto(node: LexicalNode, out: { text: string; brackets: BracketView[] }): void {
  if ($isBracketNode(node)) {
    const start = out.text.length;
    out.text += '[';
    const innerStart = out.text.length;
    for (const child of node.getChildren()) renderInto(child, out);
    const text = out.text.slice(innerStart);
    out.text += ']';
    out.brackets.push({
      delegation: node.getDelegation(),
      text,
      start,
      end: out.text.length,
      alternatives: [...node.getAlternatives()],
    });
  } else if ($isElementNode(node)) {
    for (const child of node.getChildren()) renderInto(child, out);
  } else {
    out.text += node.getTextContent();
  }
}

/** ST7: the clause's text with each bracket rendered as "[…]", and where each bracket stands. */
export function $renderClause(clause: ClauseNode): { text: string; brackets: BracketView[] } {
  const out = { text: '', brackets: [] as BracketView[] };
  renderInto(clause, out);
  out.brackets.sort((a, b) => a.start - b.start);
  return out;
}

/** ST7: the statement as every reader (server, client, export) sees it. Call inside read()/update(). */
export function $readStatement(): ClauseView[] {
  const views: ClauseView[] = [];
  for (const child of $getRoot().getChildren()) {
    if (!$isClauseNode(child)) continue;
    const { text, brackets } = $renderClause(child);
    views.push({ id: child.getClauseId(), index: views.length + 1, text, hash: clauseHash(text), brackets });
  }
  return views;
}
