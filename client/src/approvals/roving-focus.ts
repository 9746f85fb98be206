import { type RefObject, useLayoutEffect } from 'react';

/** A decision asked for from the keyboard for the clause at the caret (#18). */
export interface DecisionRequest {
  clauseId: string;
  choice: 'approved' | 'objection' | 'reserve';
  /** Distinguishes two requests of the same choice on the same clause. */
  seq: number;
}

const ITEMS = '[data-rove]:not(:disabled)';

/**
 * One tab stop per group (#18, WAI-ARIA roving tabindex): the group's items (`data-rove`) are
 * tabindex -1 except the current one; arrow keys, Home and End move between them.
 */
export function useRovingFocus(group: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const root = group.current;
    if (!root) return;
    const items = () => [...root.querySelectorAll<HTMLElement>(ITEMS)];
    const activate = (target: HTMLElement | undefined) => {
      for (const item of items()) item.tabIndex = item === target ? 0 : -1;
    };
    const list = items();
    const current = list.find((item) => item.tabIndex === 0) ?? list[0];
    activate(current);
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (target.matches(ITEMS)) activate(target);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const all = items();
      const at = all.indexOf(document.activeElement as HTMLElement);
      if (at < 0) return;
      const next =
        event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? (at + 1) % all.length
          : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
            ? (at - 1 + all.length) % all.length
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? all.length - 1
                : -1;
      if (next < 0) return;
      event.preventDefault();
      activate(all[next]);
      all[next]?.focus();
    };
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('keydown', onKeyDown);
    };
  });
}
