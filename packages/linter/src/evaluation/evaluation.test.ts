import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, OWN_SENTENCES, scoreFile } from '../../eval-score';
import { formatScore, type Score } from './score';

// LT23: the independent evaluation sets, scored at the span level against all six demo parties. The held-out
// sets are only ever seen through these aggregate numbers; no sentence of them is printed.
const DEV = join(EVAL_DIR, 'dev.jsonl');

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

  // The target (issue #12, still open): recall >= 0.95 per category (0.9 to close the issue) and <= 5 % clean false
  // positives on each held-out set. Until the linter reaches it, each set's figures measured at the end of session 11
  // (2026-12-02, rules + sentence model, LT95; every set filtered against all tuning sets) are a ratchet: recall
  // may not fall more than 0.02 below them, nor clean false positives rise more than one sentence above them. Tighten
  // these whenever the measure improves; replace them by the targets once every category meets them. heldout-5 and
  // heldout-6 (session 5), heldout-7 (session 6), heldout-8 (session 7), heldout-9 (session 8), heldout-10 (session 9), heldout-11 and heldout-12 (sessions 10-11) were scored only by the integrator, in
  // aggregate: with their session's starting linter, and once at each session's end.
  const HELDOUT_SETS = [
    {
      file: 'heldout.jsonl',
      // measured: att 0.977, src 1.000, ops 0.950, snc 0.921, cls 0.973; clean FP 10/283 (session 11 start: 0.977, 1.000, 0.950, 0.921, 0.973; 10/283)
      floor: {
        attribution: 0.95,
        'source-protection': 0.98,
        'operational-detail': 0.93,
        sanctions: 0.9,
        classification: 0.95,
      },
      maxCleanFlagged: 11,
    },
    {
      file: 'heldout-2.jsonl',
      // measured: att 0.972, src 1.000, ops 0.989, snc 0.960, cls 0.979; clean FP 6/161 (session 11 start: 0.979, 1.000, 0.978, 0.960, 0.979; 6/161)
      floor: {
        attribution: 0.95,
        'source-protection': 0.98,
        'operational-detail': 0.96,
        sanctions: 0.94,
        classification: 0.95,
      },
      maxCleanFlagged: 7,
    },
    {
      file: 'heldout-3.jsonl',
      // measured: att 0.938, src 0.988, ops 0.940, snc 0.903, cls 1.000; clean FP 4/164 (session 11 start: 0.931, 0.976, 0.952, 0.903, 1.000; 4/164)
      floor: {
        attribution: 0.91,
        'source-protection': 0.96,
        'operational-detail': 0.93,
        sanctions: 0.88,
        classification: 0.98,
      },
      maxCleanFlagged: 5,
    },
    {
      file: 'heldout-4.jsonl',
      // measured: att 0.977, src 0.988, ops 0.963, snc 0.971, cls 1.000; clean FP 7/156 (session 11 start: 0.969, 0.988, 0.963, 0.956, 1.000; 6/156)
      floor: {
        attribution: 0.95,
        'source-protection': 0.96,
        'operational-detail': 0.94,
        sanctions: 0.95,
        classification: 0.98,
      },
      maxCleanFlagged: 7,
    },
    {
      file: 'heldout-5.jsonl',
      // measured: att 0.969, src 0.952, ops 0.951, snc 1.000, cls 1.000; clean FP 9/163 (session 11 start: 0.969, 0.952, 0.951, 0.986, 1.000; 10/163)
      floor: {
        attribution: 0.94,
        'source-protection': 0.93,
        'operational-detail': 0.93,
        sanctions: 0.98,
        classification: 0.98,
      },
      maxCleanFlagged: 10,
    },
    {
      file: 'heldout-6.jsonl',
      // measured: att 0.992, src 0.976, ops 0.928, snc 0.944, cls 1.000; clean FP 1/163 (session 11 start: 0.992, 0.976, 0.928, 0.944, 1.000; 1/163)
      floor: {
        attribution: 0.97,
        'source-protection': 0.95,
        'operational-detail': 0.9,
        sanctions: 0.92,
        classification: 0.98,
      },
      maxCleanFlagged: 2,
    },
    {
      file: 'heldout-7.jsonl',
      // measured: att 0.938, src 1.000, ops 0.893, snc 0.986, cls 1.000; clean FP 1/163 (session 11 start: 0.938, 1.000, 0.893, 0.986, 1.000; 1/163)
      floor: {
        attribution: 0.91,
        'source-protection': 0.98,
        'operational-detail': 0.87,
        sanctions: 0.96,
        classification: 0.98,
      },
      maxCleanFlagged: 2,
    },
    {
      file: 'heldout-8.jsonl',
      // measured: att 0.970, src 0.964, ops 0.905, snc 0.929, cls 1.000; clean FP 3/167 (session 11 start: 0.962, 0.964, 0.905, 0.914, 1.000; 4/167)
      floor: {
        attribution: 0.95,
        'source-protection': 0.94,
        'operational-detail': 0.88,
        sanctions: 0.9,
        classification: 0.98,
      },
      maxCleanFlagged: 4,
    },
    {
      file: 'heldout-9.jsonl',
      // measured: att 0.947, src 1.000, ops 0.869, snc 0.972, cls 0.952; clean FP 5/167 (session 11 start: 0.947, 1.000, 0.869, 0.972, 0.952; 5/167)
      floor: {
        attribution: 0.92,
        'source-protection': 0.98,
        'operational-detail': 0.84,
        sanctions: 0.95,
        classification: 0.93,
      },
      maxCleanFlagged: 6,
    },
    {
      file: 'heldout-10.jsonl',
      // measured: att 0.947, src 0.988, ops 0.917, snc 0.986, cls 1.000; clean FP 15/171 (session 11 start: 0.931, 0.988, 0.917, 0.986, 1.000; 14/171)
      floor: {
        attribution: 0.92,
        'source-protection': 0.96,
        'operational-detail': 0.89,
        sanctions: 0.96,
        classification: 0.98,
      },
      maxCleanFlagged: 15,
    },
    {
      file: 'heldout-11.jsonl',
      // measured: att 0.883, src 0.887, ops 0.862, snc 0.899, cls 0.889; clean FP 3/150 (session 11 start: 0.898, 0.875, 0.838, 0.812, 0.889; 3/150)
      floor: {
        attribution: 0.86,
        'source-protection': 0.86,
        'operational-detail': 0.84,
        sanctions: 0.87,
        classification: 0.86,
      },
      maxCleanFlagged: 4,
    },
    {
      file: 'heldout-12.jsonl',
      // measured: att 0.936, src 0.963, ops 0.892, snc 0.933, cls 0.964; clean FP 4/190 (session 11 start: 0.918, 0.938, 0.867, 0.850, 0.964; 5/190)
      floor: {
        attribution: 0.91,
        'source-protection': 0.94,
        'operational-detail': 0.87,
        sanctions: 0.91,
        classification: 0.94,
      },
      maxCleanFlagged: 5,
    },
  ] as const;

  for (const set of HELDOUT_SETS) {
    const path = join(EVAL_DIR, set.file);
    // scored once, on first use, so running other tests alone (-t) never scores the held-out set
    let scored: Score | undefined;
    const score = (): Score => {
      if (!scored) {
        scored = scoreFile(path);
        console.log(formatScore(set.file, scored));
      }
      return scored;
    };

    it.skipIf(!existsSync(path))(
      `LT23: ${set.file}: recall per category never falls below its measured floor (target ${RECALL_THRESHOLD}, not yet met)`,
      () => {
        const s = score();
        const floor: Record<string, number> = set.floor;
        const below = s.categories
          .filter((c) => c.expected > 0 && c.recall < (floor[c.category] ?? RECALL_THRESHOLD))
          .map((c) => `${c.category} ${c.recall.toFixed(3)} < floor ${floor[c.category]}`);
        const shortOfTarget = s.categories
          .filter((c) => c.expected > 0 && c.recall < RECALL_THRESHOLD)
          .map((c) => `${c.category} ${c.recall.toFixed(3)}`);
        if (shortOfTarget.length > 0)
          console.log(
            `LT23: ${set.file} categories short of the ${RECALL_THRESHOLD} target: ${shortOfTarget.join(', ')}`,
          );
        expect(below, formatScore(set.file, s)).toEqual([]);
      },
    );

    it.skipIf(!existsSync(path))(
      `LT23: ${set.file}: clean sentences with any finding never exceed the measured ceiling (target ${FALSE_POSITIVE_THRESHOLD * 100} %, not yet met on every set)`,
      () => {
        const s = score();
        if (s.falsePositiveRate > FALSE_POSITIVE_THRESHOLD)
          console.log(
            `LT23: ${set.file} clean false positives ${(s.falsePositiveRate * 100).toFixed(1)} % exceed the ${FALSE_POSITIVE_THRESHOLD * 100} % target`,
          );
        expect(s.cleanFlagged, formatScore(set.file, s)).toBeLessThanOrEqual(set.maxCleanFlagged);
      },
    );
  }
});
