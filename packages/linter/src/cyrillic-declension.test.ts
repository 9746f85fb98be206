import { Schemas, translate } from 'iuliia';
import { describe, expect, it } from 'vitest';
import { declineGiven, declineSurname } from './cyrillic-declension';
import { CYRILLIC_SPELLINGS } from './names-cyrillic-data';
import { ruleIdSpans } from './rules-under-test';

// LT96: the case forms of a Cyrillic name come from a table of endings; the spellings from the iuliia schemas.
describe('Cyrillic case forms and generated spellings (LT96)', () => {
  it('LT96: declines given names and surnames by their ending', () => {
    expect(declineGiven('аркадий')).toEqual(
      expect.arrayContaining(['аркадия', 'аркадию', 'аркадием', 'аркадии']),
    );
    expect(declineGiven('юрій')).toEqual(expect.arrayContaining(['юрія', 'юрієм', 'юрії']));
    expect(declineGiven('олег')).toEqual(expect.arrayContaining(['олега', 'олегом', 'олегові']));
    expect(declineGiven('вера')).toEqual(expect.arrayContaining(['веры', 'вере', 'веру', 'верой']));
    expect(declineSurname('воронин', false)).toEqual({
      forms: expect.arrayContaining(['воронину', 'ворониным', 'воронине']),
      ambiguous: ['воронина'],
    });
    expect(declineSurname('воронін', false).forms).toEqual(expect.arrayContaining(['вороніним', 'вороніні']));
    expect(declineSurname('талмач', false).forms).toEqual(expect.arrayContaining(['талмача', 'талмачем']));
    expect(declineSurname('озоліна', true).forms).toEqual(expect.arrayContaining(['озоліної', 'озоліною']));
    // a woman's surname that ends in a consonant does not decline
    expect(declineSurname('шевчук-марр', true)).toEqual({ forms: [], ambiguous: [] });
  });

  it('LT96: every generated spelling is one that some iuliia schema romanises back to the name part', () => {
    const variants = (latin: string) => [
      latin,
      `${latin}y`,
      `${latin}i`,
      `${latin.slice(0, -1)}iy`,
      `${latin.slice(0, -1)}ii`,
      `${latin.slice(0, -1)}ya`,
      `${latin.slice(0, -1)}ja`,
    ];
    const schemas = Schemas.names().map((n) => Schemas.get(n)!);
    for (const [latin, spellings] of Object.entries(CYRILLIC_SPELLINGS)) {
      expect(spellings.length).toBeGreaterThan(0);
      for (const s of spellings) {
        // the Ukrainian spellings are the Russian ones with і for и: read them back as Russian
        const russian = [s, s.replace(/і/g, 'и'), s.replace(/и/g, 'ы').replace(/і/g, 'и')];
        const back = schemas.flatMap((schema) => russian.map((r) => translate(r, schema).toLowerCase()));
        expect(
          back.some((b) => variants(latin).includes(b)),
          `${s} for ${latin}`,
        ).toBe(true);
      }
    }
    expect(CYRILLIC_SPELLINGS.voronin).toEqual(expect.arrayContaining(['воронин', 'воронін']));
    expect(CYRILLIC_SPELLINGS.yuri).toEqual(expect.arrayContaining(['юрий', 'юрій']));
  });

  const names = (text: string) => ruleIdSpans(text, 'SAN-RESTRICTED-NAME');

  it.each([
    ['Представители Аркадия Воронина не ответили.', 'Аркадия Воронина'],
    ['Письмо адресовано Олегу Бранникову.', 'Олегу Бранникову'],
    ['Ми говорили з Олегом Бранніковим.', 'Олегом Бранніковим'],
    ['Рахунки Юрія Талмача заблоковано.', 'Юрія Талмача'],
    ['Угода з Вороніним зірвалася.', 'Вороніним'],
    ['Контракт підписано без Вороніна.', 'Вороніна'],
    ['Компанія Озоліної має три танкери.', 'Озоліної'],
  ])('LT96: finds the restricted name in "%s"', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    'Ольга Воронина выступила на форуме.',
    'Светлана Воронина возглавила комиссию.',
    'Мы поговорили с Ольгой Ворониной.',
    'Воронина сказала, что всё в порядке.',
    'Олег Петров и Юрий Смирнов приехали в Минск.',
  ])('LT96: no restricted name in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });
});
