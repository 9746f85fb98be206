import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { MappedClause } from '../lint/clause-text-map';

/**
 * Clause numbers for assistive technology (#18): the visible number is a CSS counter, which screen
 * readers skip, so each clause element is a group named "Clause N". Runs when the outline changes.
 */
export function useClauseNumbers(editor: LexicalEditor, outline: MappedClause[]): void {
  useEffect(() => {
    for (const clause of outline) {
      const element = editor.getElementByKey(clause.key);
      if (!element) continue;
      const label = `Clause ${clause.index}`;
      if (element.getAttribute('aria-label') === label) continue;
      element.setAttribute('role', 'group');
      element.setAttribute('aria-roledescription', 'clause');
      element.setAttribute('aria-label', label);
      element.dataset.clauseNumber = String(clause.index);
    }
  }, [editor, outline]);
}
