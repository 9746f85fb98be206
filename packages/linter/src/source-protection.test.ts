import { describe, expect, it } from 'vitest';
import { coversSpan as covers, ruleFindings as found } from './rules-under-test';

// Source protection and classification, session 4 (LT44, LT45): anonymity and confidence in more words, narrowing
// details written as structure, national markings introduced as such. Paraphrases of the dev-5/dev-6 misses in new
// skeletons, and the look-alikes that must stay clean (rules only: the model has its own tests).

describe('source protection: confidence in more words, narrowing details (LT44)', () => {
  it.each([
    [
      'Told in confidence by the analyst responsible for Iran files at the Treasury.',
      'the analyst responsible for Iran files',
    ],
    [
      'On a confidential basis, a lawyer who acted for the bank in the 2021 case described the talks.',
      'who acted for the bank',
    ],
    [
      'A researcher seconded from ANSSI to the institute, who asked not to be named, said so.',
      'seconded from ANSSI',
    ],
    [
      'tipster: anonymous — network admin at Utility #4, on duty during the outage',
      'on duty during the outage',
    ],
    [
      'Background only: the text came from Lena in the cabinet legal office.',
      'Lena in the cabinet legal office',
    ],
    [
      'An official of the embassy, the attaché for economic affairs, spoke without wishing to be named.',
      'the attaché for economic affairs',
    ],
    ['- never name Olaf (team lead, SOC) in the draft', 'Olaf (team lead, SOC)'],
    [
      "He said a colleague, 'Ines from the treaty office,' had confirmed it off the record.",
      'Ines from the treaty office',
    ],
    ["Quote the 'French digital envoy' only as 'a European diplomat'.", 'French digital envoy'],
    [
      "Who told you? Someone who worked at Europol before joining the ministry's cyber unit.",
      'joining the ministry',
    ],
    [
      "From government circles, precisely from the head of the ministry's crisis cell, it was learned that it ended.",
      'the head of the ministry',
    ],
    ["A diplomat said that 'Anna, our sanctions counsellor, will deny it.'", 'our sanctions counsellor'],
    ["Source: our man in the Treasury's licensing office (off record)", 'our man in the Treasury'],
    [
      "informant: 'T.' — Latvian national, engineer at the victim's bank, requested anonymity",
      'Latvian national',
    ],
  ])('LT44: "%s" narrows down "%s"', (text, span) => {
    expect(covers(text, 'source-protection', span)).toBe(true);
  });

  it.each([
    'Q: Will you name the attackers? A: Attribution will follow our own national processes.',
    'In a statement signed by her by name, the governor of the central bank said services were restored.',
    'Do not name any state in paragraph 4; the text condemns the attacks in general.',
    'Our cyber ambassador will present the statement at the UN on Monday.',
    'A background briefing for journalists will be held at 14:00 in the press room.',
    'It was learned from the Commission press release that the package was adopted.',
  ])('LT44: no source protection finding in "%s"', (text) => {
    expect(found(text, 'source-protection')).toEqual([]);
  });
});

describe('classification: national markings introduced as such, captions (LT45)', () => {
  it.each([
    ["This annex is classified 'Geheim' on our side.", 'Geheim'],
    ['The note, stamped Poufne, names the servers.', 'Poufne'],
    ['A cable marked as Secret Défense describes it.', 'Secret Défense'],
    ['Caption: EXDIS', 'EXDIS'],
    ['Header: CUI//SP-PRVCY', 'CUI//SP-PRVCY'],
    ['It was shared as Controlled Unclassified Information.', 'Controlled Unclassified Information'],
  ])('LT45: "%s" carries the marking "%s"', (text, span) => {
    expect(covers(text, 'classification', span)).toBe(true);
  });

  it.each([
    'The SBU of Ukraine shared indicators with the partners.',
    "Ukraine's SBU arrested two suspects.",
    'The date of the meeting was kept secret until Monday.',
    'The hospital was classified as an essential entity under NIS2.',
  ])('LT45: no classification finding in "%s"', (text) => {
    expect(found(text, 'classification')).toEqual([]);
  });
});

