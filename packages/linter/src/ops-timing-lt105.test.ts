import { describe, expect, it } from 'vitest';
import { ruleFindings } from './rules-under-test';

// LT105: OPS-TIMING's clean classes from dev-49's first clean false positives (paraphrased here, never copied): a
// service that was back online, traffic or port mirroring, an agency tasked with drafting standards or a report, a
// measure adopted on a date given with its year. Each sits beside a look-alike that stays an error: the same words
// in a clause where our side acts on the attackers' relays, servers or operations.
const timing = (text: string) =>
  ruleFindings(text, 'operational-detail').filter((f) => f.ruleId === 'OPS-TIMING' && f.severity === 'error');

describe('LT105: timings of ordinary events are no timing of a response', () => {
  it.each([
    'The ministry portal was back online by 14:00, served from a mirror at its hosting company.',
    'Port mirroring to the capture appliance was switched on at the data centre at 09:45.',
    'The regulator has been tasked with drafting minimum standards for water utilities by the end of the year.',
    'Disputes over the measures adopted by the Council on 14 March 2022 are settled under the standard clause, the insurer said, and disruption claims follow the usual route.',
  ])('LT105: no OPS-TIMING error in "%s"', (text) => {
    expect(timing(text)).toEqual([]);
  });

  it.each([
    'Once the banks were back online, we planned to take down their relays at 04:00.',
    'Both teams stand by to re-engage at 0500 if the servers come back up.',
    'The cell has been tasked with preparing the takedown of the botnet for Saturday night.',
    'Our operators will hit back at 23:00, mirroring the attack on their command servers.',
  ])('LT105: the look-alike "%s" stays an OPS-TIMING error', (text) => {
    expect(timing(text).length).toBeGreaterThan(0);
  });
});
