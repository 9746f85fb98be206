import type { LiveChannelStatus } from '../api/doc-events';
import { SHORTCUT_HELP } from '../approvals/decision-shortcuts';
import type { LocatedFinding } from '../lint/visible-findings';

export interface AgreementView {
  label: string;
  /** CSS modifier of the status badge. */
  tone: 'drafting' | 'agreed' | 'blocked' | 'unknown' | 'adopted';
  /** What blocks the final export although every party agreed, in words (empty when nothing). */
  blocked: string;
}

/**
 * What the status badge may say (#18, #19): never "Agreed" while the approvals channel is not live
 * (the server may say otherwise), and never "Agreed" alone while a lint error or an unfinished
 * check stands in the way of the final export.
 */
export function agreementLine(
  base: string,
  status: string,
  live: LiveChannelStatus,
  /** The editor's own connection (ConnectionView.kind): offline, nothing shown is current. */
  connection: string,
  lint: { checking: boolean; findings: readonly LocatedFinding[] },
  clauseIndex: (id: string) => number | undefined,
): AgreementView {
  if (live !== 'live' || connection !== 'online')
    return { label: notLiveLabel(live, connection), tone: 'unknown', blocked: '' };
  if (status !== 'agreed')
    return { label: base, tone: status === 'adopted' ? 'adopted' : 'drafting', blocked: '' };
  if (lint.checking) return { label: 'Agreed — checking the text…', tone: 'unknown', blocked: '' };
  const errors = lint.findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return { label: base, tone: 'agreed', blocked: '' };
  const where = [...new Set(errors.map((f) => clauseIndex(f.clauseId)).filter((n) => n !== undefined))]
    .map((n) => `§${n}`)
    .join(', ');
  const blocked = `The final export is blocked by ${errors.length} lint error${errors.length === 1 ? '' : 's'}${where ? ` (${where})` : ''}: rewrite or suppress ${errors.length === 1 ? 'it' : 'them'} with a reason.`;
  return { label: 'Agreed — export blocked', tone: 'blocked', blocked };
}

/**
 * Why the status is not shown: "reconnecting" only after a channel was lost (the approvals channel
 * retrying, or the editor's socket after it had been online); on the first load, while either channel
 * is still opening, "connecting" (#18: the first connect used to say "reconnecting").
 */
function notLiveLabel(live: LiveChannelStatus, connection: string): string {
  if (live === 'retrying' || connection === 'reconnecting') return 'Status: reconnecting…';
  if (connection === 'offline' || connection === 'refused') return 'Status: not connected';
  return 'Status: connecting…';
}

/** How to drive the editor from the keyboard, and what it does not keep (#18, #19). */
export function EditorHelp() {
  return (
    <details className="editor-help" data-testid="editor-help">
      <summary>Help</summary>
      <ul>
        <li>{SHORTCUT_HELP}.</li>
        <li>Tab reaches each clause's decisions once; arrow keys move inside them.</li>
        <li>The find box finds text across the statement, or goes to a clause by its number (“§12”).</li>
        <li>
          Undo (Ctrl+Z) covers your own changes in this session only: the undo history is lost when the page
          reloads. Earlier wording stays in the clause history and versions.
        </li>
      </ul>
    </details>
  );
}
