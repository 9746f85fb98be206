import { describe, expect, it } from 'vitest';
import { ruleIdSpans } from './rules-under-test';

// LT121: a source who asked for anonymity, narrowed down in Romanian, Hungarian, Turkish, Czech, Japanese and Korean,
// from dev-57's and dev-58's misses (paraphrased here, never copied); beside them the same posts spoken on the
// record, with no anonymity asked.
const narrowed = (text: string) => ruleIdSpans(text, 'SRC-FOREIGN-DETAIL-3');

describe('LT121: an anonymous source narrowed down in twelve more languages', () => {
  it.each([
    [
      'Sursa, care conduce biroul de criză al ministerului, a vorbit sub protecția anonimatului.',
      'care conduce biroul',
    ],
    [
      'A névtelenséget kérő tisztviselő, az ügynökség elemző főosztályának vezetője, megerősítette.',
      'főosztályának vezetője',
    ],
    [
      'Adının açıklanmamasını isteyen kaynak, bakanlığın siber güvenlik dairesinde müdür yardımcısı.',
      'dairesinde müdür yardımcısı',
    ],
    ['Úředník, který nechtěl být jmenován a vede odbor analýz, plány potvrdil.', 'vede odbor analýz'],
    ['匿名を条件に取材に応じた外務省サイバー政策室の室長は、攻撃を予測していたと語った。', '室長'],
    ['익명을 요구한 외교부 사이버정책과 과장은 공격이 예상됐다고 말했다.', '사이버정책과 과장'],
  ])('LT121: "%s" is flagged at %s', (text, span) => {
    expect(narrowed(text).some((s) => s.includes(span))).toBe(true);
  });

  it.each([
    'Ministrul, care conduce delegația, a vorbit public despre atac.',
    'Az ügynökség elemző főosztályának vezetője nyilvánosan nyilatkozott.',
    '外務省サイバー政策室の室長は記者会見で攻撃について説明した。',
    '외교부 사이버정책과 과장은 공개 브리핑에서 말했다.',
  ])('LT121: "%s" narrows down no anonymous source', (text) => {
    expect(narrowed(text)).toEqual([]);
  });
});
