import { createHeadlessEditor } from '@lexical/headless';
import {
  type Binding,
  createYjsBinding,
  type Provider,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
} from '@lexical/yjs';
import {
  $createLineBreakNode,
  $createTextNode,
  $getRoot,
  $isTextNode,
  COLLABORATION_TAG,
  type LexicalNode,
  SKIP_COLLAB_TAG,
} from 'lexical';
import { type Doc, type Text, type Transaction, UndoManager, type YEvent } from 'yjs';
import { $createClauseNode, $isClauseNode, type ClauseNode } from './clause-node';
import { STATEMENT_NODES } from './nodes';
import { $readStatement, type ClauseView } from './read';
import { registerStatement } from './register';

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

// The server has no awareness or cursors; the binding still wants a provider to talk to.
function createSilentProvider(): Provider {
  return {
    awareness: {
      getLocalState: () => null,
      getStates: () => new Map(),
      off: () => {},
      on: () => {},
      setLocalState: () => {},
      setLocalStateField: () => {},
    },
    connect: () => {},
    disconnect: () => {},
    off: () => {},
    on: () => {},
  };
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
  const provider = createSilentProvider();
  const binding: Binding = createYjsBinding({
    editor,
    id: 'statement',
    doc,
    docMap: new Map([['statement', doc]]),
  });
  const sharedRoot = binding.root.getSharedType();

  // Load what the doc already holds: the same walk the binding does for a newly synced element.
  editor.update(
    () => {
      binding.root.applyChildrenYjsDelta(binding, sharedRoot.toDelta());
      binding.root.syncChildrenFromYjs(binding);
    },
    { discrete: true, skipTransforms: true, tag: COLLABORATION_TAG },
  );

  const onYjsChanges = (events: YEvent<Text>[], transaction: Transaction): void => {
    if (transaction.origin === binding) return;
    syncYjsChangesToLexical(binding, provider, events, transaction.origin instanceof UndoManager, () => {});
  };
  sharedRoot.observeDeep(onYjsChanges);
  const unregisterSync = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      if (tags.has(SKIP_COLLAB_TAG)) return;
      syncLexicalUpdateToYjs(
        binding,
        provider,
        prevEditorState,
        editorState,
        dirtyElements,
        dirtyLeaves,
        normalizedNodes,
        tags,
      );
    },
  );

  // Remote changes reach Lexical as a queued (non-discrete) update; commit it before reading or writing so
  // a local write is never folded into an update tagged as coming from collaboration (which is not synced).
  const flush = (): void => editor.read(() => undefined);
  let destroyed = false;
  const write = (fn: () => void): void => {
    if (destroyed) throw new Error('HeadlessStatement used after destroy()');
    flush();
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
      flush();
      sharedRoot.unobserveDeep(onYjsChanges);
      unregisterSync();
      unregisterStatement();
    },
  };
}
