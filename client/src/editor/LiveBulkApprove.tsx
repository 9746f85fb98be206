import type { ComponentProps } from 'react';
import { BulkApprove } from '../approvals/BulkApprove';
import { useStatementMirror } from './statement-mirror';

/**
 * BulkApprove fed with the statement's texts as they stand, read here rather than passed down (#18):
 * the status board that holds it is memoised and skips keystrokes, while the confirmation lists the
 * clause texts that each approval binds. `clauses` (the outline) stands in until the first read.
 */
export function LiveBulkApprove(props: ComponentProps<typeof BulkApprove>) {
  const { clauses } = useStatementMirror();
  return <BulkApprove {...props} clauses={clauses.length > 0 ? clauses : props.clauses} />;
}
