import { describe, expect, it } from 'vitest';
import { defaultPolicies } from './defaults';
import { createLinter } from './linter';

const linter = createLinter(defaultPolicies([]));
const sanctions = (text: string) =>
  linter
    .lintClause({ id: 'c', text })
    .filter((f) => f.category === 'sanctions')
    .map((f) => ({ rule: f.ruleId, text: text.slice(f.start, f.end) }));

describe('restricted names in every form (LT15)', () => {
  it.each([
    ['Vera O., as the press calls her, was tipped off.', 'Vera O.'],
    ['Oleg B. is being added.', 'Oleg B.'],
    ['A.V. is the priority listing.', 'A.V.'],
    ['A. V. is the priority listing.', 'A. V.'],
    ['VORONIN, Arkady, is on the annex.', 'VORONIN'],
    // German, French and Baltic transliterations
    ['L. Schewtschuk-Marr attended.', 'L. Schewtschuk-Marr'],
    ['Lidia Chevtchouk-Marr attended.', 'Lidia Chevtchouk-Marr'],
    ['Arkadi Voronine attended.', 'Arkadi Voronine'],
    ['Oleg Brannikoff attended.', 'Oleg Brannikoff'],
    ['Juri Talmatsch attended.', 'Juri Talmatsch'],
    ['Vera Ozolinya attended.', 'Vera Ozolinya'],
    ['Olegs Brannikovs attended.', 'Brannikovs'],
    ['Yu. Talmach signed the contracts.', 'Yu. Talmach'],
  ])('LT15: %s', (text, name) => {
    expect(sanctions(text)).toContainEqual({ rule: 'SAN-RESTRICTED-NAME', text: name });
  });

  it('LT15: other people with similar initials or names are not restricted', () => {
    expect(sanctions('Mr Voronov, the Estonian minister, welcomed the statement.')).toEqual([]);
    expect(sanctions('Vera Olsen chaired the session.')).toEqual([]);
  });
});

describe('content of a sanctions step not yet public (LT28)', () => {
  it.each([
    [
      'Firms with annual turnover above EUR 10 million will be covered.',
      'annual turnover above EUR 10 million',
    ],
    ['A de minimis threshold of GBP 500 will apply to frozen-funds reporting.', 'threshold of GBP 500'],
    [
      'A wind-down licence valid for 30 days will accompany the designations.',
      'wind-down licence valid for 30 days',
    ],
    [
      'The new listings, still under negotiation, cover twelve individuals and three exchanges.',
      'twelve individuals',
    ],
    [
      'The package introduces a ban on Russian-owned IT firms bidding for contracts.',
      'a ban on Russian-owned IT',
    ],
    ['The price cap on Russian crude will fall to 45 dollars a barrel.', 'price cap on Russian crude'],
    [
      'Canada’s regulations, to be published in the Gazette on Friday, target six contractors.',
      'to be published',
    ],
    [
      'OFAC plans to add the software firms to the SDN list on Monday.',
      'add the software firms to the SDN list',
    ],
    ['Payment providers handling more than 5 % of the transactions will be covered.', 'more than 5 %'],
    ['Sixteen additional vessels of the shadow fleet are slated for listing.', 'Sixteen additional vessels'],
    [
      'The next round of listings, which we expect in early March, focuses on cyber contractors.',
      'next round of listings',
    ],
    ['The ceiling for permitted transfers will be set at 100,000 euros per month.', '100,000 euros'],
  ])('LT28: %s', (text, content) => {
    const found = sanctions(text);
    const at = text.indexOf(content);
    expect(at).toBeGreaterThanOrEqual(0);
    const f = linter.lintClause({ id: 'c', text }).filter((x) => x.category === 'sanctions');
    expect(f.some((x) => x.start < at + content.length && x.end > at)).toBe(true);
    expect(found.length).toBeGreaterThan(0);
  });

  it.each([
    'We will continue to use all the tools at our disposal, including sanctions, to respond.',
    'Any decision on sanctions will depend on the scale of the attacks, the diplomat said.',
    'A joint advisory listing mitigations is due to be published next week.',
    'The working party will reconvene tomorrow at 9 a.m. to finalise the sanctions paragraph.',
    'The sanctions imposed in 2022 remain in force.',
    'The EU has listed 1,700 individuals and entities since the start of the war.',
    'We will continue to work with partners to ensure that sanctions are fully implemented.',
    'The designated contact points will share information within 24 hours of an incident.',
    'We will hold those responsible to account, including through sanctions where appropriate.',
    'We will respond in a timely manner, including through sanctions.',
  ])('LT28: no sanctions finding in "%s"', (text) => {
    expect(sanctions(text)).toEqual([]);
  });
});
