import { describe, expect, it } from 'vitest';
import { readSet, train } from '../scripts/train-sentence-model';
import { defaultPolicies } from './defaults';
import { createLinter } from './linter';
import {
  encodeWeights,
  featurize,
  loadSentenceModel,
  probabilities,
  type SentenceModelData,
  scoreClauseText,
  scoreText,
} from './sentence-model';
import { SENTENCE_MODEL_DATA } from './sentence-model-data';
import { bundledSentenceModel } from './sentence-model-rule';

const FEATURES = SENTENCE_MODEL_DATA.features;

/** A model of 2^4 buckets for attribution and 2^2 for sanctions, every weight given. */
function smallModel(attribution: number[], sanctions: number[]): SentenceModelData {
  return {
    bits: 4,
    features: FEATURES,
    categories: ['attribution', 'sanctions'],
    bias: [0, 0],
    scale: [1, 1],
    weights: encodeWeights(new Int8Array([...attribution, ...sanctions])),
    categoryBits: [4, 2],
  };
}

describe('a category with fewer buckets (LT81)', () => {
  it('LT81: a category with fewer buckets reads each feature bucket masked to its own, counted once per full bucket', () => {
    const attribution = Array.from({ length: 16 }, (_, i) => i - 8);
    const sanctions = [1, -2, 3, -4];
    const model = loadSentenceModel(smallModel(attribution, sanctions));
    const text = 'The next package will list three banks.';
    const f = featurize(text, 4, 0, FEATURES);
    const buckets = [...new Set(f.buckets)];
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    const expected = [
      sigmoid(buckets.reduce((k, b) => k + attribution[b]!, 0)),
      sigmoid(buckets.reduce((k, b) => k + sanctions[b & 3]!, 0)),
    ];
    expect(probabilities(model, f)).toEqual(expected);
    // the streaming scorer the linter uses agrees
    expect(scoreText(model, text)).toEqual(expected);
  });

  it('LT81: weights that do not fit the buckets, or a category with fewer buckets before a full one, are refused', () => {
    const data = smallModel(new Array(16).fill(0), [0, 0, 0, 0]);
    expect(() => loadSentenceModel({ ...data, weights: encodeWeights(new Int8Array(32)) })).toThrow(
      /32 weights for 2\^4 \+ 2\^2/,
    );
    expect(() => loadSentenceModel({ ...data, categoryBits: [2, 4] })).toThrow(/must come last/);
    expect(() => loadSentenceModel({ ...data, categoryBits: [4, 5] })).toThrow(/5 bits/);
  });

  it('LT81: training gives a category its fewer buckets, deterministically, and it still learns', () => {
    const items = readSet('dev-36').filter((_, i) => i % 2 === 0);
    const a = train(items, 10, { sanctions: 8 });
    expect(a).toEqual(train(items, 10, { sanctions: 8 }));
    expect(a.categoryBits).toEqual([10, 10, 10, 8]);
    const model = loadSentenceModel(a);
    expect(model.weights).toHaveLength(3 * 1024 + 256);
    const s = model.categories.indexOf('sanctions');
    const p = (text: string) => probabilities(model, featurize(text, 10, 0, model.features))[s]!;
    const sanction = items.find((i) => i.category === 'sanctions')!;
    const clean = items.find((i) => i.category === null)!;
    expect(p(sanction.text)).toBeGreaterThan(p(clean.text));
  });

  it('LT81: the bundled model scores sanctions with 2^15 buckets, the other categories with 2^16', () => {
    const model = loadSentenceModel(SENTENCE_MODEL_DATA);
    expect(model.categories).toEqual(['attribution', 'source-protection', 'operational-detail', 'sanctions']);
    expect(model.categoryBits).toEqual([16, 16, 16, 15]);
  });

  it('LT81: the baseline asks the model about sanctions: an unannounced package content no rule sees is a warning, the same content published is not asked', () => {
    const linter = createLinter(defaultPolicies());
    const draft =
      'The working paper sets out three new sectors for the export ban, including machine tools and drones.';
    const findings = linter.lintClause({ id: 'c1', text: draft });
    expect(findings.map((f) => [f.ruleId, f.category, f.severity])).toEqual([
      ['MODEL-SANCTIONS', 'sanctions', 'warning'],
    ]);
    expect(findings[0]!.message).toMatch(/^This sentence may disclose a sanctions step not yet announced/);
    const published =
      'The regulation published in the Official Journal on 24 June sets out three new sectors for the export ban, including machine tools and drones.';
    // the model reads it much the same; the rule's antipattern (published measures) is what keeps it quiet
    expect(scoreClauseText(bundledSentenceModel(), published)[0]!.p.get('sanctions')).toBeGreaterThan(0.4);
    expect(linter.lintClause({ id: 'c2', text: published })).toEqual([]);
  });
});
