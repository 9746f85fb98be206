import { delegationInfo } from '@accord/protocol';
import { type RefObject, useEffect } from 'react';
import './cursor-labels.css';

/** How EditorPage names a person in awareness (`username`): "Tom Hughes · UK". */
const SEPARATOR = ' · ';

/**
 * A remote cursor's label (#19 presence): the delegation code on screen, in the delegation's
 * colour; the full name only on hover. Null for a name not in the "Name · CODE" form (left as is).
 */
export function cursorLabel(awarenessName: string): { code: string; title: string } | null {
  const at = awarenessName.lastIndexOf(SEPARATOR);
  if (at <= 0) return null;
  const code = awarenessName.slice(at + SEPARATOR.length).trim();
  const person = awarenessName.slice(0, at).trim();
  if (!/^[A-Z]{2,4}$/.test(code) || person === '') return null;
  const delegation = delegationInfo(code).name;
  return { code, title: delegation === code ? `${person} (${code})` : `${person} — ${delegation} (${code})` };
}

/** Rewrites every label under `root` Lexical built with the full name (idempotent: done ones carry data-code). */
export function labelCursors(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('.remote-cursor-name:not([data-code])')) {
    const label = cursorLabel(el.textContent ?? '');
    if (!label) continue;
    el.dataset.code = label.code;
    el.title = label.title;
    el.setAttribute('aria-label', label.title);
    el.textContent = label.code;
  }
}

/**
 * Keeps the cursors layer's labels short: Lexical (re)creates a caret and its label whenever a peer
 * moves in or changes name or colour, so labels are rewritten as they appear.
 */
export function useCursorLabels(layer: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = layer.current;
    if (!root) return;
    labelCursors(root);
    const observer = new MutationObserver(() => labelCursors(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [layer]);
}
