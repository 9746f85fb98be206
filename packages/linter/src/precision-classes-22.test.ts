import { describe, expect, it } from 'vitest';
import { coversSpan, ruleFindings } from './rules-under-test';

// LT93: classes of sentence that the unseen writers of dev-41/dev-42 and own-sentences-22 (written before the rules)
// had flagged or missed, each beside violating look-alikes, which stay found.

describe('LT93: a classification marking explained, fact-checked, audited or declassified is no marking', () => {
  it.each([
    'The handbook explains that CONFIDENTIAL sits between RESTRICTED and SECRET in the national scheme.',
    'A fake memo with a "SECRET" stamp was shared widely; fact-checkers traced it to a free template.',
    'The inspectors criticised the ministry for routinely marking press lines OFFICIAL-SENSITIVE.',
    'The study, formerly classified SECRET, was declassified in 2020.',
    'Under the standard, TLP:RED information may not be shared beyond the meeting.',
  ])('LT93: nothing marked in "%s"', (text) => {
    expect(ruleFindings(text, 'classification')).toEqual([]);
  });

  it.each([
    ["SECRET — Annex D: the partner ministry's compromised hosts", 'SECRET'],
    ['This note is classified CONFIDENTIAL under the national scheme.', 'CONFIDENTIAL'],
    ['Recipients are reminded that this text is classified at the SECRET level.', 'SECRET'],
    ["Training annex (TLP:AMBER): the partner's indicators.", 'TLP:AMBER'],
    ['Exercise handbook, part 3 — RESTRICTED.', 'RESTRICTED'],
  ])('LT93: "%s" is marked (%s)', (text, span) => {
    expect(coversSpan(text, 'classification', span)).toBe(true);
  });
});
