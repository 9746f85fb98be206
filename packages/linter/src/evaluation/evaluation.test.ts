import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, OWN_SENTENCES, scoreFile } from '../../eval-score';
import { formatScore, type Score } from './score';

// LT23: the independent evaluation sets, scored at the span level against all six demo parties. The held-out
// set is only ever seen through these aggregate numbers; no sentence of it is printed.
const DEV = join(EVAL_DIR, 'dev.jsonl');
const HELDOUT = join(EVAL_DIR, 'heldout.jsonl');

const RECALL_THRESHOLD = 0.95;
const FALSE_POSITIVE_THRESHOLD = 0.05;

describe('evaluation sets (LT23)', () => {
  it.skipIf(!existsSync(DEV))(
    'LT23: prints precision and recall per category for the development set',
    () => {
      const s = scoreFile(DEV);
      console.log(formatScore('dev.jsonl', s));
      expect(s.total).toBeGreaterThan(0);
    },
  );

  it("LT23: the linter's own development sentences (paraphrases of every construction) are caught", () => {
    const s = scoreFile(OWN_SENTENCES);
    console.log(formatScore('own-sentences.jsonl', s));
    expect(s.recall).toBeGreaterThanOrEqual(RECALL_THRESHOLD);
    expect(s.falsePositiveRate).toBeLessThanOrEqual(FALSE_POSITIVE_THRESHOLD);
  });

  // scored once, on first use, so running other tests alone (-t) never scores the held-out set
  let scored: Score | undefined;
  const heldoutScore = (): Score => {
    if (!scored) {
      scored = scoreFile(HELDOUT);
      console.log(formatScore('heldout.jsonl', scored));
    }
    return scored;
  };
  const hasHeldout = existsSync(HELDOUT);

  // The target is 0.95 per category (issue #12, still open). Until the linter reaches it, the held-out recall
  // measured at the end of session 2 (2026-12-01) minus 0.03 is a floor no change may fall below; raise the
  // floor whenever the measured recall rises, and replace it by RECALL_THRESHOLD once every category meets it.
  const HELDOUT_RECALL_FLOOR: Record<string, number> = {
    attribution: 0.78, // measured 0.816
    'source-protection': 0.95, // measured 0.987 (errors 0.961), session 3 final run
    'operational-detail': 0.84, // measured 0.877 (errors 0.741: the model's warnings carry the rest), session 3
    sanctions: 0.77, // measured 0.803
    classification: 0.92, // measured 0.948
  };

  it.skipIf(!hasHeldout)(
    'LT23: held-out recall per category never falls below its measured floor (target 0.95, not yet met)',
    () => {
      const heldout = heldoutScore();
      const below = heldout.categories
        .filter((c) => c.expected > 0 && c.recall < (HELDOUT_RECALL_FLOOR[c.category] ?? RECALL_THRESHOLD))
        .map((c) => `${c.category} ${c.recall.toFixed(3)} < floor ${HELDOUT_RECALL_FLOOR[c.category]}`);
      const shortOfTarget = heldout.categories
        .filter((c) => c.expected > 0 && c.recall < RECALL_THRESHOLD)
        .map((c) => `${c.category} ${c.recall.toFixed(3)}`);
      if (shortOfTarget.length > 0) {
        console.log(
          `LT23: held-out categories short of the ${RECALL_THRESHOLD} target: ${shortOfTarget.join(', ')}`,
        );
      }
      expect(below, formatScore('heldout.jsonl', heldout)).toEqual([]);
    },
  );

  it.skipIf(!hasHeldout)('LT23: held-out set: at most 5 % of clean sentences get any finding', () => {
    const heldout = heldoutScore();
    expect(heldout.falsePositiveRate, formatScore('heldout.jsonl', heldout)).toBeLessThanOrEqual(
      FALSE_POSITIVE_THRESHOLD,
    );
  });
});
