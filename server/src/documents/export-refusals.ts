import { groupRefusals, type RefusalGroups, type RefusalItem } from '@accord/communique';
import type { Finding } from '@accord/linter';
import type { DocStateEvent } from '@accord/protocol';

/**
 * The reasons a final export is refused as structured items (cause, clause, party), in the order
 * and wording of the `reasons` list, so the 409 body can group them (api.md: `groups`).
 */
export function refusalItems(s: DocStateEvent, errors: readonly Finding[]): RefusalItem[] {
  const items: RefusalItem[] = [];
  if (s.clauses.length === 0) items.push({ cause: 'no_clauses', message: 'The statement has no clauses.' });
  for (const b of s.blockers) {
    if (b.reason === 'no_clauses') continue;
    const where = `Clause ${b.index}`;
    const at = { clauseId: b.clauseId, index: b.index, ...(b.party ? { party: b.party } : {}) };
    switch (b.reason) {
      case 'bracket':
        items.push({ cause: 'bracket', ...at, message: `${where}: bracketed text still stands.` });
        break;
      case 'objection':
        items.push({
          cause: 'objection',
          ...at,
          message: `${where}: ${b.party} objects${b.note ? ` ("${b.note}")` : ''}.`,
        });
        break;
      case 'reserve':
        items.push({
          cause: 'reserve',
          ...at,
          message: `${where}: ${b.party} holds a reserve (ad referendum).`,
        });
        break;
      case 'stale':
        items.push({ cause: 'stale', ...at, message: `${where}: ${b.party}'s approval is stale.` });
        break;
      case 'pending':
        items.push({ cause: 'pending', ...at, message: `${where}: ${b.party} has not approved yet.` });
        break;
      default:
        items.push({ cause: 'other', ...at, message: `${where}: ${b.reason}.` });
    }
  }
  const byId = new Map(s.clauses.map((c) => [c.id, c.index]));
  for (const f of errors) {
    const index = byId.get(f.clauseId);
    items.push({
      cause: 'lint',
      clauseId: f.clauseId,
      ...(index !== undefined ? { index } : {}),
      party: f.policy,
      message: `Clause ${index ?? '?'}: ${f.category} error under ${f.policy === 'ALL' ? 'the shared baseline policy' : `${f.policy}'s policy`}: ${f.message}`,
    });
  }
  return items;
}

/** `groups` of the 409 body: by cause and by party (in party order), with counts. */
export function refusalGroups(s: DocStateEvent, errors: readonly Finding[]): RefusalGroups {
  return groupRefusals(refusalItems(s, errors), s.parties);
}
