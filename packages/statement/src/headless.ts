import { createHeadlessEditor } from '@lexical/headless';
import { $createLineBreakNode, $createTextNode, $getRoot, $isTextNode, type LexicalNode } from 'lexical';
import type { Doc } from 'yjs';
import { $createClauseNode, $isClauseNode, type ClauseNode } from './clause-node';
import { STATEMENT_NODES } from './nodes';
import { $readStatement, type ClauseView } from './read';
import { registerStatement } from './register';
import { connectEditorToDoc } from './yjs-connection';

export interface HeadlessStatement {
  /** ST12: the clauses as every connected editor sees them, including remote changes just applied. */
  read(): ClauseView[];
  /** ST13: replaces the clause's content with plain text; false when no clause has that id. */
  setClauseText(clauseId: string, text: string): boolean;
  /** ST13: appends one clause per text; returns their new ids. */
  appendClauses(texts: string[]): string[];
  /** Detaches from the doc; the doc itself is untouched. */
  destroy(): void;
}

export interface HeadlessStatementOptions {
  newId?: () => string;
  onError?: (e: Error) => void;
}

function $plainTextNodes(text: string): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push($createLineBreakNode());
    if (line !== '') nodes.push($createTextNode(line));
  });
  return nodes;
}

function $setClausePlainText(clause: ClauseNode, text: string): void {
  const children = clause.getChildren();
  const only = children[0];
  // Editing the one text node in place lets the binding send a minimal Yjs diff, so a concurrent
  // keystroke elsewhere in the clause survives the replacement.
  if (children.length === 1 && $isTextNode(only) && only.isSimpleText() && !text.includes('\n')) {
    if (text === '') only.remove();
    else only.setTextContent(text);
    return;
  }
  clause.clear();
  clause.append(...$plainTextNodes(text));
}

function $findClause(clauseId: string): ClauseNode | null {
  for (const child of $getRoot().getChildren()) {
    if ($isClauseNode(child) && child.getClauseId() === clauseId) return child;
  }
  return null;
}

/**
 * A headless Lexical editor bound to `doc.get('root', Y.XmlText)` exactly as the browser's
 * CollaborationPlugin binds it, so server and browsers read and write the same nodes.
 */
export function createHeadlessStatement(doc: Doc, options: HeadlessStatementOptions = {}): HeadlessStatement {
  const onError =
    options.onError ??
    ((error: Error) => {
      throw error;
    });
  const editor = createHeadlessEditor({ namespace: 'accord-statement', nodes: STATEMENT_NODES, onError });
  const unregisterStatement = registerStatement(editor, options.newId ? { newId: options.newId } : {});
  const connection = connectEditorToDoc(editor, doc);
  let destroyed = false;
  // Flushing first keeps a local write out of a queued update tagged as collaboration, which the
  // binding would not send back to Yjs.
  const write = (fn: () => void): void => {
    if (destroyed) throw new Error('HeadlessStatement used after destroy()');
    connection.flush();
    editor.update(fn, { discrete: true });
  };

  return {
    read() {
      return editor.read($readStatement);
    },
    setClauseText(clauseId, text) {
      let found = false;
      write(() => {
        const clause = $findClause(clauseId);
        if (clause === null) return;
        found = true;
        $setClausePlainText(clause, text);
      });
      return found;
    },
    appendClauses(texts) {
      const ids: string[] = [];
      write(() => {
        const root = $getRoot();
        for (const text of texts) {
          const clause = $createClauseNode();
          clause.append(...$plainTextNodes(text));
          root.append(clause);
          ids.push(clause.getClauseId());
        }
      });
      return ids;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      connection.disconnect();
      unregisterStatement();
    },
  };
}
