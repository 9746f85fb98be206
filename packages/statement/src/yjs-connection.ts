import {
  type Binding,
  createYjsBinding,
  type Provider,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
} from '@lexical/yjs';
import { COLLABORATION_TAG, type LexicalEditor, SKIP_COLLAB_TAG } from 'lexical';
import { type Doc, type Text, type Transaction, UndoManager, type YEvent } from 'yjs';

export interface EditorDocConnection {
  /** Commits Lexical's queued copy of remote changes, so reads and writes see them. */
  flush(): void;
  /** Stops syncing in both directions; neither the editor's content nor the doc changes. */
  disconnect(): void;
}

// Headless peers have no awareness or cursors; the binding still wants a provider to talk to.
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

/**
 * ST12: binds an editor (built with STATEMENT_NODES, empty) to `doc.get('root', Y.XmlText)` the way the
 * browser's CollaborationPlugin does: Yjs events → syncYjsChangesToLexical, Lexical updates →
 * syncLexicalUpdateToYjs. Content already in the doc is loaded first. Local writes must be discrete
 * updates made after flush() for the doc to hold them when the update call returns.
 */
export function connectEditorToDoc(editor: LexicalEditor, doc: Doc): EditorDocConnection {
  const provider = createSilentProvider();
  const binding: Binding = createYjsBinding({
    editor,
    id: 'statement',
    doc,
    docMap: new Map([['statement', doc]]),
  });
  const sharedRoot = binding.root.getSharedType();

  // The same walk the binding performs for an element that arrives from a peer.
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
  const unregisterUpdates = editor.registerUpdateListener(
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

  const flush = (): void => editor.read(() => undefined);
  return {
    flush,
    disconnect() {
      flush();
      sharedRoot.unobserveDeep(onYjsChanges);
      unregisterUpdates();
    },
  };
}
