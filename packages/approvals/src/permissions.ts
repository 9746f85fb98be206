/** The signed-in person, as carried by the session token (api.md). */
export interface Actor {
  sub: string;
  name: string;
  delegation: string;
  role: 'drafter' | 'penholder' | 'observer';
}

/** Drafters and penholders edit text and set their own delegation's approvals; observers only read. */
export function canEdit(actor: Actor): boolean {
  return actor.role === 'drafter' || actor.role === 'penholder';
}

/** Only a penholder creates documents and adds or removes parties. */
export function canManageParties(actor: Actor): boolean {
  return actor.role === 'penholder';
}

/** AP14: creating a document is a penholder's act, like managing its parties. */
export function canCreateDocuments(actor: Actor): boolean {
  return canManageParties(actor);
}
