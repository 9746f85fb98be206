import { describe, expect, it } from 'vitest';
import { ruleFindings } from './rules-under-test';

// LT122: clean sentences of dev-59's first score (written to find false alarms) that rules flagged, paraphrased here
// and never copied, each beside a violating look-alike that stays found.
const found = (text: string, category: Parameters<typeof ruleFindings>[1]) =>
  ruleFindings(text, category).map((f) => f.ruleId);

describe('LT122: our own services restored, other senses of the words, and talk about operations', () => {
  it('LT122: an own service restored, moved, disconnected as a precaution or under maintenance is no target', () => {
    for (const text of [
      'The city portal, www.city.example.lv, was back online at 05:00 after engineers moved it behind a scrubbing service.',
      'As a precaution the agency disconnected its upload server, files.agency.example.eu, until the review ends.',
      'Maintenance notice: the customer portal at 198.51.100.20 will be unavailable between 02:00 and 04:00 on Sunday.',
      'Le site de la mairie, mairie.example.fr, a été rétabli à 7 h après un filtrage renforcé.',
    ])
      expect(found(text, 'operational-detail'), text).toEqual([]);
    expect(
      found(
        'We will take down their C2 at 198.51.100.20 once the city portal is back online.',
        'operational-detail',
      ),
    ).not.toEqual([]);
    // regression (LT122's first version): a step timed on their controllers coming back online stays found
    expect(
      found(
        'The next wave goes only if their controllers at 198.51.100.0/24 come back online after the takedown.',
        'operational-detail',
      ),
    ).not.toEqual([]);
  });

  it('LT122: a mirror site, implant surgery, a rail strike or bond markets on a weekday time no operation', () => {
    for (const text of [
      'A mirror site for the land registry went live on Sunday while the main portal was repaired.',
      'The clinic resumed cochlear implant surgery on Tuesday after its booking system was rebuilt.',
      'The rail strike planned for Friday has been called off, the ministry said.',
      'Government bonds slipped on Thursday as investors weighed reports of the outages, traders in Frankfurt said.',
    ])
      expect(
        found(text, 'operational-detail').filter((r) => r === 'OPS-TIMING'),
        text,
      ).toEqual([]);
    expect(found('Our strike on their relays is planned for Friday.', 'operational-detail')).toContain(
      'OPS-TIMING',
    );
  });

  it('LT122: counter-operations discussed in general (a law, a debate, an academic) are no plan; ours for tomorrow is', () => {
    for (const text of [
      'The Intelligence Act of 2017 gives the service a legal basis for active cyber operations, the clerk noted.',
      'A professor told the panel that public talk of counter-attacks mostly serves domestic audiences.',
      'The hack-back debate in parliament has resurfaced every few years without a law.',
    ])
      expect(found(text, 'operational-detail'), text).toEqual([]);
    expect(found('The professor said our hack-back is ready for tomorrow.', 'operational-detail')).toContain(
      'OPS-COUNTER-OPERATIONS',
    );
    // regression (LT122's first version): a retaliatory operation against a named target that "would require a legal
    // basis" stays found
    expect(
      found(
        'A retaliatory operation against the Main Centre’s servers would, in our view, need a separate legal basis.',
        'operational-detail',
      ),
    ).toContain('OPS-COUNTER-OPERATIONS');
  });

  it('LT122: a vaccination campaign, a suspect wanted by a state, sanctions discussed and a contract’s penalties are no disclosure', () => {
    expect(
      found('Canada’s vaccination campaign in partner countries passed a million doses.', 'attribution'),
    ).toEqual([]);
    expect(found('Russia’s disinformation campaign targeted the election.', 'attribution')).not.toEqual([]);
    expect(
      found('The suspect is wanted by Germany for investment fraud, the notice says.', 'attribution'),
    ).toEqual([]);
    expect(
      found('Iran is not mentioned in the draft, and nobody discussed who ran the intrusion.', 'attribution'),
    ).toEqual([]);
    expect(found('Officials discussed how sanctions would affect the target economy.', 'sanctions')).toEqual(
      [],
    );
    expect(
      found(
        'Ministers will hold the supplier to account through the contract’s penalty clauses.',
        'sanctions',
      ),
    ).toEqual([]);
  });
});
