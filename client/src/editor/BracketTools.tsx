import { $bracketSelection, $isBracketNode, $removeBracket, type BracketNode } from '@accord/statement';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useCallback, useEffect, useState } from 'react';

function $bracketAtSelection(): BracketNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  for (const point of [selection.anchor, selection.focus]) {
    const node = point.getNode();
    const bracket = $isBracketNode(node) ? node : $findMatchingParent(node, $isBracketNode);
    if (bracket) return bracket;
  }
  return null;
}

/** Bracket the selection for my delegation (Ctrl/⌘+Shift+B) or remove the bracket at the caret (Ctrl/⌘+Shift+U). */
export function BracketTools({ delegation, onMessage }: { delegation: string; onMessage(m: string): void }) {
  const [editor] = useLexicalComposerContext();
  const [canBracket, setCanBracket] = useState(false);
  const [inBracket, setInBracket] = useState<string | null>(null);

  const bracket = useCallback(() => {
    editor.update(() => {
      if (!$bracketSelection(delegation)) {
        onMessage('Select text within one clause, outside existing brackets, to bracket it.');
      } else onMessage(`Bracketed for ${delegation}.`);
    });
  }, [editor, delegation, onMessage]);

  const unbracket = useCallback(() => {
    editor.update(() => {
      const node = $bracketAtSelection();
      if (node) {
        $removeBracket(node);
        onMessage('Brackets removed; the text stays.');
      }
    });
  }, [editor, onMessage]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection();
            setCanBracket($isRangeSelection(selection) && !selection.isCollapsed());
            setInBracket($bracketAtSelection()?.getDelegation() ?? null);
          });
        }),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event: KeyboardEvent) => {
            if (!(event.ctrlKey || event.metaKey) || !event.shiftKey) return false;
            const key = event.key.toLowerCase();
            if (key === 'b') bracket();
            else if (key === 'u') unbracket();
            else return false;
            event.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, bracket, unbracket],
  );

  return (
    <fieldset className="toolbar-group">
      <legend className="visually-hidden">Brackets</legend>
      <button
        type="button"
        className="btn btn-small"
        onMouseDown={(e) => e.preventDefault()}
        onClick={bracket}
        disabled={!canBracket}
        title="Put the selected text in brackets for your delegation (Ctrl+Shift+B)"
        data-testid="bracket"
      >
        [ ] Bracket
      </button>
      <button
        type="button"
        className="btn btn-small"
        onMouseDown={(e) => e.preventDefault()}
        onClick={unbracket}
        disabled={inBracket === null}
        title="Remove the brackets at the caret, keeping the text (Ctrl+Shift+U)"
        data-testid="unbracket"
      >
        Remove brackets{inBracket ? ` (${inBracket})` : ''}
      </button>
    </fieldset>
  );
}
