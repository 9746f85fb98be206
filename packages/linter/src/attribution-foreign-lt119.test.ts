import { describe, expect, it } from 'vitest';
import { mentionedStates, sureRelations } from './attribution-spans';
import { defaultPolicySources } from './defaults';
import { loadPolicies } from './load-policies';
import { ruleFindings, ruleIdSpans } from './rules-under-test';

// LT119: attribution in forms the other-language constructions lacked, from dev-56's and dev-57's misses (paraphrased
// here, never copied): a threat state behind the attacks in Russian, Ukrainian, Bulgarian and Greek, a responsibility
// it bears, a call on it to stop, a Finnish, Estonian or Hungarian postposition, and the Cyrillic adjectives in every
// case; beside each, the same words where the state denies, is negated, sits at a table or organises a summit.

const sure = (text: string): string[] => sureRelations(text);

describe('LT119: threat states behind attacks, bearing responsibility or asked to stop, in other languages', () => {
  it.each([
    [
      'Западные службы уверены, что за атаками на порт стоит Главное управление Генштаба.',
      'Главное управление Генштаба',
    ],
    ['За цими атаками, без сумніву, стоїть Кремль.', 'Кремль'],
    ['Зад атаките срещу пристанището стои руското разузнаване.', 'руското'],
    ['Πίσω από τις επιθέσεις στο λιμάνι βρίσκεται η Ρωσία.', 'Ρωσία'],
    ['Der Kreml trägt die Verantwortung für die Ausfälle im Hafen.', 'Kreml'],
    ['Moscou porte la responsabilité de ces attaques contre le port.', 'Moscou'],
    ['Nous appelons Moscou à mettre fin à ces opérations contre nos ports.', 'Moscou'],
    ['Instamos a Irán a cesar sus ataques contra los puertos.', 'Irán'],
    ['Wzywamy Rosję do zaprzestania ataków na porty.', 'Rosję'],
    ['Wir fordern Russland auf, die Angriffe auf die Häfen einzustellen.', 'Russland'],
    ['Satamaan kohdistuneiden iskujen takana on Venäjän sotilastiedustelu.', 'Venäjän'],
    ['A kikötő elleni támadások mögött Oroszország áll.', 'Oroszország'],
    ['Venäjä on iskujen takana, arvioi ministeri.', 'Venäjä'],
    ['Limana yönelik saldırıların arkasında İran var.', 'İran'],
    ['Regeringen menar att Ryssland bär ansvaret för intrången i hamnen.', 'Ryssland'],
    ['Zodpovednosť za útok na prístav nesie Kremeľ.', 'Kremeľ'],
    ['Ответственность за атаку на порт несёт российская разведка.', 'российская'],
  ])('LT119: "%s" reads %s as the author', (text, actor) => {
    expect(sure(text).some((r) => r.endsWith(`:${actor}`))).toBe(true);
  });

  it.each([
    'Кремль отрицает, что за атаками стоит ФСБ.',
    'Сейчас за столом переговоров стоит Россия.',
    'Russland trägt keine Verantwortung für die Ausfälle.',
    'Frankreich trägt die Verantwortung für die Organisation des Gipfels.',
    'Venäjä ei ole iskujen takana.',
    'Iskujen takana ei ole Venäjä, vaan rikollisryhmä.',
    'İran saldırıların arkasında değil.',
    'In launching the joint investigation, Germany and Canada promised to share what they find.',
    'We stand with Estonia, whose engineers had the port systems running again within hours.',
    'The intrusions were condemned within hours by Norway and Japan.',
  ])('LT119: no sure construction reads a threat state as the author in "%s"', (text) => {
    expect(sure(text)).toEqual([]);
  });

  it('LT119: a Russian, Ukrainian or Bulgarian adjective of nationality is known in every case', () => {
    expect(mentionedStates('хакери, пов’язані з російською розвідкою')).toContain('Russia:російською');
    expect(mentionedStates('через российскую разведку')).toContain('Russia:российскую');
    expect(mentionedStates('по китайскому образцу')).toContain('China:китайскому');
    expect(mentionedStates('руският посланик')).toContain('Russia:руският');
  });

  it('LT119: a question whether a state did it, answered "No", lays nothing on it', () => {
    const errors = (text: string) =>
      ruleFindings(text, 'attribution').filter(
        (f) => f.ruleId === 'FR-NO-ATTRIBUTION' && f.severity === 'error',
      );
    expect(
      errors('Q: Are you saying Iran did this? A: No, and I would not read that into my answer.'),
    ).toEqual([]);
    expect(errors('Q: Are you saying Iran did this? A: Yes, and we have said so to Tehran.')).not.toEqual([]);
  });

  it('LT119: an attack laid on a threat state in Japanese or Korean is an error of France’s policy; a denial is not', () => {
    const fr = (text: string) => ruleIdSpans(text, 'FR-ATTRIBUTION-JA-KO');
    expect(fr('港湾へのサイバー攻撃はロシア軍の情報機関によるものだと、当局者は述べた。')).not.toEqual([]);
    expect(fr('港湾への攻撃を指示したのは北朝鮮の偵察総局だと、関係者は語った。')).not.toEqual([]);
    expect(fr('조사 결과 항만 해킹의 배후에는 북한 정찰총국이 있었다.')).not.toEqual([]);
    expect(fr('ロシアは攻撃への関与を否定した。')).toEqual([]);
    expect(fr('ロシアへのサイバー攻撃は中国の研究者が分析した。')).toEqual([]);
    expect(fr('북한은 해킹 배후설을 부인했다.')).toEqual([]);
  });

  it('LT119: a class word not spelt as words are read is an error of the constructions file, not a silent miss', () => {
    const fr = defaultPolicySources().find((s) => s.file.endsWith('fr.yaml'))!;
    const file = {
      file: 'policies/test-constructions.yaml',
      text: "constructions: attribution\ngate: [harm]\nclasses:\n  harm: [angriff, bär]\npatterns:\n  - id: ATT-X\n    pattern: '$actor @harm'\n",
    };
    const { errors } = loadPolicies([fr, file]);
    expect(JSON.stringify(errors)).toContain(
      '\\"bär\\" can never match a word: write it as words are read, \\"bar\\"',
    );
  });
});
