import { memo } from 'react';
import { StatusBoard } from '../board/StatusBoard';
import { LintPanel } from '../lint/LintPanel';
import { SuppressionsPanel } from '../lint/SuppressionsPanel';
import { NegotiationPanel } from '../negotiation/NegotiationPanel';

/**
 * The workspace's side panels that walk every clause (a row, an option or an entry each), re-rendered
 * only when their own props change (#18): the workspace renders on every keystroke, every resent live
 * state and every lint answer, and on a 300-clause statement each of these re-rendered them all.
 * Pass them stable callbacks.
 */
export const MemoStatusBoard = memo(StatusBoard);
export const MemoLintPanel = memo(LintPanel);
export const MemoSuppressionsPanel = memo(SuppressionsPanel);
export const MemoNegotiationPanel = memo(NegotiationPanel);
