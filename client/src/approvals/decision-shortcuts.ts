import { $isClauseNode } from '@accord/statement';
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { DecisionRequest } from './roving-focus';

/** Alt+Shift+A / O / R: approve, object to or reserve on the clause at the caret (#18). */
export const DECISION_SHORTCUTS: Record<string, DecisionRequest['choice']> = {
  KeyA: 'approved',
  KeyO: 'objection',
  KeyR: 'reserve',
};

export const SHORTCUT_HELP =
  'Alt+Shift+A approve, Alt+Shift+O object, Alt+Shift+R reserve the clause at the caret';

/** The id of the clause holding the caret, if any. */
export function clauseAtCaret(editor: LexicalEditor): string | null {
  // The DOM selection first: Lexical adopts it on the next selectionchange, a key may come sooner.
  const root = editor.getRootElement();
  const anchor = typeof window === 'undefined' ? null : window.getSelection()?.anchorNode;
  const element = anchor instanceof Element ? anchor : anchor?.parentElement;
  const clause = element?.closest('[data-clause-id]');
  if (root && clause && root.contains(clause)) return clause.getAttribute('data-clause-id');
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return null;
    const top = selection.anchor.getNode().getTopLevelElement();
    return $isClauseNode(top) ? top.getClauseId() : null;
  });
}

export function useDecisionShortcuts(
  editor: LexicalEditor,
  enabled: boolean,
  onRequest: (request: DecisionRequest) => void,
): void {
  useEffect(() => {
    if (!enabled) return;
    let seq = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const choice = DECISION_SHORTCUTS[event.code];
      if (!choice) return;
      const clauseId = clauseAtCaret(editor);
      if (!clauseId) return;
      event.preventDefault();
      seq += 1;
      onRequest({ clauseId, choice, seq });
    };
    const unregister = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keydown', onKeyDown);
      root?.addEventListener('keydown', onKeyDown);
    });
    return () => {
      unregister();
      editor.getRootElement()?.removeEventListener('keydown', onKeyDown);
    };
  }, [editor, enabled, onRequest]);
}
