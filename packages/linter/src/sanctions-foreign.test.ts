import { describe, expect, it } from 'vitest';
import { ruleIdSpans } from './rules-under-test';

const foreign = (text: string) => ruleIdSpans(text, 'SAN-FOREIGN-UNANNOUNCED');

// LT96: the content of a sanctions step not yet announced, in the languages the English rules do not read. Sentences
// written for this test (none from a development set).
describe('unannounced sanctions contents in other languages (LT96)', () => {
  it.each([
    ['Das kommende Sanktionspaket soll am 14. März verabschiedet werden.', 'verabschiedet werden'],
    [
      'Die neuen Maßnahmen werden ab Juli ein Ausfuhrverbot für Werkzeugmaschinen enthalten.',
      'Ausfuhrverbot für',
    ],
    [
      'Le prochain paquet de sanctions prévoit un seuil de 100 000 euros pour les dépôts.',
      'seuil de 100 000 euros',
    ],
    ['Les nouvelles sanctions viseront trois banques biélorusses, selon le projet.', 'trois banques'],
    ['El nuevo paquete de sanciones contempla una excepción para los medicamentos.', 'excepción para'],
    ['Las nuevas restricciones entrarán en vigor el 2 de mayo.', 'entrarán en vigor'],
    [
      'Il nuovo pacchetto di sanzioni conterrà il divieto di esportazione di turbine.',
      'divieto di esportazione',
    ],
    ['Secondo la bozza, altre 12 persone saranno inserite nella lista.', '12 persone'],
    ['O novo pacote de sanções vai incluir duas refinarias e entrará em vigor em junho.', 'entrará em vigor'],
    ['Nowy pakiet sankcji wprowadzi zakaz importu aluminium od 1 stycznia.', 'zakaz importu'],
    ['Het volgende sanctiepakket zal een uitzondering voor graan bevatten.', 'uitzondering voor'],
  ])('LT96: flags the content in "%s"', (text, part) => {
    const found = foreign(text);
    expect(found.some((f) => f.includes(part))).toBe(true);
  });

  // antipatterns: a step adopted, in force or announced; an aid, reform or support package; a year gone by; no
  // sanctions context at all
  it.each([
    'Das Sanktionspaket ist am 14. März 2024 in Kraft getreten.',
    'Das Konjunkturpaket soll am 14. März verabschiedet werden.',
    'Les sanctions sont entrées en vigueur le 2 mai et visent trois banques.',
    'El paquete de ayudas entrará en vigor el 2 de mayo.',
    'Las sanciones adoptadas ayer prohíben la exportación de turbinas.',
    'Il pacchetto di sanzioni è entrato in vigore il 15 maggio.',
    'O pacote de sanções entrou em vigor em junho e proíbe a venda de chips.',
    'Pakiet sankcji wszedł w życie 1 stycznia i obejmuje zakaz importu aluminium.',
    'Het sanctiepakket is op 9 juli aangenomen en bevat een uitzondering voor graan.',
    'Das Rauchverbot für Gaststätten soll im Mai in Kraft treten.',
    'La nouvelle ligne de métro entrera en vigueur le 2 mars.',
  ])('LT96: no finding in "%s"', (text) => {
    expect(foreign(text)).toEqual([]);
  });
});
