import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution';
import { defaultPolicies } from './defaults';
import { findMentions } from './entities';
import { createLinter } from './linter';
import { tokenize } from './sentences';

const constructions = defaultPolicies()[0]!.constructions.get('attribution')!;
const fr = createLinter(defaultPolicies(['FR']));

/** The actor spans a sentence names as authors, with their construction and certainty. */
function authors(text: string) {
  return tokenize(text).flatMap((s) =>
    findAttributions(s, findMentions(s), constructions).map((a) => ({
      relation: a.relation,
      span: text.slice(a.start, a.end),
      certainty: a.certainty,
    })),
  );
}
const spans = (text: string) => authors(text).map((a) => a.span);
const frSpans = (text: string) =>
  fr
    .lintClause({ id: 'c', text })
    .filter((f) => f.category === 'attribution' && !f.ruleId.endsWith('MODEL-ATTRIBUTION'))
    .map((f) => text.slice(f.start, f.end));

describe('indirect attribution (LT54)', () => {
  it('LT54: an act or its traces tied, connected, imputed or associated to an actor names it', () => {
    expect(spans('Forensic analysis ties the wiper deployment to Russia’s GRU.')).toEqual(['Russia’s GRU']);
    expect(spans('The intrusions are imputable to the Chinese state, according to the annex.')).toEqual([
      'Chinese state',
    ]);
    expect(spans('The CERT now associates the botnet with the Russian Federal Security Service.')).toEqual([
      'Russian Federal Security Service',
    ]);
  });

  it('LT54: ties and links as nouns, and a link between two places, name no author', () => {
    expect(spans("Our economic ties to China were not affected by last year's cyber incident.")).toEqual([]);
    expect(spans('The trade links with Russia were cut long before the attack on the grid.')).toEqual([]);
    expect(spans('The new cable connects Finland to Estonia and is protected against sabotage.')).toEqual([]);
  });

  it('LT54: a thing of the attack belongs to its author (ATT-BELONGS-TO)', () => {
    expect(authors('The loader found on the ministry’s servers belongs to Sandworm.')).toMatchObject([
      { relation: 'ATT-BELONGS-TO', span: 'Sandworm' },
    ]);
  });

  it('LT54: a hostile head linked to an actor names it in any sentence, not when denied (ATT-HOSTILE-HEAD-LINK)', () => {
    expect(
      spans('Initial access was obtained by a threat actor associated with the Russian GRU.').join(),
    ).toContain('Russian GRU');
    expect(spans('No threat actor associated with Russia has been identified in this incident.')).toEqual([]);
  });

  it('LT54: a multi-word hostile noun heads an actor phrase ("North Korean IT workers"); one that helps is no author', () => {
    expect(spans('We hired two North Korean IT workers without knowing it.')).toEqual([
      'North Korean IT workers',
    ]);
    expect(spans('South Korean IT workers helped us rebuild the payment system.')).toEqual([]);
  });

  it('LT54: a participle before the act keeps the possessor its author ("Beijing’s sustained cyber-espionage")', () => {
    expect(
      spans(
        "The Council expresses its deep concern at Beijing's sustained cyber-espionage campaign against research institutes.",
      ),
    ).toEqual(["Beijing's sustained cyber-espionage"]);
    expect(spans("Moscow's sustained efforts to mediate were welcomed by the parties.")).toEqual([]);
  });

  it('LT54: a demand to stop a harm named by a modifier or a nominal; a war is no such harm', () => {
    expect(
      spans('We call on China to cease its pre-positioning of malicious code in our networks.'),
    ).toHaveLength(1);
    expect(spans('The Ministers called on Iran to stop its harassment of dissidents online.')).toHaveLength(
      1,
    );
    expect(spans('We call on Russia to end its war of aggression and withdraw its troops.')).toEqual([]);
    expect(spans('We urge Iran to stop its enrichment of uranium beyond agreed limits.')).toEqual([]);
  });
});

