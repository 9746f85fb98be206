import { describe, expect, it } from 'vitest';
import { defaultPolicies } from './defaults';
import { createLinter } from './linter';

const linter = createLinter(defaultPolicies([]));
const found = (text: string, category: string) =>
  linter
    .lintClause({ id: 'c', text })
    .filter((f) => f.category === category)
    .map((f) => text.slice(f.start, f.end));

// LT101: what the development sets of session 12 showed the rules missing, in sentences written for this test (none
// from a development set): a restricted name in more case forms and broken across a line, a package's content with no
// sanctions word beside it, a marking of another partner or a TLP label inside a file name.
describe('restricted names in more forms (LT101)', () => {
  it.each([
    ['Spotkaliśmy się z Wierą Ozoliną w Rydze.', 'Ozoliną'],
    ['Podle rejstříku je Lidija Ševčuková-Marrová akcionářkou.', 'Ševčuková-Marrová'],
    ['Valdē ir Lidija Ševčuka-Mara.', 'Ševčuka-Mara'],
    ['Talmačo įmonė.', 'Talmačo'],
  ])('LT101: finds the restricted name in "%s"', (text, name) => {
    expect(found(text, 'sanctions').some((f) => f.includes(name))).toBe(true);
  });

  it.each([
    'Spotkaliśmy się z Wierą Ozolińską w Rydze.',
    'Valdē ir Lidija Mara.',
    'Kirje lähti Virtaselle.',
    'Payee: Y. Tal-\nbot of Limassol.',
    'Платёж получил Олег Баранов.',
  ])('LT101: no restricted name in "%s"', (text) => {
    expect(found(text, 'sanctions')).toEqual([]);
  });
});

describe('a package content in another language with no sanctions word beside it (LT101)', () => {
  it.each([
    ['La bozza prevede una deroga di sei mesi per i contratti di fornitura.', 'deroga'],
    ['Der Entwurf senkt die Meldeschwelle für eingefrorene Konten auf 10.000 Euro.', 'Meldeschwelle'],
    ['Het nieuwe pakket treedt op 1 mei in werking en verbiedt leasing van vliegtuigen.', 'treedt'],
    ['Do not preview: the next package also lists two insurers.', 'package also lists'],
  ])('LT101: flags the content in "%s"', (text, part) => {
    expect(found(text, 'sanctions').some((f) => f.includes(part))).toBe(true);
  });

  it.each([
    'La bozza di legge di bilancio prevede una deroga di sei mesi per le piccole imprese.',
    'Der Gesetzentwurf senkt den Schwellenwert von 5.000 Euro für die Kleinunternehmerregelung.',
    'Le projet de loi de finances ajoute une exemption pour les associations culturelles.',
    'Het nieuwe subsidiepakket bevat een uitzondering voor kleine gemeenten.',
  ])('LT101: no sanctions finding in "%s"', (text) => {
    expect(found(text, 'sanctions')).toEqual([]);
  });
});

describe('markings of more partners and TLP labels in file names (LT101)', () => {
  it.each([
    ['Rubricering: Departementaal Vertrouwelijk.', 'Departementaal Vertrouwelijk'],
    ['Memo, gerubriceerd als Stg. Confidentieel.', 'Confidentieel'],
    ['Piezīmei ir marķējums DIENESTA VAJADZĪBĀM.', 'DIENESTA VAJADZĪBĀM'],
    ['Справка с грифом «Для служебного пользования».', 'Для служебного пользования'],
    ['Το σημείωμα είναι ΑΠΟΡΡΗΤΟ.', 'ΑΠΟΡΡΗΤΟ'],
    ['Do not attach iocs_TLP-AMBER_v2.csv here.', 'TLP-AMBER'],
    ['Header: TLP – RED.', 'TLP – RED'],
    ['Nagłówek: TLP:BURSZTYNOWY.', 'TLP:BURSZTYNOWY'],
  ])('LT101: flags the marking in "%s"', (text, part) => {
    expect(found(text, 'classification').some((f) => f.includes(part))).toBe(true);
  });

  it.each([
    'Upload iocs_TLP_CLEAR_v2.csv here.',
    'Header: TLP – GREEN.',
    'Die Schulung erklärt, wann ein Dokument als VS-VERTRAULICH eingestuft wird.',
    'Статья объясняет, что означает гриф «для служебного пользования».',
  ])('LT101: no marking in "%s"', (text) => {
    expect(found(text, 'classification')).toEqual([]);
  });
});
