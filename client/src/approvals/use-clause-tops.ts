import type { LexicalEditor } from 'lexical';
import { type RefObject, useLayoutEffect, useState } from 'react';
import type { MappedClause } from '../lint/clause-text-map';

/**
 * Vertical position of each clause element relative to `container`, kept current as text reflows.
 * Typing does no layout read of its own (#18): positions are read only inside ResizeObserver
 * callbacks (layout is already done then) when a clause's box actually changed size, or when the
 * outline (which clauses exist) changes. `clauses` should be the statement's outline, not its texts.
 */
export function useClauseTops(
  editor: LexicalEditor,
  clauses: MappedClause[],
  container: RefObject<HTMLElement | null>,
): Map<string, number> {
  const [tops, setTops] = useState<Map<string, number>>(new Map());
  useLayoutEffect(() => {
    const measure = () => {
      const box = container.current?.getBoundingClientRect();
      if (!box) return;
      const next = new Map<string, number>();
      for (const clause of clauses) {
        const element = editor.getElementByKey(clause.key);
        if (element) next.set(clause.id, element.getBoundingClientRect().top - box.top);
      }
      setTops((prev) => (sameTops(prev, next) ? prev : next));
    };
    // One frame later at most, however many boxes changed in it.
    let frame = 0;
    const soon = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure();
      });
    };
    const observer = new ResizeObserver(measure);
    const root = editor.getRootElement();
    if (root) observer.observe(root);
    for (const clause of clauses) {
      const element = editor.getElementByKey(clause.key);
      if (element) observer.observe(element);
    }
    if (container.current) observer.observe(container.current);
    // A clause element Lexical re-created (a clause split or merged) gets observed on the next outline.
    window.addEventListener('resize', soon);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', soon);
    };
  }, [editor, clauses, container]);
  return tops;
}

function sameTops(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of b) if (Math.abs((a.get(k) ?? Number.NaN) - v) > 0.5) return false;
  return true;
}
