import { describe, expect, it } from 'vitest';
import { ruleIdSpans } from './rules-under-test';

// LT112: a restricted name with a Finnish, Estonian or Hungarian case ending (allative, adessive, genitive,
// accusative, dative …), from dev-51's and dev-53's misses (paraphrased here, never copied); the names that are someone
// else stay clean.
const names = (text: string) => ruleIdSpans(text, 'SAN-RESTRICTED-NAME');

describe('LT112: restricted names in Finnish, Estonian and Hungarian case forms', () => {
  it.each([
    ['Päätös koskee myös Vera Ozolinalle kuuluvia yhtiöitä.', 'Vera Ozolinalle'],
    ['Varojen jäädytys ulottuu Brannikovin holdingyhtiöön.', 'Brannikovin'],
    ['Otsus puudutab ka Vera Ozolinale kuuluvaid laevu.', 'Vera Ozolinale'],
    ['Nimekirja lisatakse Voroniniga seotud ettevõtted.', 'Voroniniga'],
    ['A lista Talmachnak is megtiltaná a beutazást.', 'Talmachnak'],
    ['A tanács Ozolinát is felvenné a listára.', 'Ozolinát'],
  ])('LT112: "%s" names %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    'Olga Voronina vezényelte a hangversenyt.',
    'Rozmawiano z Olgą Woroniną o wystawie.',
    'The Ozolins family runs a bakery in Riga.',
  ])('LT112: no restricted name in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });
});
