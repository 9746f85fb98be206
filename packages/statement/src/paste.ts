import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  type LexicalEditor,
  PASTE_COMMAND,
} from 'lexical';
import { textToClauses } from './text';

/**
 * ST16: the paragraphs of pasted text. Paragraphs are separated by blank lines; text without a
 * blank line has one paragraph per line. Line breaks inside a paragraph become spaces, and empty
 * paragraphs are dropped, so a paste never yields an empty clause.
 */
export function pastedParagraphs(text: string): string[] {
  const normal = text.replace(/\r\n?/g, '\n');
  const parts = /\n[^\S\n]*\n/.test(normal) ? textToClauses(normal) : normal.split('\n');
  return parts.map((part) => part.replace(/\s*\n\s*/g, ' ').trim()).filter((part) => part.length > 0);
}

/**
 * ST16: inserts paragraphs at the selection as a person typing them would: the first into the
 * clause at the caret, each further one after a clause break (ST6). Call inside update().
 */
export function $insertParagraphs(paragraphs: readonly string[]): boolean {
  if (!$isRangeSelection($getSelection())) return false;
  paragraphs.forEach((paragraph, i) => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (i > 0) selection.insertParagraph();
    const next = $getSelection();
    if ($isRangeSelection(next)) next.insertText(paragraph);
  });
  return true;
}

/** ST16: plain-text paste into the statement (formatting and empty paragraphs are dropped). */
export function registerStatementPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      const text = data?.getData('text/plain');
      if (!text) return false;
      event.preventDefault();
      const paragraphs = pastedParagraphs(text);
      if (paragraphs.length === 0) return true;
      return $insertParagraphs(paragraphs);
    },
    COMMAND_PRIORITY_LOW,
  );
}
