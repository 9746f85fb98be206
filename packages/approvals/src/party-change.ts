import type { AuditInput } from './audit-chain';
import { removalObjection } from './membership';
import { type Actor, canManageParties } from './permissions';

export type PartyChangeCode = 'forbidden' | 'already_a_party' | 'no_such_party' | 'last_party';

export type PartyChangeDecision =
  | { ok: true; parties: string[]; audit: AuditInput }
  | { ok: false; code: PartyChangeCode; message: string };

function refuse(code: PartyChangeCode, message: string): PartyChangeDecision {
  return { ok: false, code, message };
}

/**
 * Decides a penholder's request to add or remove a party, returning the new party list and the
 * audit entry to append. Removing a party only takes it out of the agreement calculation: its
 * approval records and audit entries stay where they are.
 */
export function decidePartyChange(input: {
  actor: Actor;
  parties: string[];
  change: 'add' | 'remove';
  party: string;
  /**
   * MB10 (membership.ts), when known: the delegation that created the document and the
   * delegations holding the penholder role. The creator cannot be removed by another party, the
   * last penholder not at all.
   */
  holders?: { creator: string | undefined; penholders: readonly string[] };
}): PartyChangeDecision {
  const { actor, parties, change, party } = input;
  if (!canManageParties(actor)) return refuse('forbidden', 'only a penholder manages parties');
  if (!parties.includes(actor.delegation)) {
    return refuse('forbidden', `delegation ${actor.delegation} is not a party to this document`);
  }
  const who = { sub: actor.sub, name: actor.name, delegation: actor.delegation };
  if (change === 'add') {
    if (parties.includes(party)) {
      return refuse('already_a_party', `${party} is already a party`);
    }
    return { ok: true, parties: [...parties, party], audit: { kind: 'party-added', actor: who, party } };
  }
  if (!parties.includes(party)) return refuse('no_such_party', `${party} is not a party`);
  if (parties.length === 1) return refuse('last_party', 'a document keeps at least one party');
  const objection = input.holders ? removalObjection({ actor, party, ...input.holders }) : null;
  if (objection) return refuse(objection.code, objection.message);
  return {
    ok: true,
    parties: parties.filter((p) => p !== party),
    audit: { kind: 'party-removed', actor: who, party },
  };
}
