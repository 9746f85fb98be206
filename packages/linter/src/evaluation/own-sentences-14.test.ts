import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT77: the fourteenth development set, written before the rules — restricted names inside identifiers (file names,
// e-mail addresses, URL paths, handles, hashtags), transliterations and case forms; unannounced measures by class (a
// package or round not yet out and its contents, the names we will add, items said to be among those of a step,
// thresholds in words, listings agreed below ministers); operational detail by class (standing access and implants,
// capabilities held in reserve, rehearsed attacks on their systems, urged or advocated attacks on their things);
// and the clean look-alikes on the other side of each. Tuned on.
const OWN_SENTENCES_14 = join(import.meta.dirname, 'own-sentences-14.jsonl');

describe('fourteenth development set (LT77)', () => {
  it('LT77: own-sentences-14 — sanctions and operational detail caught at 0.9 or more, no clean sentence flagged by a rule', () => {
    const s = scoreFile(OWN_SENTENCES_14);
    console.log(formatScore('own-sentences-14.jsonl', s));
    for (const category of ['sanctions', 'operational-detail'] as const)
      expect(s.categories.find((c) => c.category === category)!.recall).toBeGreaterThanOrEqual(0.9);
    const byRules = s.falseAlarms.filter(({ findings }) => findings.some((f) => !isModelFinding(f)));
    expect(byRules.map(({ item }) => item.text)).toEqual([]);
    expect(s.clean).toBeGreaterThanOrEqual(71);
  });
});