describe('source protection and classification from dev-7..dev-10 (LT49)', () => {
  it.each([
    ['A porter on Ward 9A, who cannot speak publicly, said records were lost.', 'Ward 9A'],
    ['The contact (PROTECT) is the deputy head of the host service incident unit.', 'deputy head'],
    ["It was flagged by the night-shift analyst at the CERT, who I won't name.", 'night-shift analyst'],
    ['the tall guy from the council briefed us, off record', 'tall guy from the council'],
    [
      'Ein Referatsleiter im Ministerium, der nicht genannt werden wollte, bestätigte es.',
      'Referatsleiter im Ministerium',
    ],
  ])('LT49: "%s" narrows down "%s"', (text, span) => {
    expect(covers(text, 'source-protection', span)).toBe(true);
  });

  it.each([
    ['Slides marked AMBER STRICT (TLP), internal only.', 'AMBER STRICT (TLP)'],
    ['It is tee-el-pee amber, sorry.', 'tee-el-pee amber'],
    ['the deck is secret rel fvey', 'rel fvey'],
  ])('LT49: "%s" carries the marking "%s"', (text, span) => {
    expect(covers(text, 'classification', span)).toBe(true);
  });

  it.each([
    'The cost is expected to exceed £400,000, according to a report to the cabinet.',
    'The General Secretariat of the Council confirmed the deadline.',
    'SENIOR ADMINISTRATION OFFICIAL: The Secretary will travel on to Beijing next week.',
  ])('LT49: no source protection finding in "%s"', (text) => {
    expect(found(text, 'source-protection')).toEqual([]);
  });
});

// LT52 (session 5, dev-12): anonymity said indirectly or in another language, and the narrowing details that went
// with it in post-incident reviews, crisis-cell notes and translators' drafts. Skeletons of our own.
describe('source protection: anonymity said indirectly, narrowing details of notes and drafts (LT52)', () => {
  it.each([
    [
      'Logs were handed over confidentially by the four-person fraud unit in our Porto office.',
      'the four-person fraud unit in our Porto office',
    ],
    [
      'A database administrator who has managed the registry since 2016 testified and asked that we not identify him.',
      'who has managed the registry since 2016',
    ],
    [
      '08:15 Ingrid from the Swedish MSB (deep bkgd): the patch slips to Monday.',
      'Ingrid from the Swedish MSB',
    ],
    [
      'Per the Council’s No. 2 in the cyber unit (not for citation), the text is frozen.',
      'No. 2 in the cyber unit',
    ],
    [
      'Source: early-shift watch officer, Foreign Ministry crisis room. Anon, protect.',
      'early-shift watch officer',
    ],
    ['19:40 CERT-FR incident team lead, anon: second loader found.', 'CERT-FR incident team lead'],
    [
      'Según un asesor del Ministerio del Interior encargado de la ciberseguridad, que pidió el anonimato, no hubo rescate.',
      'un asesor del Ministerio del Interior',
    ],
    [
      'Una funzionaria della Banca d’Italia che segue la vigilanza da anni, che ha chiesto di restare anonima, ha confermato.',
      'Una funzionaria della Banca',
    ],
    [
      'Die Leiterin des Referats für Cybersicherheit bat darum, nicht namentlich genannt zu werden.',
      'Die Leiterin des Referats',
    ],
    [
      'The platform engineer, Lukas Brandt, who spoke to the review on condition of anonymity, found the web shell.',
      'Lukas Brandt',
    ],
    ['10:50 Maj. K. (NL liaison) on bkgd: the loader is the same.', 'Maj. K.'],
    [
      'A tester who left the red team a week before the audit would lose her job if named, the member said.',
      'who left the red team a week before the audit',
    ],
  ])('LT52: "%s" narrows down "%s"', (text, span) => {
    expect(covers(text, 'source-protection', span)).toBe(true);
  });

  it.each([
    'Logs handed over confidentially established how the account was misused.',
    'An employee testified and asked that we not identify him.',
    '08:15 the patch slips to Monday, per an official on deep bkgd.',
    'Según una fuente que pidió el anonimato, no hubo rescate.',
    'Un funzionario, che ha chiesto di restare anonimo, ha confermato.',
    'The platform engineer, Lukas Brandt, found the web shell and told the review so on the record.',
    'The committee will not ask witnesses to identify sources; that is a matter for the Department.',
    'The four-person fraud unit in our Porto office handed over the logs.',
  ])('LT52: nobody narrowed down in "%s"', (text) => {
    expect(found(text, 'source-protection')).toEqual([]);
  });
});

