import type { LexicalEditor } from 'lexical';
import { type RefObject, useLayoutEffect, useState } from 'react';
import type { MappedClause } from '../lint/clause-text-map';

/** Vertical position of each clause element relative to `container`, kept current as text reflows. */
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
    measure();
    const root = editor.getRootElement();
    const observer = new ResizeObserver(measure);
    if (root) observer.observe(root);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [editor, clauses, container]);
  return tops;
}

function sameTops(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of b) if (Math.abs((a.get(k) ?? Number.NaN) - v) > 0.5) return false;
  return true;
}
