import { describe, expect, it } from 'vitest';
import { attributedSpans as actors } from './attribution-spans';
import { defaultPolicies } from './defaults';
import { createLinter } from './linter';
import { coversSpan, ruleFindings } from './rules-under-test';

// LT84: clean classes of sentence that unseen writers (dev-39/dev-40 after their first scores) and own-sentences-17
// (written before the rules) had flagged for attribution, source protection or classification, each beside its
// violating look-alikes, which stay found.
const linter = createLinter(defaultPolicies(['US', 'CA', 'UK', 'FR', 'DE', 'EU']));
const modelFindings = (text: string, ruleId: string) =>
  linter.lintClause({ id: 'c', text }).filter((f) => f.ruleId === ruleId);

describe('LT84: a threat state as the speaker who lays an attack on someone else is no author, nor is the accused', () => {
  it.each([
    'North Korea claimed that South Korean hackers had stolen data from its servers.',
    'Belarus alleged that Polish activists were responsible for the railway disruption.',
    'Tehran held Washington responsible for the malware found in its industrial systems.',
    'Beijing urged the United States to stop its cyber attacks on Chinese networks.',
    'Iran blamed Israel for the outage at its fuel stations.',
    "Russia's foreign ministry claimed NATO was waging cyber war against it.",
    'Iran insisted that Israeli agents were responsible.',
  ])('LT84: no author in "%s"', (text) => {
    expect(actors(text)).toEqual([]);
  });

  it.each([
    ['Ukraine accused Russia of launching the attacks on its power grid.', 'Russia'],
    ['Washington blamed Beijing for the malware found in its water systems.', 'Beijing'],
    ['Russia claimed that it was behind the attack on the exchange.', 'Russia'],
    ['Russia claimed its hackers were behind the attack.', 'Russia'],
    ['The minister said Russia was behind the attacks on the grid.', 'Russia'],
  ])('LT84: the look-alike "%s" still names %s', (text, actor) => {
    expect(actors(text).some((a) => a.includes(actor))).toBe(true);
  });

  it.each([
    "China's National Computer Virus Emergency Response Center said it had found spyware on devices at a research institute.",
    "Russia's NKTsKI issued a bulletin on a phishing campaign aimed at Russian ministries.",
    'Beijing urged the province to stop smearing China and said China is itself a major victim of cyber-attacks.',
    'Beijing has consistently denied that its government sponsors hacking.',
  ])('LT84: a threat state reporting, smeared or denying is no unsure author: "%s"', (text) => {
    expect(actors(text)).toEqual([]);
  });

  it.each([
    'Russian officials said Western intelligence services were behind the hacks on their banks.',
    'The Chinese foreign ministry accused the CIA of running a decade-long campaign against Chinese firms.',
    'The report stops short of blaming Beijing.',
    'The allies chose not to point the finger at Moscow in the joint text.',
    "According to China's CVERC, a foreign intelligence agency had breached a university in Xi'an.",
  ])('LT84: France\'s attribution model is not asked about "%s"', (text) => {
    expect(modelFindings(text, 'FR-MODEL-ATTRIBUTION')).toEqual([]);
  });
});

describe('LT84: victims, names and non-state targets are no authors', () => {
  it.each([
    'The Ukrainian grid outages of December 2015 were the first publicly confirmed cyber-attacks to cut power to civilians.',
    'The Norwegian hospital breach exposed the records of 30,000 patients.',
    'APT1 was the first group a vendor publicly named with a number, in a 2013 report.',
    'In 2016 the then Defence Secretary said publicly that the UK was using offensive cyber against Daesh in Iraq and Syria.',
    'A US-based hacker later claimed to have caused the outage in North Korea.',
  ])('LT84: no author in "%s"', (text) => {
    expect(actors(text)).toEqual([]);
  });

  it.each([
    ['The Russian grid attacks of 2015 were the first to cut power to civilians.', 'Russian grid attacks'],
    ["APT28 was the first group to hack the ministry's mail servers.", 'APT28'],
    ['Russia used offensive cyber against Ukraine and against terrorists in Syria.', 'Russia'],
    ['A Russia-based GRU unit carried out the intrusion, the advisory says.', 'GRU'],
    ['Tehran denied any role, yet Iranian operators were caught inside the network.', 'Iranian operators'],
  ])('LT84: the look-alike "%s" still names %s', (text, actor) => {
    expect(actors(text).some((a) => a.includes(actor))).toBe(true);
  });
});

describe('LT84: source protection — quoted by name and speaking in public are on the record', () => {
  it.each(["The embassy's spokesperson, quoted by name in the newspaper, rejected the claims."])(
    'LT84: no source-protection rule finding in "%s"',
    (text) => {
      expect(ruleFindings(text, 'source-protection')).toEqual([]);
    },
  );

  it.each([
    [
      "The embassy's deputy spokesperson, who cannot be quoted by name, rejected the claims.",
      "embassy's deputy",
    ],
    [
      'The first warning came from the duty officer at the mission, who declined to be quoted by name.',
      'the duty officer at the mission',
    ],
  ])('LT84: the look-alike "%s" is still flagged at "%s"', (text, span) => {
    expect(coversSpan(text, 'source-protection', span)).toBe(true);
  });

  it.each([
    'Ambassador Marie Lund, who chaired the session, told journalists afterwards that the text was balanced.',
    "The company's chief security officer, Henrik Dahl, answered journalists' questions at the press conference.",
    "The minister, who chairs the cabinet's security committee, spoke at a press conference in Riga.",
  ])('LT84: the source-protection model is not asked about a person speaking in public: "%s"', (text) => {
    expect(modelFindings(text, 'MODEL-SOURCE-PROTECTION')).toEqual([]);
  });

  it.each([
    [
      "The head of the agency's incident response team, who asked not to be named, told journalists that patching was slow.",
      "The head of the agency's incident response team",
    ],
    [
      'A deputy director in the cyber unit, speaking on condition of anonymity at the press conference, said the talks would continue.',
      'A deputy director in the cyber unit',
    ],
  ])('LT84: the look-alike "%s" is still flagged at "%s"', (text, span) => {
    expect(coversSpan(text, 'source-protection', span)).toBe(true);
  });
});

describe('LT84: the Traffic Light Protocol compared is no marking', () => {
  it('LT84: "the difference between TLP:RED and TLP:AMBER" marks nothing; "This advisory is marked TLP:AMBER" does', () => {
    expect(
      ruleFindings(
        'The guidance explains the difference between TLP:RED and TLP:AMBER for new members.',
        'classification',
      ),
    ).toEqual([]);
    expect(
      coversSpan(
        'This advisory is marked TLP:AMBER and may only be shared within your organisation.',
        'classification',
        'TLP:AMBER',
      ),
    ).toBe(true);
  });
});