// LT55 (session 5, dev-11/13/14 after their first scores): confidentiality requested in more words, and posts,
// numbers, shifts and names that narrow the source down.
describe('source protection: confidentiality requested in more words, more narrowing details (LT55)', () => {
  it.each([
    [
      'Confidential statement from a depot supervisor (badge number 7781) on the missing drives.',
      'badge number 7781',
    ],
    [
      'A dispatcher on the early shift at the Gdansk control centre, who requested confidentiality, logged it.',
      'the early shift at the Gdansk control centre',
    ],
    ['The counsellor of the Irish mission showed us the text; he must not be mentioned.', 'The counsellor'],
    ['As Signora Bellini told us privately, the servers were wiped.', 'Signora Bellini'],
    ['Our source — I am not going to name him — is ex-BND, now he is the liaison in Paris.', 'ex-BND'],
    [
      'An analyst sent to the finance ministry on Monday, who requested anonymity, confirmed the loader.',
      'sent to the finance ministry on Monday',
    ],
  ])('LT55: "%s" narrows down "%s"', (text, span) => {
    expect(covers(text, 'source-protection', span)).toBe(true);
  });

  it.each([
    'An official, who requested anonymity, said the talks were constructive.',
    'Commissioner Bellini presented the figures at the press conference.',
    'Ex-ministers from both parties signed the open letter.',
    'Officials in two capitals, who had spoken on condition of anonymity, were quoted without further detail.',
    'An official said inquiries into who carried out the attacks were continuing.',
    'The official, speaking on background, said sanctions remain one of many tools available.',
  ])('LT55: nobody narrowed down in "%s"', (text) => {
    expect(found(text, 'source-protection')).toEqual([]);
  });
});

// LT59 (session 5, dev-15/16/17's misses): anonymity asked for in other words (remarks kept in the room or
// unattributed, the record never to show it, a non-attributable basis, a pseudonym, a protected witness, a name the
// reader never sees, spoke to us privately, human reporting) with a narrowing detail (counted heads among those
// interviewed, a rank with where or what, a family tie). The same words with nothing narrowing stay clean.
describe('anonymity in other words, ranks and family ties (LT59)', () => {
  it.each([
    [
      'A Latvian captain from the signals school spoke, asking that his remarks stay within these walls.',
      'A Latvian captain from the signals school',
    ],
    [
      'The briefing came on a strictly non-attributable basis from our deputy head of mission in Riga.',
      'deputy head of mission in Riga',
    ],
    [
      'Giving evidence under a pseudonym, the sister of the exchange’s compliance officer described the transfers.',
      'the sister of the exchange’s compliance officer',
    ],
    [
      'Among those consulted were four former heads of national CERTs, none of whom wished to be named.',
      'four former heads of national CERTs',
    ],
  ])('LT59: "%s" narrows down "%s"', (text, span) => {
    expect(covers(text, 'source-protection', span)).toBe(true);
  });

  it.each([
    'Every participant asked that their remarks stay in the room.',
    'The incident remains unattributed, the agency said.',
    'A protected witness gave evidence by video link.',
    'Officials spoke to us privately about the delays.',
  ])('LT59: nobody narrowed down in "%s"', (text) => {
    expect(found(text, 'source-protection')).toEqual([]);
  });
});

