import { describe, expect, it } from 'vitest';
import { ruleFindings } from './rules-under-test';

// LT114: counter-operations as a topic and timings of speech, from dev-54's and dev-55's first clean false positives
// (paraphrased here, never copied); beside them the look-alikes that still disclose a plan.
const ops = (text: string) => ruleFindings(text, 'operational-detail').map((f) => f.ruleId);

describe('LT114: a counter-operation denied, debated or set in law, and the day something was said', () => {
  it.each([
    'The foreign ministry in Beijing has always denied conducting offensive cyber operations abroad.',
    'The defence ministry denies reports that it is preparing retaliatory cyber operations against the group.',
    'Lawyers say the debate over hack-back has gone quiet since the proposal died in committee.',
    "Reciprocal attacks on the gang's servers came up in academic debate but were never adopted by any government.",
    'A columnist proposed a counter-attack on air, and the ministry quickly distanced itself from the idea.',
    "Under its 2018 statute, the agency may conduct active cyber operations with the minister's approval.",
    'Researchers at the institute argue that a tit-for-tat response would only escalate.',
    'The spokesman told reporters on Monday that the government had no role in the outage.',
    'Ministers ruled out reciprocal strikes on Thursday and said the response would stay lawful.',
    'The response will be discussed during a cabinet meeting on Friday.',
  ])('LT114: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });

  it.each([
    'The ministry did not deny that an offensive toolkit would be available to hit back at their servers.',
    'Officials have privately floated a retaliatory cyber-attack on the servers the attackers rent.',
    'The agency has the authority under the act to conduct active cyber operations against these actors, and used it this week.',
    'The offensive team could hold its fire until after the parliamentary debate on Thursday.',
    'The counter-operation against their servers starts on Friday.',
  ])('LT114: "%s" still discloses operational detail', (text) => {
    expect(ops(text).length).toBeGreaterThan(0);
  });
});
