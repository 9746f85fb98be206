import { describe, expect, it } from 'vitest';
import { ruleIdSpans } from './rules-under-test';

const names = (text: string) => ruleIdSpans(text, 'SAN-RESTRICTED-NAME');

// LT96: a restricted name in Latin script as Dutch romanises it (oe, sj, tsj), in Lithuanian, Latvian and Czech case
// forms, as a URL path segment, spelt out in spaced capitals. Sentences written for this test.
describe('restricted names in more Latin-script forms (LT96)', () => {
  it.each([
    ['Volgens de krant is meneer Talmatsj eigenaar van de haven.', 'Talmatsj'],
    ['Mevrouw Sjevtsjoek-Marr weigerde commentaar.', 'Sjevtsjoek-Marr'],
    ['Bankas atsisakė suteikti paskolą Brannikovui.', 'Brannikovui'],
    ['Tiesa piemēroja sodu Voroninam.', 'Voroninam'],
    ['Firma patří do skupiny Věry Ozolinové.', 'Věry Ozolinové'],
    ['See https://watch.example/people/talmach-yuri for details.', 'talmach-yuri'],
    ['The reference read T A L M A C H in the wire.', 'T A L M A C H'],
  ])('LT96: finds the restricted name in "%s"', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    'Olga Voronina opened the conference.',
    'Anna Brannikova won the chess final.',
    'See https://history.example/people/yuri-gagarin for the flight.',
    'The page header reads A N N E X in spaced capitals.',
    'De minister bezocht Voronezj en Moskou.',
  ])('LT96: no restricted name in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });
});
