import type { DocStateEvent } from '@accord/protocol';
import { type ChipView, chipFor } from '../approvals/chip-state';

export interface BoardRow {
  clauseId: string;
  index: number;
  excerpt: string;
  bracketed: boolean;
  chips: ChipView[];
}

function excerptOf(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The clauses × parties matrix; with `pendingFor`, only clauses awaiting that delegation's decision. */
export function boardRows(
  state: DocStateEvent,
  formatAt: (iso: string) => string,
  pendingFor?: string,
): BoardRow[] {
  const rows = state.clauses.map((c) => ({
    clauseId: c.id,
    index: c.index,
    excerpt: excerptOf(c.text),
    bracketed: c.bracketed,
    chips: state.parties.map((p) => chipFor(p, c.approvals[p], formatAt)),
  }));
  if (pendingFor === undefined) return rows;
  return rows.filter((r) => {
    const mine = r.chips.find((chip) => chip.party === pendingFor);
    return mine !== undefined && (mine.kind === 'pending' || mine.kind === 'stale');
  });
}
