import type { DocStateEvent } from '@accord/protocol';
import { type ChipView, chipFor } from '../approvals/chip-state';

export interface BoardRow {
  clauseId: string;
  index: number;
  excerpt: string;
  bracketed: boolean;
  chips: ChipView[];
}

/** A clause's text as a board row shows it. */
export function excerptOf(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

type ClauseView = DocStateEvent['clauses'][number];
const rowCache = new WeakMap<
  ClauseView,
  { parties: readonly string[]; formatAt: (iso: string) => string; row: BoardRow }
>();

/** The clauses × parties matrix; with `pendingFor`, only clauses awaiting that delegation's decision. */
export function boardRows(
  state: DocStateEvent,
  formatAt: (iso: string) => string,
  pendingFor?: string,
): BoardRow[] {
  const rows = state.clauses.map((c) => {
    // A live state shares unchanged clause objects with the one before (#18): their rows are reused.
    const cached = rowCache.get(c);
    if (cached && cached.parties === state.parties && cached.formatAt === formatAt) return cached.row;
    const row: BoardRow = {
      clauseId: c.id,
      index: c.index,
      excerpt: excerptOf(c.text),
      bracketed: c.bracketed,
      chips: state.parties.map((p) => chipFor(p, c.approvals[p], formatAt)),
    };
    rowCache.set(c, { parties: state.parties, formatAt, row });
    return row;
  });
  if (pendingFor === undefined) return rows;
  return rows.filter((r) => {
    const mine = r.chips.find((chip) => chip.party === pendingFor);
    return mine !== undefined && (mine.kind === 'pending' || mine.kind === 'stale');
  });
}

export interface BlockerGroup {
  /** '' for document-wide blockers (no clauses, no parties). */
  clauseId: string;
  /** 1-based clause number as shown in the editor; undefined for document-wide blockers. */
  number: number | undefined;
  /** e.g. { reason: 'pending', parties: ['US', 'CA'] }, { reason: 'bracket', parties: [] }. */
  items: { reason: string; parties: string[]; notes: string[] }[];
}

const REASON_ORDER = ['objection', 'bracket', 'stale', 'reserve', 'pending'];

/**
 * What blocks agreement, one entry per clause with its parties grouped by reason. The live channel's
 * blocker `index` is a 0-based position, so clause numbers come from the clause list.
 */
export function groupBlockers(state: DocStateEvent, onlyParty?: string): BlockerGroup[] {
  // The same blockers (shareDocState keeps the array while only texts change) under the same
  // numbering give the same groups: kept, not rebuilt for every state resent while someone types (#18).
  const last = lastGrouped;
  if (
    last &&
    last.blockers === state.blockers &&
    last.onlyParty === onlyParty &&
    sameNumbering(last.clauses, state.clauses)
  )
    return last.groups;
  const groups = buildGroups(state, onlyParty);
  lastGrouped = { blockers: state.blockers, clauses: state.clauses, onlyParty, groups };
  return groups;
}

let lastGrouped: {
  blockers: DocStateEvent['blockers'];
  clauses: DocStateEvent['clauses'];
  onlyParty: string | undefined;
  groups: BlockerGroup[];
} | null = null;

function sameNumbering(a: DocStateEvent['clauses'], b: DocStateEvent['clauses']): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id || a[i]!.index !== b[i]!.index) return false;
  return true;
}

function buildGroups(state: DocStateEvent, onlyParty?: string): BlockerGroup[] {
  const numbers = new Map(state.clauses.map((c) => [c.id, c.index]));
  const groups = new Map<string, BlockerGroup>();
  for (const b of state.blockers) {
    if (onlyParty !== undefined && b.party !== undefined && b.party !== onlyParty) continue;
    let group = groups.get(b.clauseId);
    if (!group) {
      group = {
        clauseId: b.clauseId,
        number: b.clauseId === '' ? undefined : numbers.get(b.clauseId),
        items: [],
      };
      groups.set(b.clauseId, group);
    }
    let item = group.items.find((i) => i.reason === b.reason);
    if (!item) {
      item = { reason: b.reason, parties: [], notes: [] };
      group.items.push(item);
    }
    if (b.party !== undefined) item.parties.push(b.party);
    if (b.note) item.notes.push(b.party ? `${b.party}: ${b.note}` : b.note);
  }
  const rank = (reason: string) => {
    const i = REASON_ORDER.indexOf(reason);
    return i === -1 ? REASON_ORDER.length : i;
  };
  for (const group of groups.values()) group.items.sort((a, b) => rank(a.reason) - rank(b.reason));
  return [...groups.values()].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
}
