import { lazyPanel } from '../pages/memo-panels';

/**
 * The workspace's side panels that walk every clause (a row, an option or an entry each), re-rendered
 * only when their own props change (#18): the workspace renders on every keystroke, every resent live
 * state and every lint answer, and on a 300-clause statement each of these re-rendered them all.
 * Pass them stable callbacks. Each loads in its own chunk on first render (#18: none of them is needed
 * to type, so their code is not in the entry the editor waits for), a line in its place meanwhile.
 */
export const MemoStatusBoard = lazyPanel(
  () => import('../board/StatusBoard').then((m) => m.StatusBoard),
  'Loading the status board…',
);
export const MemoLintPanel = lazyPanel(
  () => import('../lint/LintPanel').then((m) => m.LintPanel),
  'Loading findings…',
);
export const MemoSuppressionsPanel = lazyPanel(
  () => import('../lint/SuppressionsPanel').then((m) => m.SuppressionsPanel),
  'Loading suppressions…',
);
export const MemoNegotiationPanel = lazyPanel(
  () => import('../negotiation/NegotiationPanel').then((m) => m.NegotiationPanel),
  'Loading the negotiation…',
);
/** "What changed since you decided" (a dialog opened from a stale chip), in its own chunk (#18). */
export const LazyStaleReview = lazyPanel(
  () => import('../history/StaleReview').then((m) => m.StaleReview),
  'Loading what changed…',
);
