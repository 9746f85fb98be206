import type { ComponentProps } from 'react';
import { BulkApprove } from '../approvals/BulkApprove';

/**
 * BulkApprove on the status board (#18): the board is memoised and skips keystrokes, so it passes
 * the outline; BulkApprove's confirmation reads the clause texts each approval binds as they stand
 * (it used to follow every keystroke here for that, a second mirror of the whole statement).
 */
export function LiveBulkApprove(props: ComponentProps<typeof BulkApprove>) {
  return <BulkApprove {...props} />;
}
