import type { Role, TokenClaims } from '@accord/protocol';
import type { RunningServer } from './server';

export const DEMO_DOC_TITLE = 'Joint statement on the cyber-attacks against a partner nation';
export const DEMO_PARTIES = ['US', 'CA', 'UK', 'FR', 'DE', 'EU'];
/** The demo's penholder delegation: it creates the document and manages its parties. */
export const DEMO_PENHOLDER = 'UK';

/** A draft written for Accord's demo (fictional; see shared/design/scenario.md). */
export const DEMO_TEXT = `We, the Governments of the United States, Canada, the United Kingdom, France and Germany, and the European Union, stand in full solidarity with our partner following the cyber-attacks of recent days against its ministry of defence and two of its largest banks.

These attacks disrupted public services and financial transactions relied upon by millions of citizens. They are irresponsible and unacceptable, and run counter to the framework of responsible state behaviour in cyberspace endorsed by all members of the United Nations.

We are working closely with our partner to establish the facts. Technical analysis of the distributed denial-of-service traffic and of the intrusions into government networks is ongoing, and we will share our findings with each other as they mature.

We call on all states to refrain from malicious cyber activity against critical infrastructure, and to take reasonable steps to address such activity emanating from their territory.

We have offered, and will continue to provide, technical assistance to help our partner restore affected systems, strengthen the resilience of its networks and protect its citizens' data.

We will hold those responsible to account. We are prepared to use all appropriate tools at our disposal, in accordance with international law, to respond to and deter such behaviour.

We recall that existing international law, including the Charter of the United Nations in its entirety, applies to the conduct of states in cyberspace.

We will continue to coordinate closely among ourselves and with our partners in the private sector to detect, disrupt and deter malicious cyber activity.

We encourage all organisations, in the public and private sectors, to apply the security advisories issued by our national cyber security authorities without delay.

We remain united in our resolve to keep cyberspace open, free, stable and secure.`;

/** Seeds the demo document on first start; returns its id (existing or new). */
export async function seedDemo(server: RunningServer): Promise<string> {
  const existing = (await server.storage.listDocuments()).find((d) => d.title === DEMO_DOC_TITLE);
  if (existing) return existing.id;
  const penholder: TokenClaims = {
    sub: 'demo-seed',
    name: 'Accord demo',
    delegation: DEMO_PENHOLDER,
    role: 'penholder',
  };
  const meta = await server.docs.create(penholder, {
    title: DEMO_DOC_TITLE,
    parties: DEMO_PARTIES,
    text: DEMO_TEXT,
    tlp: 'CLEAR',
    place: 'Brussels',
  });
  return meta.id;
}

/** Redemptions each printed demo link allows (and how long it lives): bounded, for the demo document only. */
export const DEMO_INVITE_USES = 20;
export const DEMO_INVITE_TTL_SECONDS = 7 * 24 * 60 * 60;

/**
 * One invite link per delegation (the penholder's as penholder), plus one observer link: real
 * invites of the demo document (audited, listed, revocable), each good for DEMO_INVITE_USES
 * sign-ins within a week, and never a key to any other document.
 */
export async function demoInviteLinks(server: RunningServer, docId: string, base: string) {
  const links: { delegation: string; role: string; url: string }[] = [];
  const want: { delegation: string; role: Role }[] = [
    ...DEMO_PARTIES.map((delegation) => ({
      delegation,
      role: (delegation === DEMO_PENHOLDER ? 'penholder' : 'drafter') as Role,
    })),
    { delegation: 'FR', role: 'observer' },
  ];
  for (const { delegation, role } of want) {
    // Invites are made as the delegation's own penholder seat, so the rules (MB1–MB2) apply as to anyone.
    const issuer: TokenClaims = {
      sub: `demo-${delegation.toLowerCase()}`,
      name: 'Accord demo',
      delegation,
      role: delegation === DEMO_PENHOLDER ? 'penholder' : 'drafter',
    };
    const invite = await server.membership.createInvite(issuer, docId, {
      delegation,
      role,
      uses: DEMO_INVITE_USES,
      ttlSeconds: DEMO_INVITE_TTL_SECONDS,
    });
    const hash = invite.url.slice(invite.url.indexOf('#'));
    links.push({ delegation, role, url: `${base}/invite${hash}` });
  }
  return links;
}
