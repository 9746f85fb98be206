import { $isClauseNode } from '@accord/statement';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type LexicalEditor,
} from 'lexical';
import { $readMappedStatement, type MappedClause } from '../lint/clause-text-map';
import { piecesForSpan } from '../lint/text-segments';

/** Selects [start, end) of the clause's rendered text; an empty span puts the caret at the clause start. */
function $selectSpan(clause: MappedClause, start: number, end: number): boolean {
  const pieces = piecesForSpan(clause.segments, start, end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) {
    const node = $getNodeByKey(clause.key);
    if (!$isClauseNode(node)) return false;
    node.selectStart();
    return true;
  }
  const selection = $createRangeSelection();
  selection.anchor.set(first.key, first.from, 'text');
  selection.focus.set(last.key, last.to, 'text');
  $setSelection(selection);
  return true;
}

/** Moves the caret (or selection) to a place in a clause, scrolls it into view and focuses the editor. */
export function revealSpan(editor: LexicalEditor, clauseId: string, start = 0, end = start): void {
  editor.update(
    () => {
      const clause = $readMappedStatement().find((c) => c.id === clauseId);
      if (clause) $selectSpan(clause, start, end);
    },
    {
      onUpdate: () => {
        const clause = editor.getRootElement()?.querySelector(`[data-clause-id="${CSS.escape(clauseId)}"]`);
        clause?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        editor.focus();
      },
    },
  );
}

/**
 * Replaces [start, end) of a clause with `replacement`, but only if the clause still reads `expectedText`
 * (the text the finding was computed on): a rewrite must never land on text that moved meanwhile.
 * Returns whether it was applied.
 */
export function replaceSpan(
  editor: LexicalEditor,
  clauseId: string,
  expectedText: string,
  start: number,
  end: number,
  replacement: string,
): boolean {
  let applied = false;
  editor.update(
    () => {
      const clause = $readMappedStatement().find((c) => c.id === clauseId);
      if (!clause || clause.text !== expectedText) return;
      if (piecesForSpan(clause.segments, start, end).length === 0) return;
      $selectSpan(clause, start, end);
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      selection.insertText(replacement);
      applied = true;
    },
    { discrete: true },
  );
  return applied;
}
