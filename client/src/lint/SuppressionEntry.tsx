import { delegationInfo } from '@accord/protocol';
import type { ReactNode } from 'react';
import { formatAt } from '../approvals/ApprovalGutter';
import { type SuppressionView, suppressorLabel } from './suppression-views';
import { policyLabel } from './visible-findings';

/**
 * One standing suppression: on which text, which rule and policy, who suppressed it, when and why,
 * and (for those who may edit) an Un-suppress button. Shared by the document's and a clause's list.
 */
export function SuppressionEntry({
  view,
  where,
  removing,
  onUnsuppress,
}: {
  view: SuppressionView;
  /** What leads the line: the document list's "§4" link; a clause's list leaves it out. */
  where?: ReactNode;
  removing: boolean;
  onUnsuppress?: (suppressionId: string) => Promise<void>;
}) {
  const s = view.suppression;
  const id = s.id;
  return (
    <li className="suppression" data-testid="suppression" data-suppression-id={id}>
      {where}
      {where ? ' ' : null}
      <span className="suppression-text">“{view.text}”</span> — {s.ruleId},{' '}
      {policyLabel(s.policy, (c) => delegationInfo(c).name)}
      <br />
      <span className="muted small" data-testid="suppression-who">
        Suppressed by {suppressorLabel(s.by)}, {formatAt(s.at)}: “{s.reason}”
      </span>
      {onUnsuppress && id && (
        <>
          {' '}
          <button
            type="button"
            className="link-button unsuppress"
            data-testid="unsuppress"
            disabled={removing}
            onClick={() => void onUnsuppress(id)}
          >
            {removing ? 'Un-suppressing…' : 'Un-suppress'}
          </button>
        </>
      )}
    </li>
  );
}
