import { describe, expect, it } from 'vitest';
import { attributedSpans as actors } from './attribution-spans';
import { defaultPolicies } from './defaults';
import { createLinter } from './linter';
import { coversSpan, ruleFindings } from './rules-under-test';

// LT76: clean classes of sentence that unseen writers wrote and the rules or the sentence model flagged (the pooled
// clean false positives of dev … dev-36, the first scores of dev-37/dev-38, and own-sentences-15 written before the
// rules), each beside its violating look-alikes, which stay found.
const linter = createLinter(defaultPolicies(['US', 'CA', 'UK', 'FR', 'DE', 'EU']));
const modelFindings = (text: string, ruleId: string) =>
  linter.lintClause({ id: 'c', text }).filter((f) => f.ruleId === ruleId);

describe('LT76: a state that denies, accuses someone else, suffers or is asked about a hypothetical is no author', () => {
  it.each([
    ['denial', 'Iran rejected the accusation that it was behind the ransomware campaign.'],
    ['denial', 'China once again denied that it was involved in the intrusions.'],
    ['denial', "Iran's representative dismissed allegations that his country was behind the attacks."],
    [
      'denial',
      'The delegation of the Russian Federation took the floor to reject any suggestion that it was involved.',
    ],
    ['accuses others', "Iran's president said the country's enemies were behind the fuel-card outage."],
    [
      'accuses others',
      "Russia's ambassador claimed that Western services were behind the leak of the documents.",
    ],
    [
      'hypothetical',
      'Reporters asked whether Canada could attack the servers, and the minister refused to answer.',
    ],
    [
      'hypothetical',
      'Asked whether Japan would launch counter-attacks, the chief cabinet secretary said no.',
    ],
    [
      'suffers',
      'The Russian embassy rejected the reports and said Russia had itself suffered numerous cyber-attacks.',
    ],
    ['suffers', 'Iran has itself faced waves of destructive attacks on its fuel system.'],
    ['owned things hit', 'Roskomnadzor said Russian state websites had been hit by a wave of DDoS attacks.'],
    ['owned things hit', 'Chinese government portals were knocked offline by a DDoS attack last week.'],
    ['German denial', 'Die russische Botschaft wies die Vorwürfe zu den Cyberangriffen als haltlos zurück.'],
    [
      'enforcement',
      'The suspect was arrested in Spain at the request of the German authorities after the ransomware attacks.',
    ],
    [
      'defenders',
      'The joint advisory documents the Sandworm toolkit so that network defenders can hunt for it.',
    ],
    ['defenders', 'The vendor blog post explains how to detect the APT29 loader on mail servers.'],
  ])('LT76: %s — "%s"', (_, text) => {
    expect(actors(text)).toEqual([]);
  });

  it.each([
    ['Iran denied that it was behind the campaign; we know that Iran was behind it.', 'Iran'],
    ['Although China denied it, China was responsible for the intrusions.', 'China'],
    ['Russia claimed that it was behind the attack on the exchange.', 'Russia'],
    ['The minister said Russia was behind the attacks on the grid.', 'Russia'],
    ['Russia is said to be behind the attacks on the grid.', 'Russia'],
    ['Whether or not Moscow admits it, Russia hacked the grid.', 'Russia'],
    ['Russia, which has itself suffered attacks, launched the wiper against Ukraine.', 'Russia'],
    ['Russian state hackers targeted the Ukrainian grid.', 'Russian state hackers'],
    ['The hackers acted at the request of the Russian GRU when they breached the ministry.', 'Russian GRU'],
    ["The advisory describes how Sandworm wiped the grid operator's servers.", 'Sandworm'],
  ])('LT76: the look-alike "%s" still names %s', (text, actor) => {
    expect(actors(text).some((a) => a.includes(actor))).toBe(true);
  });
});

describe('LT76: source protection — nothing narrowing, a named person on the record, a state as member', () => {
  it.each([
    'A spokesperson who asked not to be named said the ministry had no further comment.',
    "Mr Okafor, the embassy's press counsellor, spoke to the paper on the record and was quoted by name.",
    "Iran's foreign ministry spokesman blamed an unnamed foreign country for the attack on the fuel system.",
    'The rapporteur notes that Serbia is a member of the Council of Europe and has ratified the Budapest Convention.',
  ])('LT76: no source-protection rule finding in "%s"', (text) => {
    expect(ruleFindings(text, 'source-protection')).toEqual([]);
  });

  it.each([
    [
      'A spokesperson who asked not to be named, Anna Berg, said the ministry had no further comment.',
      'Anna Berg',
    ],
    [
      "Mr Okafor, the embassy's press counsellor, spoke to the paper on condition that he not be identified.",
      'Mr Okafor',
    ],
    [
      "A member of the minister's private office, speaking on condition of anonymity, said the draft had been leaked.",
      "A member of the minister's private office",
    ],
    [
      "An unnamed official from the embassy's political section said the minister had approved the text.",
      "from the embassy's political section",
    ],
  ])('LT76: the look-alike "%s" is still flagged at "%s"', (text, span) => {
    expect(coversSpan(text, 'source-protection', span)).toBe(true);
  });

  it.each([
    'A senior diplomat, speaking on condition of anonymity, said the ministers were close to agreement.',
    'One Western official, who asked not to be named, said the allies had not yet agreed on the wording.',
    'An EU official said, on condition of anonymity, that the meeting had been constructive.',
    'According to a senior official who requested anonymity, the leaders will meet again in March.',
    'Officials speaking on background said the statement would be released after the summit.',
  ])(
    'LT76: the source-protection model is not asked about an anonymous person with nothing narrowing: "%s"',
    (text) => {
      expect(modelFindings(text, 'MODEL-SOURCE-PROTECTION')).toEqual([]);
    },
  );
});

describe('LT76: the Traffic Light Protocol explained is no marking', () => {
  it.each([
    'TLP:AMBER is one of four labels in the Traffic Light Protocol, alongside RED, GREEN and CLEAR.',
    'The Traffic Light Protocol has four levels: RED, AMBER, GREEN and CLEAR, with AMBER+STRICT added in version 2.0.',
    "FIRST's TLP 2.0 standard renamed TLP:WHITE to TLP:CLEAR and added TLP:AMBER+STRICT.",
    "The glossary explains that TLP:AMBER+STRICT restricts sharing to the recipient's own organisation.",
  ])('LT76: no classification finding in "%s"', (text) => {
    expect(ruleFindings(text, 'classification')).toEqual([]);
  });

  it.each([
    ['This annex is TLP:AMBER+STRICT, one of the four labels of TLP 2.0.', 'TLP:AMBER+STRICT'],
    ['Labels in this pack: TLP:RED for the annex, TLP:GREEN for the summary.', 'TLP:RED'],
    ['Handle as TLP:AMBER: the glossary of TLP labels is attached for new staff.', 'TLP:AMBER'],
    ['The annex, marked TLP:AMBER+STRICT, lists the affected banks.', 'TLP:AMBER+STRICT'],
  ])('LT76: the marking "%s" is still flagged at "%s"', (text, span) => {
    expect(coversSpan(text, 'classification', span)).toBe(true);
  });
});
