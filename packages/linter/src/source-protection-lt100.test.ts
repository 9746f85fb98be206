import { describe, expect, it } from 'vitest';
import { coversSpan as covers, ruleFindings as found } from './rules-under-test';

// LT100 (TUNE-SRC, session 12): source protection in German, Swedish, Dutch, Russian and Ukrainian and the accented
// Portuguese and Spanish "anónimo" (SRC-FOREIGN-DETAIL-2), a signature's initials under "do not quote"
// (SRC-SIGNATURE-INITIALS), who a quoted anonymous label really is (SRC-LABEL-REVEALED), and far narrowing in English
// (a floor by its ordinal, "the one representing", "specifically on the …", an apposition between dashes). New
// skeletons, not the dev sentences; the look-alikes must stay clean (rules only here; the model's antipatterns below).

describe('source protection in more languages (LT100, SRC-FOREIGN-DETAIL-2)', () => {
  it.each([
    [
      'Die Quelle, die anonym bleiben will, ist die einzige Juristin im Krisenstab mit Erfahrung in Exportkontrolle.',
      'die einzige Juristin im Krisenstab',
    ],
    [
      'Ein Beamter, der nicht namentlich genannt werden will und der bis 2022 im Kanzleramt tätig war, bestätigte es.',
      'der bis 2022 im Kanzleramt tätig war',
    ],
    [
      'Källan, som vill vara anonym, är biträdande chef för enheten för säkerhetspolitik.',
      'biträdande chef för enheten för säkerhetspolitik',
    ],
    [
      'En tjänsteman som inte ville bli namngiven, och som återvände från ambassaden i Kiev i våras, sade att det var allvarligt.',
      'som återvände från ambassaden i Kiev i våras',
    ],
    [
      'De bron, die anoniem wil blijven, is plaatsvervangend hoofd van de afdeling Cyber bij het ministerie.',
      'hoofd van de afdeling Cyber bij het ministerie',
    ],
    [
      'Een diplomaat die niet met naam genoemd wil worden, zat vorige week het crisisberaad van de EU voor.',
      'zat vorige week het crisisberaad van de EU voor',
    ],
    [
      'Nasz rozmówca, który prosił o anonimowość, to naczelnik wydziału analiz w ABW.',
      'naczelnik wydziału analiz w ABW',
    ],
    [
      'Um funcionário anónimo, que regressou em maio da embaixada em Moscovo, confirmou o rascunho.',
      'que regressou em maio da embaixada em Moscovo',
    ],
    [
      'Una fuente anónima, que presidió la reunión del lunes con los socios, confirmó el texto.',
      'que presidió la reunión del lunes con los socios',
    ],
    [
      'Собеседник, советник посольства по вопросам кибербезопасности, попросил не называть его имени.',
      'советник посольства по вопросам кибербезопасности',
    ],
    [
      'Джерело, яке очолює відділ аналітики з 2020 року, попросило не називати його імені.',
      'яке очолює відділ аналітики з 2020 року',
    ],
    [
      "Une source, qui souhaite rester anonyme, travaille depuis dix ans au service de veille de l'ANSSI.",
      'travaille depuis dix ans au service de veille',
    ],
    [
      'Die Quelle, die anonym bleiben will, gehört zum kleinen Team, das die Sanktionsliste vorbereitet.',
      'gehört zum kleinen Team',
    ],
  ])('LT100: "%s" narrows down "%s"', (text, span) => {
    expect(covers(text, 'source-protection', span)).toBe(true);
  });

  it.each([
    'Anonyme Hinweise auf das Phishing gingen beim BSI ein; die Behörde leitet sie an die Polizei weiter.',
    'Los ataques anónimos contra el ministerio se dirigen a los servidores de correo.',
    'De anonieme aanval leidt tot storingen bij de banken.',
    'Ein Diplomat, der anonym bleiben wollte, sprach von einer ernsten Lage.',
    'Deutschland ist der einzige Mitgliedstaat, der den Entwurf noch prüft.',
    'Sverige är det enda landet i gruppen som har publicerat sin bedömning.',
    'Een ambtenaar die anoniem wil blijven, zegt dat de banken weer draaien.',
    'Источник попросил не называть его имени и сказал, что переговоры продолжаются.',
    'Заместитель министра Иван Петров заявил на брифинге, что переговоры продолжаются.',
  ])('LT100: no source protection finding in "%s"', (text) => {
    expect(found(text, 'source-protection')).toEqual([]);
  });
});

describe('signatures, revealed labels and far narrowing (LT100)', () => {
  it.each([
    [
      'Salutations, A.-C. B. (ANSSI, cellule de veille, nuit) — ne pas citer',
      'A.-C. B. (ANSSI, cellule de veille, nuit)',
    ],
    ['Grazie, F.L., Polizia Postale, turno serale (non citare)', 'F.L., Polizia Postale, turno serale'],
    ['Mvh, E. S. — SOC, Försvarsmakten (citera inte)', 'E. S. — SOC, Försvarsmakten'],
    ['Met vriendelijke groet, P. de V. (NCSC, dienstdoend analist) – niet citeren', 'P. de V.'],
    [
      "Note: the 'Western official' in Friday's wire story is Lena Brandt of our cyber directorate.",
      'is Lena Brandt of our cyber directorate',
    ],
    [
      "For the desk only: the 'senior diplomat' we quoted was in fact our ambassador in Tallinn.",
      'was in fact our ambassador in Tallinn',
    ],
    [
      'Ter info: de geciteerde "Europese ambtenaar" is mevrouw Bakker van de directie Integratie.',
      'is mevrouw Bakker van de directie Integratie',
    ],
    [
      'A source speaking on condition of anonymity from the twelfth floor of the Berlaymont said the text was closed.',
      'twelfth floor',
    ],
    [
      'A delegate to the working party, the one representing the Bundesbank, said on background that nothing had moved.',
      'the one representing the Bundesbank',
    ],
    [
      'A person in the Council — specifically on the presidency team drafting the annex — said talks had stalled.',
      'specifically on the presidency team drafting the annex',
    ],
    [
      'The source — a career diplomat recalled from Minsk last spring — said the response would be measured.',
      'a career diplomat recalled from Minsk last spring',
    ],
  ])('LT100: "%s" narrows down "%s"', (text, span) => {
    expect(covers(text, 'source-protection', span)).toBe(true);
  });

  it.each([
    'Bien à vous, Jean-Marc Laurent, porte-parole du ministère des Armées',
    'Best regards, J. K. Rowling Foundation press office',
    "Our style guide says a source may be described as a 'Western diplomat' only with the desk's approval.",
    "The 'senior official' quoted in the story spoke on condition of anonymity, as is usual for such briefings.",
    'The ministers met on the fourteenth floor of the Justus Lipsius building on Monday.',
    'The Commission — specifically the trade commissioner, speaking at the press conference — said the list had been agreed.',
    'The minister — a former ambassador to Kyiv — said at the press conference that the response would be measured.',
  ])('LT100: no source protection finding in "%s"', (text) => {
    expect(found(text, 'source-protection')).toEqual([]);
  });
});

describe('the source-protection model on anonymous speakers with nothing narrowing them (LT100)', () => {
  it.each([
    'The attacks did not come as a surprise, according to officials who spoke on condition of anonymity.',
    'Ein Regierungsvertreter, der anonym bleiben wollte, sprach von einer ernsten Lage.',
    'En tjänsteman, som ville vara anonym, berättade att läget var allvarligt.',
  ])('LT100: no source-protection warning in "%s"', (text) => {
    expect(found(text, 'source-protection', true)).toEqual([]);
  });
});
