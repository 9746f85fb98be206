import { describe, expect, it } from 'vitest';
import { ruleIdSpans } from './rules-under-test';

// LT115: our side's standing hold on the attackers' infrastructure without "their" or a hack-back word, from dev-55's
// misses (paraphrased here, never copied); beside them the attackers' own hold on a victim, a denial, an exercise.
const holds = (text: string) => ruleIdSpans(text, 'OPS-STANDING-HOLD-ON-ATTACK-INFRASTRUCTURE');

describe('LT115: a standing hold on the infrastructure used in the attacks', () => {
  it.each([
    [
      'The committee heard that the unit keeps persistent access to the servers the attackers launched from.',
      'persistent access',
    ],
    [
      "The minister confirmed the service retains 'enduring access' to infrastructure used in the attacks.",
      'enduring access',
    ],
    [
      "The general admitted the unit had 'pre-placed capabilities' in networks linked to the gang.",
      'pre-placed capabilities',
    ],
    ['Has the agency placed tools on the machines used against the hospitals? Yes.', 'placed tools'],
    ['the beacon is live on 6 of their 9 proxies, checking the rest tonight', 'beacon is live'],
  ])('LT115: "%s" discloses the hold (%s)', (text, words) => {
    expect(holds(text).some((h) => h.includes(words))).toBe(true);
  });

  it.each([
    "The attackers kept persistent access to the ministry's servers for months.",
    'We do not have persistent access to the servers the attackers used.',
    'In the exercise, the red team kept persistent access to the servers the attackers launched from.',
    'The attackers had planted implants on servers linked to the ministry.',
    "Their implant is active on their own servers, the vendor's report says.",
  ])('LT115: no hold of ours in "%s"', (text) => {
    expect(holds(text)).toEqual([]);
  });
});
