import { clauseHash } from '@accord/statement';

/** Who made a change: the person's delegation and display name. */
export interface Author {
  delegation: string;
  name: string;
}

/** One stored text of one clause, with who produced it and when (ISO time of its last edit). */
export interface Revision {
  at: string;
  text: string;
  hash: string;
  by: Author[];
}

/** HI5: the clause's live texts seen after a stored batch. */
export interface ClauseSnapshot {
  id: string;
  text: string;
  hash: string;
}

/** The newest stored revision of a clause, as the recorder keeps it. */
export interface StoredRevision extends Revision {
  id: number;
  clauseId: string;
  /** The clause's text at creation: kept as it is, never folded into a burst (HI4). */
  first?: boolean;
}

export type RevisionPlan =
  | { kind: 'append'; clauseId: string; revision: Revision; first?: boolean }
  | { kind: 'replace'; id: number; clauseId: string; revision: Revision };

export interface PlanInput {
  /** The newest revision of each clause, by clause id. */
  last: ReadonlyMap<string, StoredRevision>;
  clauses: readonly ClauseSnapshot[];
  /** The people whose updates were in the batch. */
  authors: readonly Author[];
  at: string;
  /** Consecutive edits by the same people within this many milliseconds form one entry (HI4). */
  burstMs: number;
  /** Hashes somebody decided on (approvals): such a revision is never folded away (HI4). */
  pinned: (clauseId: string, hash: string) => boolean;
  /** The texts are the document's at creation (its first load): new revisions are marked `first`. */
  baseline?: boolean;
}

export const DEFAULT_BURST_MS = 5_000;

const authorKey = (a: Author) => `${a.delegation}\u0000${a.name}`;

/** HI3: authors in a stable order, each once. */
export function normaliseAuthors(authors: readonly Author[]): Author[] {
  const seen = new Map<string, Author>();
  for (const a of authors) seen.set(authorKey(a), { delegation: a.delegation, name: a.name });
  return [...seen.values()].sort((x, y) => authorKey(x).localeCompare(authorKey(y)));
}

export function sameAuthors(a: readonly Author[], b: readonly Author[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(authorKey));
  return b.every((x) => keys.has(authorKey(x)));
}

/**
 * HI4/HI5: what to store after a batch. A clause whose hash differs from its newest revision gets a
 * new revision by the batch's authors; a clause never seen before gets its first one. When the
 * newest revision was made by exactly these authors less than `burstMs` before, and nobody decided
 * on its text, it is replaced instead (one person's burst is one entry).
 */
export function planRevisions(input: PlanInput): RevisionPlan[] {
  const by = normaliseAuthors(input.authors);
  const plans: RevisionPlan[] = [];
  for (const c of input.clauses) {
    const prev = input.last.get(c.id);
    if (prev && prev.hash === c.hash) continue;
    const revision: Revision = { at: input.at, text: c.text, hash: c.hash, by };
    if (
      !input.baseline &&
      prev &&
      by.length > 0 &&
      sameAuthors(prev.by, by) &&
      Date.parse(input.at) - Date.parse(prev.at) < input.burstMs &&
      !input.pinned(c.id, prev.hash) &&
      !prev.first
    ) {
      plans.push({ kind: 'replace', id: prev.id, clauseId: c.id, revision });
    } else {
      plans.push({ kind: 'append', clauseId: c.id, revision, ...(input.baseline ? { first: true } : {}) });
    }
  }
  return plans;
}

/** HI4: coalesces an already stored list (oldest first) the same way the recorder does. */
export function coalesce(revisions: readonly Revision[], burstMs = DEFAULT_BURST_MS): Revision[] {
  const out: Revision[] = [];
  for (const r of revisions) {
    const prev = out.at(-1);
    if (prev && prev.hash === r.hash) continue;
    if (
      prev &&
      out.length > 1 &&
      r.by.length > 0 &&
      sameAuthors(prev.by, r.by) &&
      Date.parse(r.at) - Date.parse(prev.at) < burstMs
    ) {
      out[out.length - 1] = r;
    } else out.push(r);
  }
  return out;
}

/** A revision of a text, hash computed (for seeding a clause's first revision). */
export const revisionOf = (text: string, at: string, by: readonly Author[] = []): Revision => ({
  at,
  text,
  hash: clauseHash(text),
  by: normaliseAuthors(by),
});
