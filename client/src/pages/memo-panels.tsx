import { type ComponentType, lazy, memo, Suspense } from 'react';
import { ChangedSinceMine } from '../history/ChangedSinceMine';
import { PanelErrorBoundary } from '../ui/PanelErrorBoundary';

/**
 * A panel loaded on first render in its own chunk (#18: the editor becomes interactive before the
 * code of panels it does not show yet arrives), and re-rendered only when its props change.
 * `fallback` stands in its place while the chunk arrives (the workspace's panels as well:
 * editor/memo-workspace-panels.ts).
 */
export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>, fallback: string) {
  const Lazy = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per panel at module level, never during render
  return memo(function LazyPanel(props: P) {
    return (
      <PanelErrorBoundary>
        <Suspense fallback={<p className="muted small">{fallback}</p>}>
          <Lazy {...props} />
        </Suspense>
      </PanelErrorBoundary>
    );
  });
}

/**
 * The side panels, re-rendered only when their own props change (#18): the workspace re-renders
 * as the text changes, and these panels do not depend on it.
 */
export const MemoChangedSinceMine = memo(ChangedSinceMine);
export const MemoAuditTimeline = lazyPanel(
  () => import('../history/AuditTimeline').then((m) => m.AuditTimeline),
  'Loading the audit trail…',
);
export const MemoVersionsPanel = lazyPanel(
  () => import('../history/VersionsPanel').then((m) => m.VersionsPanel),
  'Loading versions…',
);
export const MemoMembersPanel = lazyPanel(
  () => import('../membership/MembersPanel').then((m) => m.MembersPanel),
  'Loading members…',
);
export const MemoDocumentSettingsPanel = lazyPanel(
  () => import('../adoption/DocumentSettingsPanel').then((m) => m.DocumentSettingsPanel),
  'Loading document settings…',
);
export const LazyExportMenu = lazyPanel(
  () => import('../export/ExportMenu').then((m) => m.ExportMenu),
  'Export…',
);
