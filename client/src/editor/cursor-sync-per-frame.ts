import { type SyncCursorPositionsFn, syncCursorPositions } from '@lexical/yjs';

type Binding = Parameters<SyncCursorPositionsFn>[0];
type Provider = Parameters<SyncCursorPositionsFn>[1];
type Options = Parameters<SyncCursorPositionsFn>[2];

/** What the coalescer needs of the page: passed in so tests and workers can give their own. */
export interface FramePage {
  requestAnimationFrame(run: () => void): number;
  readonly document: { readonly visibilityState: string };
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
}

/**
 * Remote cursors repositioned at most once per animation frame (#18). Lexical's own
 * `syncCursorPositions` reads layout (getBoundingClientRect per remote cursor) and runs after every
 * remote update and every awareness change; typed by another delegation at 30 ms a key on a
 * 300-clause statement, that forced a style and layout pass per update (two per key: the edit and the
 * moved caret) on the watcher's page. The returned function, given to CollaborationPlugin as
 * `syncCursorPositionsFn`, only records the latest binding and provider and runs the real sync on the
 * next frame (one per frame, with the latest arguments). The plugin's awareness listener calls it too
 * (patches/@lexical__react@0.52.0.patch; stock 0.52 calls the library's sync there directly).
 *
 * While the page is hidden, or being unloaded, no cursor is placed at all: on unload Lexical clears
 * the local awareness state (beforeunload and pagehide), which repositioned every remote cursor and
 * forced a restyle of the whole document in the page being left (156-474 ms of a reload on 300
 * clauses); a copy of @lexical/react without the patch syncs that change itself. So
 * the cursors layer is detached from the binding (`cursorsContainer = null`, for which Lexical places
 * nothing) while hidden or unloading, and put back, with one sync, when the page shows again or a
 * cancelled unload leaves it running.
 */
export function cursorSyncPerFrame(
  page: FramePage,
  sync: SyncCursorPositionsFn = syncCursorPositions,
): SyncCursorPositionsFn {
  let latest: { binding: Binding; provider: Provider; options: Options } | null = null;
  let scheduled = false;
  let pending = false;
  let away = page.document.visibilityState === 'hidden';
  // The cursors layer taken off the binding while away, to put back when the page shows again.
  let detached: { binding: Binding; container: HTMLElement } | null = null;

  const run = () => {
    scheduled = false;
    if (away || latest === null || !pending) return;
    pending = false;
    sync(latest.binding, latest.provider, latest.options);
  };
  const schedule = () => {
    pending = true;
    if (scheduled || away) return;
    scheduled = true;
    page.requestAnimationFrame(run);
  };
  const leave = () => {
    away = true;
    if (latest === null || detached !== null) return;
    const container = latest.binding.cursorsContainer;
    if (container === null) return;
    detached = { binding: latest.binding, container };
    latest.binding.cursorsContainer = null;
  };
  // `always`: sync even if nothing came through the prop while away (awareness changes, which Lexical
  // syncs itself, were skipped while the layer was detached).
  const back = (always: boolean) => {
    if (page.document.visibilityState === 'hidden') return;
    away = false;
    if (detached !== null) {
      // Unless Lexical set a new layer meanwhile (the plugin remounted), the old one goes back.
      if (detached.binding.cursorsContainer === null && detached.container.isConnected) {
        detached.binding.cursorsContainer = detached.container;
      }
      detached = null;
    }
    if (latest !== null && (always || pending)) schedule();
  };

  // Capture listeners on window run before Lexical's own (bubble) listeners for the same events.
  const capture = { capture: true };
  page.addEventListener(
    'visibilitychange',
    () => (page.document.visibilityState === 'hidden' ? leave() : back(true)),
    capture,
  );
  page.addEventListener('pagehide', leave, capture);
  page.addEventListener('pageshow', () => back(true), capture);
  page.addEventListener(
    'beforeunload',
    () => {
      leave();
      // A page still running a frame later was not unloaded (a cancelled navigation or a download):
      // its cursors come back. When the navigation goes on, pagehide takes them away again first.
      page.requestAnimationFrame(() => back(false));
    },
    capture,
  );

  return (binding, provider, options) => {
    latest = { binding, provider, options };
    if (detached !== null && detached.binding !== binding) detached = null;
    if (away && binding.cursorsContainer !== null && detached === null) leave();
    schedule();
  };
}

let pageSync: SyncCursorPositionsFn | null = null;

/**
 * The page's one coalescer (its listeners are registered once, on the first sync), for
 * CollaborationPlugin's `syncCursorPositionsFn`: a stable function, so the plugin never re-subscribes.
 */
export const syncCursorPositionsPerFrame: SyncCursorPositionsFn = (binding, provider, options) => {
  pageSync ??= cursorSyncPerFrame(window);
  pageSync(binding, provider, options);
};