describe('answers, appositions, hedges and notes (LT54)', () => {
  it('LT54: a yes or a flat "it was X" answers with the author; a cleft or a possessive goes on to something else', () => {
    expect(authors('Member: Was it the SVR? Witness: Yes, it was the SVR.')).toMatchObject([
      { span: 'SVR', certainty: 'unsure' },
    ]);
    expect(spans('GUEST: I mean — look, it’s the GRU.')).toEqual(['GRU']);
    expect(
      spans('"This was not a gang acting alone, this was the Russian state," the minister said.'),
    ).toEqual(['Russian state']);
    expect(spans('Yes, it was Beijing that hosted the conference in 2019.')).toEqual([]);
    expect(spans("Yes, it was Russia's turn to chair the council that month.")).toEqual([]);
    expect(spans('No, it was not the GRU; we have no evidence of that.')).toEqual([]);
  });

  it('LT54: an apposition saying what the actor is responsible for or behind names it', () => {
    expect(
      spans('Unit 74455 of the GRU, responsible for the attacks on the Ukrainian grid, has reappeared.'),
    ).toEqual(['Unit 74455 of the GRU']);
    expect(spans('APT40, the group behind the parliament breach, is back.')).toEqual(['APT40']);
    expect(spans('The BSI, responsible for the response to the attack, published its report.')).toEqual([]);
  });

  it('LT54: members of a threat agency in a sentence about an attack (ATT-MEMBERS-OF)', () => {
    expect(
      spans(
        'The indictment alleges that the conspirators were members of Unit 26165 and that they deployed malware.',
      ),
    ).toEqual(['Unit 26165']);
  });

  it('LT54: the usual suspects placed in a capital are named; suspects arrested there are not', () => {
    expect(spans('The indicators point towards the usual suspects in Moscow.')).toEqual(['Moscow']);
    expect(spans('The suspects in Moscow were arrested by Russian police after the fraud.')).toEqual([]);
  });

  it('LT54: hashtags name what they tag; a terse note equates an act with its author', () => {
    expect(spans('New wiper, old tricks. #Sandworm #CyberAttack')).toEqual(['#Sandworm']);
    expect(spans('08:20 ops update: 2nd wave = CN MSS per US; RU still primary for wave 1.')).toContain(
      'CN MSS',
    );
    expect(spans('Patch now! #CyberSecurity #Resilience #Estonia')).toEqual([]);
  });

  it('LT54: "whose" agents of a described state attacking is an attribution for France (FR-WHOSE-AGENTS)', () => {
    expect(
      frSpans('We are dealing with a regime whose cyber units hacked our hospitals during a pandemic.'),
    ).toEqual(['whose cyber units hacked']);
    expect(frSpans('We thank a partner whose security services helped us recover.')).toEqual([]);
  });
});

describe('French, German, Polish and Spanish drafts (LT54)', () => {
  it('LT54: a threat state named in its own language where the draft names an attack is read as its author', () => {
    expect(spans('Die Angriffe auf die Banken gehen auf das Konto Russlands.')).toEqual(['Russlands']);
    expect(spans('Za atakiem na banki stoją rosyjskie służby.')).toEqual(['rosyjskie']);
    expect(spans('Los ciberataques contra los ministerios fueron obra de Rusia.')).toEqual(['Rusia']);
    expect(spans("La Présidence a confirmé l'implication du renseignement militaire russe.")).toEqual([
      'russe',
    ]);
  });

  it('LT54: the state attacked or condemning in such a draft is not', () => {
    expect(spans('Die Angriffe auf Russland wurden von Unbekannten verübt.')).toEqual([]);
    expect(spans("La Russie a condamné l'attaque contre nos hôpitaux.")).toEqual([]);
  });
});

