import { type Klass, type LexicalNode, type LexicalNodeReplacement, ParagraphNode } from 'lexical';
import { BracketNode } from './bracket-node';
import { $createClauseNode, ClauseNode } from './clause-node';

/** ST4: everything an editor config needs; every paragraph Lexical creates (Enter, paste) is a clause. */
export const STATEMENT_NODES: Array<Klass<LexicalNode> | LexicalNodeReplacement> = [
  ClauseNode,
  BracketNode,
  { replace: ParagraphNode, with: () => $createClauseNode(), withKlass: ClauseNode },
];
