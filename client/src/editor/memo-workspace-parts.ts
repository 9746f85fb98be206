import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { memo } from 'react';
import { AdoptionBar } from '../adoption/AdoptionBar';
import { WithdrawGuard } from '../adoption/WithdrawGuard';
import { NotificationFeed } from '../negotiation/NotificationFeed';
import { UserBadge } from '../ui/UserBadge';
import { BracketTools } from './BracketTools';
import { EditorHelp } from './EditorHelp';
import { ConnectionPill, PresenceBar } from './PresenceBar';

/**
 * The workspace's header, toolbar and editor plugins, re-rendered only when their own props change
 * (#18): the workspace renders on every keystroke (the mirrored texts) and every resent live state,
 * and on a 300-clause statement each of these renders was reconciled and committed again for
 * nothing. Pass them stable props (memoised objects, callbacks from useCallback).
 */
export const MemoPresenceBar = memo(PresenceBar);
export const MemoConnectionPill = memo(ConnectionPill);
export const MemoNotificationFeed = memo(NotificationFeed);
export const MemoUserBadge = memo(UserBadge);
export const MemoAdoptionBar = memo(AdoptionBar);
export const MemoBracketTools = memo(BracketTools);
export const MemoEditorHelp = memo(EditorHelp);
export const MemoWithdrawGuard = memo(WithdrawGuard);
export const MemoCollaborationPlugin = memo(CollaborationPlugin);
export const MemoRichTextPlugin = memo(RichTextPlugin);
