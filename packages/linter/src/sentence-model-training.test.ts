import { describe, expect, it } from 'vitest';
import { readSet, train } from '../scripts/train-sentence-model';
import { featurize, loadSentenceModel, probabilities } from './sentence-model';

describe('training the sentence model (LT35)', () => {
  it('LT35: training is deterministic: the same sentences give the same weights', () => {
    const items = readSet('dev').filter((_, i) => i % 3 === 0);
    const a = train(items, 10);
    const b = train(items, 10);
    expect(a).toEqual(b);
    // and it learns: a training sentence of a category scores higher for it than a clean one
    const model = loadSentenceModel(a);
    const att = items.find((i) => i.category === 'attribution')!;
    const clean = items.find((i) => i.category === null)!;
    const p = (text: string) => probabilities(model, featurize(text, model.bits, 0, model.features))[0]!;
    expect(p(att.text)).toBeGreaterThan(p(clean.text));
  });
});
