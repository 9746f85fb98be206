import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import type { MappedClause } from '../lint/clause-text-map';

/** The editor's selection as a span of one clause's text (UTF-16 offsets), or null if it spans none. */
export function selectedSpan(
  editor: LexicalEditor,
  clauses: readonly MappedClause[],
): { clauseId: string; start: number; end: number } | null {
  return editor.getEditorState().read(() => {
    const sel = $getSelection();
    if (!$isRangeSelection(sel) || sel.isCollapsed()) return null;
    const at = (key: string, offset: number) => {
      for (const c of clauses) {
        const seg = c.segments.find((s) => s.key === key);
        if (seg) return { clauseId: c.id, offset: seg.start + offset };
      }
      return null;
    };
    const a = at(sel.anchor.key, sel.anchor.offset);
    const b = at(sel.focus.key, sel.focus.offset);
    if (!a || !b || a.clauseId !== b.clauseId) return null;
    return { clauseId: a.clauseId, start: Math.min(a.offset, b.offset), end: Math.max(a.offset, b.offset) };
  });
}
