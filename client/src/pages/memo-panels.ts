import { memo } from 'react';
import { DocumentSettingsPanel } from '../adoption/DocumentSettingsPanel';
import { AuditTimeline } from '../history/AuditTimeline';
import { ChangedSinceMine } from '../history/ChangedSinceMine';
import { VersionsPanel } from '../history/VersionsPanel';
import { MembersPanel } from '../membership/MembersPanel';

/**
 * The side panels, re-rendered only when their own props change (#18): the workspace re-renders
 * as the text changes, and these panels do not depend on it.
 */
export const MemoAuditTimeline = memo(AuditTimeline);
export const MemoChangedSinceMine = memo(ChangedSinceMine);
export const MemoVersionsPanel = memo(VersionsPanel);
export const MemoMembersPanel = memo(MembersPanel);
export const MemoDocumentSettingsPanel = memo(DocumentSettingsPanel);
