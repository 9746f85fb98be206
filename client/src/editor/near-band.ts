import { type RefObject, useLayoutEffect, useState } from 'react';

/** A vertical band in an element's own coordinates (px from its top). */
export interface Band {
  from: number;
  to: number;
}

/** Everything is near (the phone layout's drawer lists every entry). */
export const EVERYWHERE: Band = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY };

export const isNear = (band: Band | null, top: number | undefined): boolean =>
  band !== null && top !== undefined && top >= band.from && top <= band.to;

/**
 * The band of `element` worth rendering: what is on screen and half a screen to a screen above and below it (#18),
 * in steps of half a screen, so scrolling re-renders only when the band moves by that much. Null
 * until first measured. Under `everywhereQuery` (a media query) the band is everything.
 */
export function useNearBand(
  element: RefObject<HTMLElement | null>,
  everywhereQuery: string,
  /** Measures again when this changes (the element appeared, say). */
  remeasure?: unknown,
  /** How far beyond the screen the band reaches, in screens (see bandFor). */
  reach = 1,
): Band | null {
  const [band, setBand] = useState<Band | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: remeasure only says when to measure again
  useLayoutEffect(() => {
    const everywhere = window.matchMedia(everywhereQuery);
    let frame = 0;
    const update = () => {
      frame = 0;
      const box = element.current?.getBoundingClientRect();
      if (!box) return;
      const next = everywhere.matches ? EVERYWHERE : bandFor(box.top, window.innerHeight, reach);
      setBand((prev) => (prev && prev.from === next.from && prev.to === next.to ? prev : next));
    };
    update();
    const soon = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    // Capture: a scroll of any scroller, the page's or a pane's, moves what is on screen.
    window.addEventListener('scroll', soon, { capture: true, passive: true });
    window.addEventListener('resize', soon);
    everywhere.addEventListener('change', soon);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', soon, { capture: true });
      window.removeEventListener('resize', soon);
      everywhere.removeEventListener('change', soon);
    };
  }, [element, everywhereQuery, remeasure, reach]);
  return band;
}

/**
 * The band for an element whose top is `top` px below the viewport's top, on a `screen` px screen:
 * at least half a screen above and below what is on screen, at most a screen (#18: four screens of
 * chips and board rows cost the typist's every frame layerising and painting them). `reach` scales
 * the margins and the step the band moves by: 0.25, an eighth to a quarter of a screen, moving every
 * eighth of a screen scrolled (the status board: its rows beyond the side panel's bottom were a
 * screen of chips painted and layerised on every keystroke).
 */
export function bandFor(top: number, screen: number, reach = 1): Band {
  const step = Math.max(1, Math.round((screen * reach) / 2));
  const from = Math.floor((-top - step) / step) * step;
  return { from, to: from + screen + 3 * step };
}