describe('source protection in Portuguese, Spanish, Italian, French, Polish and Dutch, and by codename (LT92)', () => {
  it.each([
    [
      'Segundo a única jurista da delegação portuguesa, que pediu anonimato, o texto mudou.',
      'a única jurista da delegação portuguesa',
    ],
    [
      'Lo confirmó, bajo condición de anonimato, uno de los tres asesores del secretario de Estado.',
      'uno de los tres asesores del secretario de Estado',
    ],
    [
      "Il vicedirettore dell'ufficio cyber della Farnesina, parlando in privato, ha ammesso il ritardo.",
      "Il vicedirettore dell'ufficio cyber della Farnesina",
    ],
    [
      "Le chef de cabinet adjoint, qui a requis l'anonymat et qui dirige la cellule de crise, dément.",
      'qui dirige la cellule de crise',
    ],
    [
      'Analityk z wydziału kontrwywiadu, który prosił o anonimowość, potwierdził datę.',
      'Analityk z wydziału kontrwywiadu',
    ],
    [
      'Volgens een analist van de afdeling dreigingsinformatie, die anoniem wil blijven, is de aanval voorbij.',
      'een analist van de afdeling dreigingsinformatie',
    ],
    ["Our informant, known internally as 'Wren', sent the ledger.", "known internally as 'Wren'"],
    ['Source LAPWING says the shipment left on Sunday.', 'Source LAPWING'],
    ['Il contatto, nome in codice «Gabbiano», lavora in dogana.', 'nome in codice «Gabbiano»'],
    ['Everything from codename LAPWING has checked out so far.', 'codename LAPWING'],
    [
      'Fontes do Itamaraty, em concreto o embaixador Rui Teixeira, que não quis ser identificado, confirmaram.',
      'embaixador Rui Teixeira',
    ],
    [
      'Según una fuente de la investigación, el inspector que dirige el grupo de delitos informáticos, hubo dos ataques.',
      'que dirige el grupo de delitos informáticos',
    ],
    [
      'An official who asked not to be named, representing the Liberal group on the committee, confirmed it.',
      'representing the Liberal group on the committee',
    ],
  ])('LT92: "%s" narrows down "%s"', (text, span) => {
    expect(covers(text, 'source-protection', span)).toBe(true);
  });

  it.each([
    "Un diplomate, sous couvert d'anonymat, estime que la seule option est une déclaration commune.",
    "Una fonte diplomatica, che ha chiesto l'anonimato, ha detto che il testo sarà pronto domani.",
    'O único oficial português presente falou aos jornalistas em conferência de imprensa.',
    'The source code known as EternalBlue leaked in 2017.',
    'Contact CERT-EU for the indicators.',
    'Operation ENDGAME, announced by Europol, was presented to the press.',
    'The exercise codenamed CYBER COALITION ran for a week in Tartu.',
    'The malware family codenamed SNAKE was dismantled in 2023.',
  ])('LT92: nobody narrowed down in "%s"', (text) => {
    expect(found(text, 'source-protection')).toEqual([]);
  });
});

describe('anonymity with nothing narrowing, public speakers: no finding, the model not asked (LT92)', () => {
  it.each([
    'Uma fonte diplomática europeia, que pediu anonimato, disse que o texto será publicado amanhã.',
    "Un diplomatico occidentale, che ha chiesto l'anonimato, ha detto che la dichiarazione è pronta.",
    "Un haut fonctionnaire européen, qui a requis l'anonymat, a estimé que la déclaration serait adoptée.",
    'A Norwegian official, who asked not to be named, said the statement was agreed.',
    "A Danish official, who asked not to be named, said the country's banks had been warned.",
    'The text will be adopted on Friday, a Belgian diplomat said on condition of anonymity.',
    'The head of the agency testified in open court last week.',
    'Participants agreed that officials could be described only as "European officials".',
    'Speaking at the press conference, the head of the cyber directorate said the report was ready.',
    'An economist at a ratings agency said the losses would be insured.',
  ])('LT92: "%s"', (text) => {
    expect(found(text, 'source-protection', true)).toEqual([]);
  });

  it.each([
    [
      "Un diplomate européen en poste à l'ambassade de Vilnius, sous couvert d'anonymat, a confirmé.",
      "en poste à l'ambassade de Vilnius",
    ],
    [
      'A Norwegian official from the ministry’s crisis cell, who asked not to be named, said it was agreed.',
      'from the ministry’s crisis cell',
    ],
  ])('LT92: still narrowed down: "%s" ("%s")', (text, span) => {
    expect(covers(text, 'source-protection', span)).toBe(true);
  });
});
