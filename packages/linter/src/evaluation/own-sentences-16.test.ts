import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT82: the sixteenth development set, written before the rules — our side as the agent of a hold or a move on their
// things (footholds, shells, implants and persistence on their hosts, also as a note's fragment; a backdoor in a
// machine their operators use; exploits kept or held in reserve; the access we keep in French, Italian, Spanish,
// German and Polish; their panel that will stop answering; moving on their infrastructure; a planned take-over of
// their wallets), the violating look-alikes of each new antipattern, and the clean look-alikes (their holds on our
// systems, defenders' finds and resets, denials, third parties' events). Tuned on.
const OWN_SENTENCES_16 = join(import.meta.dirname, 'own-sentences-16.jsonl');

describe('sixteenth development set (LT82)', () => {
  it('LT82: own-sentences-16 — operational detail caught at 0.95 or more, no clean sentence flagged', () => {
    const s = scoreFile(OWN_SENTENCES_16);
    console.log(formatScore('own-sentences-16.jsonl', s));
    expect(s.categories.find((c) => c.category === 'operational-detail')!.recall).toBeGreaterThanOrEqual(
      0.95,
    );
    expect(s.falseAlarms.map(({ item }) => item.text)).toEqual([]);
    expect(s.clean).toBeGreaterThanOrEqual(25);
  });
});
