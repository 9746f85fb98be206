import { $isClauseNode } from '@accord/statement';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  CUT_COMMAND,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  PASTE_COMMAND,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { asksBeforeWithdraw, type LifecycleInput, withdrawQuestion } from './lifecycle-view';

/** The clause the caret is in, read from the editor state. */
function caretClauseId(editor: LexicalEditor): string | null {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return null;
    const top = selection.anchor.getNode().getTopLevelElement();
    return $isClauseNode(top) ? top.getClauseId() : null;
  });
}

const EDITING_KEYS = new Set(['Backspace', 'Delete', 'Enter', 'Tab']);

function editsText(e: KeyboardEvent): boolean {
  if (e.isComposing) return false;
  if (e.ctrlKey || e.metaKey) return e.key === 'x' || e.key === 'v';
  return e.key.length === 1 || EDITING_KEYS.has(e.key);
}

/**
 * While the text is agreed but not adopted, the first edit of a clause asks "this will withdraw
 * every party's agreement to §N — continue?"; cancelling leaves the text untouched. Once
 * confirmed, further edits of that clause go through until the document is agreed again.
 */
export function WithdrawGuard({
  lifecycle,
  clauseNumber,
  confirm = (q) => window.confirm(q),
}: {
  lifecycle: LifecycleInput;
  clauseNumber(clauseId: string): number | undefined;
  confirm?: (question: string) => boolean;
}) {
  const [editor] = useLexicalComposerContext();
  const confirmed = useRef(new Set<string>());
  const state = useRef({ lifecycle, clauseNumber, confirm });
  state.current = { lifecycle, clauseNumber, confirm };
  const agreed = lifecycle.status === 'agreed';

  useEffect(() => {
    // A new agreement needs a new confirmation.
    if (agreed) confirmed.current.clear();
  }, [agreed]);

  useEffect(() => {
    const ask = (event: Event | null): boolean => {
      // Only an agreed, unfrozen text asks anything: otherwise skip reading the caret's clause (#18).
      if (!asksBeforeWithdraw(state.current.lifecycle)) return false;
      const id = caretClauseId(editor);
      if (!id || confirmed.current.has(id)) return false;
      const question = withdrawQuestion(state.current.lifecycle, state.current.clauseNumber(id));
      if (!question) return false;
      if (state.current.confirm(question)) {
        confirmed.current.add(id);
        return false;
      }
      event?.preventDefault();
      return true; // handled: nothing reaches the text
    };
    return mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => (editsText(event) ? ask(event) : false),
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(PASTE_COMMAND, (event) => ask(event as Event), COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(CUT_COMMAND, (event) => ask(event as Event | null), COMMAND_PRIORITY_CRITICAL),
    );
  }, [editor]);
  return null;
}
