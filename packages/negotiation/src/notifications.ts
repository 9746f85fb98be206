import type { Amendment } from './amendments';
import type { Author } from './types';

/** One line of the editor's notification feed. */
export interface Notification {
  /** Stable for one happening, so the same event seen twice is one notification. */
  key: string;
  kind: 'objection' | 'stale' | 'amendment' | 'comment';
  clauseId: string;
  text: string;
}

/** The parts of a live `state` event the feed reads (index is 1-based, as § numbers are). */
export interface StateFacts {
  clauses: readonly {
    id: string;
    index: number;
    hash: string;
    approvals: Readonly<Record<string, { state: string; stale: boolean; hash?: string; at?: string }>>;
  }[];
}

const section = (index: number) => `§${index}`;

/**
 * NG16: what changed between two state events, as the feed says it: "FR objected to §3" for
 * another delegation's new objection, "your approval of §2 is stale" when the text the caller's
 * delegation approved changed. Nothing for the first state seen (that is the starting point).
 */
export function stateNotifications(
  prev: StateFacts | undefined,
  next: StateFacts,
  me: string,
): Notification[] {
  if (!prev) return [];
  const before = new Map(prev.clauses.map((c) => [c.id, c]));
  const out: Notification[] = [];
  for (const c of next.clauses) {
    const old = before.get(c.id);
    for (const [party, a] of Object.entries(c.approvals)) {
      const was = old?.approvals[party];
      if (party !== me && a.state === 'objection' && !a.stale) {
        if (was?.state !== 'objection' || was.at !== a.at) {
          out.push({
            key: `objection:${c.id}:${party}:${a.at ?? ''}`,
            kind: 'objection',
            clauseId: c.id,
            text: `${party} objected to ${section(c.index)}`,
          });
        }
      }
      if (party === me && a.stale && was && !was.stale && a.hash) {
        out.push({
          key: `stale:${c.id}:${a.hash}:${c.hash}`,
          kind: 'stale',
          clauseId: c.id,
          text: `your ${was.state === 'approved' ? 'approval' : 'decision'} of ${section(c.index)} is stale`,
        });
      }
    }
  }
  return out;
}

const VERB: Record<Amendment['status'], string> = {
  open: 'proposed an amendment to',
  accepted: 'accepted an amendment to',
  rejected: 'rejected an amendment to',
  withdrawn: 'withdrew an amendment to',
  superseded: 'superseded an amendment to',
};

/** NG16: "DE proposed an amendment to §5" (and what became of it), unless the caller's own. */
export function amendmentNotification(
  a: Pick<Amendment, 'id' | 'clauseId' | 'status' | 'by'> & { decision?: { by: Author } },
  clauseIndex: number | undefined,
  me: string,
): Notification | undefined {
  const actor = a.status === 'open' ? a.by : a.decision?.by;
  if (!actor || actor.delegation === me) return undefined;
  const where = clauseIndex === undefined ? 'a deleted clause' : section(clauseIndex);
  const text =
    a.status === 'superseded'
      ? `${a.by.delegation}'s amendment to ${where} is superseded (the clause changed)`
      : a.status === 'open'
        ? `${actor.delegation} ${VERB.open} ${where}`
        : `${actor.delegation} ${VERB[a.status]} ${where}${a.by.delegation !== actor.delegation ? ` (by ${a.by.delegation})` : ''}`;
  return { key: `amendment:${a.id}:${a.status}`, kind: 'amendment', clauseId: a.clauseId, text };
}

/** NG16: "FR commented on §3", "FR replied on §3", "FR resolved a comment on §3". */
export function commentNotification(
  c: {
    id: string;
    clauseId: string;
    by: Author;
    replyTo: string | null;
    resolved: boolean;
    resolvedBy?: Author;
  },
  clauseIndex: number | undefined,
  me: string,
): Notification | undefined {
  const actor = c.resolved ? c.resolvedBy : c.by;
  if (!actor || actor.delegation === me) return undefined;
  const where = clauseIndex === undefined ? 'a deleted clause' : section(clauseIndex);
  const text = c.resolved
    ? `${actor.delegation} resolved a comment on ${where}`
    : `${actor.delegation} ${c.replyTo ? 'replied on' : 'commented on'} ${where}`;
  return {
    key: `comment:${c.id}:${c.resolved ? 'resolved' : 'open'}`,
    kind: 'comment',
    clauseId: c.clauseId,
    text,
  };
}
