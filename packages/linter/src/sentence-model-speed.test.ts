import { describe, expect, it } from 'vitest';
import { featurize, scoreClauseText, splitSentences, splitSentencesByExpression } from './sentence-model';
import { bundledSentenceModel } from './sentence-model-rule';

describe('the sentence model, cheaper per clause (LT72)', () => {
  const model = bundledSentenceModel();

  it('LT72: the sentence split by scan finds the same sentences as the expression it replaced', () => {
    const texts = [
      '12. We condemn the attacks. The GRU did it.',
      'Mr. Smith said so. Dr. Jones agreed! Did he? "Yes," she said. (It was clear.) [Bracketed.] Ünal left.',
      'The U.S. and the U.K. agree. e.g. this. A. B. Cook briefed us.  \u00a0Next sentence.',
      'Ends with closers.”\u2003“Opens with a quote. 2024 was a year.\tTab first.',
      'No split here.lowercase after. Nor here: . . . and ?! then A.',
      'IV. Numbered in roman. 3) A list item. An astral capital. \u{1d400} here.',
      'Trailing spaces.   ',
      '',
      '.',
      'Q? A!',
    ];
    for (const text of texts) expect(splitSentences(text)).toEqual(splitSentencesByExpression(text));
  });

  it('LT72: a sentence gets the same features whatever was featurized before it (bounded caches)', () => {
    const text =
      "Hackers working for Russia's GRU were behind the 03:00 UTC outage at host[.]net, 10.0.0.1 said.";
    const before = featurize(text, model.bits, 5, model.features);
    const scored = scoreClauseText(model, text);
    // more distinct words than the caches keep: they are emptied and filled again
    for (let i = 0; i < 60_000; i++)
      featurize(`Word${i.toString(36)} said Zz${i}x.`, model.bits, 0, model.features);
    expect(featurize(text, model.bits, 5, model.features)).toEqual(before);
    expect(scoreClauseText(model, text)).toEqual(scored);
  });
});