describe('relatives, answers, calques and bare demands (LT56)', () => {
  it('LT56: a group or hostile head in a relative clause that links it to a state', () => {
    expect(
      spans(
        'The Chair noted that APT41, which several partners attribute to China, had been mentioned twice.',
      ),
    ).toContain('APT41');
    expect(spans('The crew, which reports to Tehran, claimed the wiper attack.')).toContain('Tehran');
    expect(
      spans('The company, which reports to the Russian regulator, restored service after the attack.'),
    ).toEqual([]);
  });

  it("LT56: a threat state's responsibility with no attack word, not a duty", () => {
    expect(authors('Be clear on Tehran’s responsibility, no hedging.')).toMatchObject([
      { relation: 'ATT-THREAT-RESPONSIBILITY', certainty: 'unsure' },
    ]);
    expect(spans("Russia's responsibility to protect its own citizens was discussed.")).toEqual([]);
  });

  it('LT56: "Who did this? Russia did." names the author; who reacted does not', () => {
    expect(frSpans('[Pause] Who did this? The Kremlin did.')).toEqual(['Kremlin']);
    expect(frSpans('Who condemned the attack? Russia did, surprisingly.')).toEqual([]);
  });

  it('LT56: embedded clefts and "behind … there are" name the author; a cleft of a benign act does not', () => {
    expect(spans('We consider that it is Beijing that ordered the intrusions.')).toEqual(['Beijing']);
    expect(spans('For us it is clear that behind these attacks there are the Iranian services.')).toEqual([
      'Iranian services',
    ]);
    expect(spans('We note that it was Russia that hosted the conference on cyber norms.')).toEqual([]);
  });

  it('LT56: "attributed by X to Y" and "we attribute this to Y" need no attack word; a delay attributed to a position is none', () => {
    expect(spans('We attribute this to Unit 61398 of the PLA.')).toEqual(['Unit 61398 of the PLA']);
    expect(
      spans('The NotPetya outbreak was attributed by several governments to the Russian military.'),
    ).toContain('Russian military');
    expect(spans("We attribute the delay to Russia's late objections to the text.")).toEqual([]);
  });

  it('LT56: a question about a threat state answered yes; not "cannot say yes or no"', () => {
    expect(frSpans('Is Beijing behind the breach? Our forensic team says yes.')).toEqual(['Beijing']);
    expect(spans('Was this the Russian state? We cannot say yes or no at this stage.')).toEqual([]);
  });

  it('LT56: a demand to a threat state to stop, bracketed, in a sentence about attacks; not hostilities', () => {
    expect(
      frSpans(
        'OP 8: We [call on the Russian Federation to cease] [call on all States to refrain from] such destabilising cyber operations.',
      ),
    ).toEqual(['call on the Russian Federation to cease']);
  });

  it('LT56: a calque "the cyberattack of Russia against …" names the author; "the hacking of Russia\'s banks" does not', () => {
    expect(spans('We condemn firmly the cyberattack of Iran against a friendly country.')).toEqual(['Iran']);
    expect(spans("The hacking of Russia's banks by unknown criminals was reported in March.")).toEqual([]);
  });

  it('LT56: a text adopted with the support of states names no author; nor a state that says it is a victim', () => {
    expect(
      spans(
        '[Recalling the report, adopted with the support of China, Russia and all other members of the group,]',
      ),
    ).toEqual([]);
    expect(spans('Also Russia has declared to be victim of cyberattacks this year.')).toEqual([]);
  });

  it('LT56: "that was X then, it is X now" and "the Chinese did the espionage" name the author', () => {
    expect(spans('That was the SVR then, and it is the SVR now.')).toContain('SVR');
    expect(spans('The Iranians did the DDoS, the Chinese did the espionage.')).toEqual([
      'Iranians',
      'Chinese',
    ]);
    expect(spans('The Chinese did the translation of the joint statement.')).toEqual([]);
  });

  it('LT56: terse notes name the author by stage or label ("Initial access: likely SVR", "Attrib = PRC MSS")', () => {
    expect(spans('Initial access: likely SVR (per vendor).')).toEqual(['SVR']);
    expect(spans('Attribution: pending, no state named yet.')).toEqual([]);
    expect(spans('Attrib = PRC MSS (med. conf.)')).toEqual(['PRC MSS']);
    expect(spans('The digital trail leads straight back to Tehran.')).toEqual(['Tehran']);
  });

  it('LT56: Italian drafts and Polish inflections, as the other languages', () => {
    expect(spans("Dietro l'attacco ci sono i servizi russi.")).toEqual(['russi']);
    expect(spans('W ataku brały udział chińskie grupy.')).toEqual(['chińskie']);
    expect(spans('Gli attacchi contro la Russia sono stati condannati.')).toEqual([]);
  });

  it('LT56: "whose" agents after a named state are an attribution for France', () => {
    expect(
      frSpans(
        'We recall the conduct of Iran, whose intelligence services planned the intrusions into our ministries.',
      ),
    ).toContain('whose intelligence services planned');
  });
});

describe('a state that speaks or knows nothing is no author (LT64)', () => {
  it('LT64: a spokesperson telling an audience, and a state saying it has no information, are not attributions', () => {
    expect(
      spans(
        'The Kremlin spokesman told reporters on Thursday that Russia had nothing to do with the outages.',
      ),
    ).toEqual([]);
    expect(
      spans("The Kremlin's press secretary told journalists that the attacks were a provocation."),
    ).toEqual([]);
    expect(spans("The Kremlin's press secretary said Moscow had no information about the attacks.")).toEqual(
      [],
    );
    expect(
      spans("Iran's foreign minister told state media the cyber-attacks were a Western fabrication."),
    ).toEqual([]);
  });
  it('LT64: told alone is no reaction: a state telling its operatives to attack is still read as the author', () => {
    expect(spans('Moscow told its hackers to attack the banks.')).toEqual(['Moscow']);
  });
});
