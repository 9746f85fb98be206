import { type RefObject, useEffect } from 'react';
import './cursor-label-moments.css';

/** How long a remote cursor's label stays spelled out after its caret moved (ms). */
export const LABEL_MOMENT_MS = 1600;

/**
 * Remote cursor labels hide no text for long (#18): a label is spelled out beside its caret for a
 * moment after the caret moves (`data-moved`), then shrinks to a flag in the delegation's colour on
 * the caret's top end; pointing at the flag spells it out again (cursor-label-moments.css). A move is read
 * from the caret's inline position as Lexical writes it (left, top), never from layout; a caret placed
 * again where it was (after someone else's edit) is no move.
 */
export function watchCursorMoves(layer: HTMLElement, momentMs = LABEL_MOMENT_MS): () => void {
  const placed = new WeakMap<HTMLElement, string>();
  const timers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
  const check = (caret: HTMLElement) => {
    const label = caret.querySelector<HTMLElement>(':scope > .remote-cursor-name');
    if (!label) return;
    const at = `${caret.style.left},${caret.style.top}`;
    if (placed.get(caret) === at) return;
    placed.set(caret, at);
    if (!('moved' in label.dataset)) label.dataset.moved = '';
    clearTimeout(timers.get(label));
    timers.set(
      label,
      setTimeout(() => {
        timers.delete(label);
        delete label.dataset.moved;
      }, momentMs),
    );
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof HTMLElement) check(record.target);
      } else for (const node of record.addedNodes) if (node instanceof HTMLElement) check(node);
    }
  });
  observer.observe(layer, { attributes: true, attributeFilter: ['style'], childList: true, subtree: true });
  for (const child of layer.children) if (child instanceof HTMLElement) check(child);
  return () => {
    observer.disconnect();
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  };
}

/** Keeps the cursors layer's labels spelled out only for a moment after each move (watchCursorMoves). */
export function useCursorLabelMoments(layer: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = layer.current;
    return root ? watchCursorMoves(root) : undefined;
  }, [layer]);
}
