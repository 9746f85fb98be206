import type { Suppression } from '@accord/linter';
import { type ComponentProps, memo, type RefObject, startTransition, useEffect, useMemo } from 'react';
import type { MappedClause } from '../lint/clause-text-map';
import { LintLayer } from '../lint/LintLayer';
import { type LintState, useLint } from '../lint/use-lint';
import { currentFindings, type LocatedFinding } from '../lint/visible-findings';
import { LazyStaleReview, MemoNegotiationPanel } from './memo-workspace-panels';
import { useStatementMirror } from './statement-mirror';
import { useStableList } from './use-stable-list';

/** What the workspace shows of the linter: its state and the findings on the text as it stands. */
export interface TextsView {
  lint: LintState;
  findings: LocatedFinding[];
}

export const NO_TEXTS_VIEW: TextsView = { lint: { findings: [], error: null, checking: true }, findings: [] };

/**
 * The statement's texts followed below the workspace, not in it (#18): a keystroke re-renders this
 * (the linter's inputs, the underlines) and not the workspace, its header, toolbar, gutter and tabs.
 * The workspace hears the linter's state only when it changes (`onView`: an edit after an answer, the
 * next answer), and finds the latest texts in `latest` when it needs them (a selection's span).
 */
export const LiveTexts = memo(function LiveTexts({
  parties,
  suppressions,
  canEdit,
  onApply,
  latest,
  onView,
}: {
  parties: string[];
  suppressions: Suppression[];
  canEdit: boolean;
  onApply(finding: LocatedFinding): void;
  latest: RefObject<MappedClause[]>;
  onView(view: TextsView): void;
}) {
  const { clauses } = useStatementMirror();
  latest.current = clauses;
  const lint = useLint(clauses, parties, suppressions);
  // Kept while the same findings stand, so the findings panel skips the keystrokes that change none.
  const findings = useStableList(
    useMemo(() => currentFindings(lint.findings, clauses), [lint.findings, clauses]),
  );
  useEffect(() => startTransition(() => onView({ lint, findings })), [lint, findings, onView]);
  return <LintLayer clauses={clauses} findings={findings} canEdit={canEdit} onApply={onApply} />;
});

type NegotiationProps = ComponentProps<typeof MemoNegotiationPanel>;

/**
 * The negotiation panel fed the statement's outline with the clause it shows at its current text
 * (#18): only that clause's text must be current, so typing in another re-renders this wrapper, not
 * the panel's list of every clause.
 */
export function LiveNegotiationPanel({
  outline,
  ...props
}: Omit<NegotiationProps, 'clauses'> & { outline: MappedClause[] }) {
  const { clauses } = useStatementMirror();
  const { clauseId } = props;
  // No lookup over every clause per keystroke while the panel shows the first one.
  const shown = (clauseId === null ? undefined : clauses.find((c) => c.id === clauseId)) ?? clauses[0];
  const withShown = useMemo(() => outline.map((c) => (c.id === shown?.id ? shown : c)), [outline, shown]);
  return <MemoNegotiationPanel {...props} clauses={withShown} />;
}

/** "What changed since you decided" for the clause `clauseId` at its current text, while it is open. */
export function LiveStaleReview({
  clauseId,
  ...props
}: Omit<ComponentProps<typeof LazyStaleReview>, 'clause'> & { clauseId: string }) {
  const { clauses } = useStatementMirror();
  const clause = clauses.find((c) => c.id === clauseId);
  return clause ? <LazyStaleReview {...props} clause={clause} /> : null;
}
