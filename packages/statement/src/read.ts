import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical';
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

/** Where one Lexical text node's characters sit in ClauseView.text (UTF-16 offsets, end exclusive). */
export interface TextNodeSpan {
  /** The text node's key in the editor that rendered it. */
  key: string;
  start: number;
  end: number;
}

interface RenderOut {
  text: string;
  brackets: BracketView[];
  spans?: TextNodeSpan[];
}

function renderInto(node: LexicalNode, out: RenderOut): void {
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
    const text = node.getTextContent();
    if (out.spans && $isTextNode(node)) {
      out.spans.push({ key: node.getKey(), start: out.text.length, end: out.text.length + text.length });
    }
    out.text += text;
  }
}

/** ST7: the clause's text with each bracket rendered as "[…]", and where each bracket stands. */
export function $renderClause(clause: ClauseNode): { text: string; brackets: BracketView[] } {
  const out = { text: '', brackets: [] as BracketView[] };
  renderInto(clause, out);
  out.brackets.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * ST15: where each text node of the clause lands in its rendered text (the same walk as
 * $renderClause, brackets included), for mapping offsets of that text back onto the editor.
 */
export function $clauseTextSpans(clause: ClauseNode): TextNodeSpan[] {
  const out: RenderOut = { text: '', brackets: [], spans: [] };
  renderInto(clause, out);
  return out.spans ?? [];
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
