/** Who a comment or amendment names: a delegation and one of its people (never their sub). */
export interface Author {
  delegation: string;
  name: string;
}

/** The signed-in person, as carried by the session token. */
export interface NegotiationActor {
  sub: string;
  name: string;
  delegation: string;
  role: 'drafter' | 'penholder' | 'observer';
}

/** A clause as the rules see it: its id, its current text and the hash of that text. */
export interface ClauseFacts {
  id: string;
  text: string;
  hash: string;
}

/** Codes of the refusals; each is also a boundary error code of the same name (400/403/404/409). */
export type NegotiationCode = 'invalid_request' | 'forbidden' | 'not_found' | 'stale_hash' | 'conflict';

export interface Refusal {
  ok: false;
  code: NegotiationCode;
  message: string;
}

export const refuse = (code: NegotiationCode, message: string): Refusal => ({ ok: false, code, message });

export const authorOf = (a: NegotiationActor): Author => ({ delegation: a.delegation, name: a.name });

export const auditActorOf = (a: NegotiationActor) => ({ sub: a.sub, name: a.name, delegation: a.delegation });

/** NG1: drafters and penholders take part in the negotiation; observers only read it. */
export function canNegotiate(actor: NegotiationActor): boolean {
  return actor.role === 'drafter' || actor.role === 'penholder';
}

/** NG11: only the penholder decides on amendments (accepts or rejects them). */
export function canDecideAmendments(actor: NegotiationActor): boolean {
  return actor.role === 'penholder';
}
