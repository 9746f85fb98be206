import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT98: the twenty-fourth development set (TUNE-OPS, session 12), written before the rules of each batch — operational
// detail without the usual words: a session of ours on their VPN concentrator, reading their chat or mail server, held
// credentials, footholds, tools placed ahead of time, tasking orders and FRAGOs, windows, phases and H-hour, intended
// effects, veiled threats with specifics, triggers and conditions of a response, numbered targets and escalation rungs,
// in English and six other languages; beside them clean twins (defensive timed measures, maintenance windows, public
// advisories, court records, doctrine, strategies' numbered targets, idioms). First score (lines 1-80): 29/40 caught,
// clean FP 3/40; lines 81-105 were written after the dev-45 rules, to test their twins. At the end: 49/50, 5/55 (older rules and
// the model: a doctrine's "H-hour", a defensive trigger's "40 Gbps", a migration, a storm's bad weekend, a council's
// stolen credentials; "we are in their debt", flagged by OPS-OUR-TOOLS, no longer is).
const OWN_SENTENCES_24 = join(import.meta.dirname, 'own-sentences-24.jsonl');

describe('twenty-fourth development set (LT98)', () => {
  it('LT98: own-sentences-24 — never fewer caught, nor more clean flagged, than recorded', () => {
    const s = scoreFile(OWN_SENTENCES_24);
    console.log(formatScore('own-sentences-24.jsonl', s));
    const caught = (category: string) => s.categories.find((c) => c.category === category)?.caught;
    expect(caught('operational-detail')).toBeGreaterThanOrEqual(49); // of 50 (first score 29 of 40, then 7 of 10)
    expect(s.clean).toBe(55);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(5);
  });
});
