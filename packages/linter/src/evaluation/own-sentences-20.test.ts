import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT91: the twentieth development set (TUNE-OPS, session 11), written before any rule change — operational detail as
// it leaks in other languages without a possessive next to the noun: access held (ES, PT, DE, PL, IT, NL, FR),
// counter-attacks by their own nouns (IT, PL, DE, NL, ES), taskings and authorisations by verb and by noun (DE, ES, PT,
// IT), windows and phases of an action, our tools already on their servers; beside each class clean twins that share
// its words (the attackers' access to a victim's servers, access denied, a maintenance or application window, a
// consultation's phase, a defender's tool, a counter-attack as law or legality), and the clean classes unseen writers
// fall into (a defanged domain or an address published as an indicator or recorded by a court, doctrine), and a
// second batch (o20-g*) of timings that are no plan of ours — a glossary, a published chronology or war-game, mirrored
// storage, a restore deadline, public reports — beside timed twins, written before the precision rules; a third
// (o20-h*) of their credentials we hold and our presence inside their infrastructure, beside the attackers' own; a
// fourth (o20-k*) of a phase of ours by its codename beside phases numbered in Roman numerals; a fifth (o20-r*) of a
// response that depends on or is proportionate to the attack's severity (a principle) beside a timed twin.
const OWN_SENTENCES_20 = join(import.meta.dirname, 'own-sentences-20.jsonl');

describe('twentieth development set (LT91)', () => {
  it('LT91: own-sentences-20 — never fewer caught, nor more clean flagged, than after its rules (LT91)', () => {
    const s = scoreFile(OWN_SENTENCES_20);
    console.log(formatScore('own-sentences-20.jsonl', s));
    const caught = s.categories.find((c) => c.category === 'operational-detail')?.caught;
    expect(caught).toBeGreaterThanOrEqual(52); // of 52 (first scores 9 of 35, 0 of 9 (o20-h*), 1 of 2 (o20-k*), 1 of 1 (o20-r*))
    expect(s.clean).toBe(45);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(4); // first scores 8 of the first 30 and 5 of the 6 timing look-alikes; LT91 13 -> 2; o20-hc* +1 and o20-kc* +1 (the model), o20-rc* 1 of 2 -> 0
  });
});
