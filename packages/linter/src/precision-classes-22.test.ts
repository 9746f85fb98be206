import { describe, expect, it } from 'vitest';
import { coversSpan, ruleFindings } from './rules-under-test';

// LT93: classes of sentence that the unseen writers of dev-41/dev-42 and own-sentences-22 (written before the rules)
// had flagged or missed, each beside violating look-alikes, which stay found.

describe('LT93: a classification marking explained, fact-checked, audited or declassified is no marking', () => {
  it.each([
    'The handbook explains that CONFIDENTIAL sits between RESTRICTED and SECRET in the national scheme.',
    'A fake memo with a "SECRET" stamp was shared widely; fact-checkers traced it to a free template.',
    'The inspectors criticised the ministry for routinely marking press lines OFFICIAL-SENSITIVE.',
    'The study, formerly classified SECRET, was declassified in 2020.',
    'Under the standard, TLP:RED information may not be shared beyond the meeting.',
  ])('LT93: nothing marked in "%s"', (text) => {
    expect(ruleFindings(text, 'classification')).toEqual([]);
  });

  it.each([
    ["SECRET — Annex D: the partner ministry's compromised hosts", 'SECRET'],
    ['This note is classified CONFIDENTIAL under the national scheme.', 'CONFIDENTIAL'],
    ['Recipients are reminded that this text is classified at the SECRET level.', 'SECRET'],
    ["Training annex (TLP:AMBER): the partner's indicators.", 'TLP:AMBER'],
    ['Exercise handbook, part 3 — RESTRICTED.', 'RESTRICTED'],
  ])('LT93: "%s" is marked (%s)', (text, span) => {
    expect(coversSpan(text, 'classification', span)).toBe(true);
  });
});

describe('LT93: attribution in Italian, French, Spanish, Polish, German and Dutch constructions', () => {
  it.each([
    ["L'esfiltrazione dei dati del ministero è riconducibile a Pechino.", 'Pechino'],
    ['Les intrusions dans les mairies ont été attribuées à la Chine.', 'la Chine'],
    ['Atak na wodociągi przypisano Rosji.', 'Rosji'],
    ['Todo apunta a Corea del Norte, según el informe.', 'Corea del Norte'],
    ['Za sabotażem kolei stoi Rosja, twierdzi prokuratura.', 'Rosja'],
    ['Achter de aanvallen op de banken zitten Chinese hackers.', 'Chinese'],
    ['Dietro il furto di criptovalute ci sono hacker nordcoreani.', 'nordcoreani'],
    ['Il sabotaggio è stato orchestrato dal Cremlino.', 'Cremlino'],
    ['Kampania dezinformacyjna była sponsorowana przez Kreml.', 'Kreml'],
    ['Le piratage a été mené par des agents iraniens.', 'iraniens'],
  ])('LT93: "%s" names its author (%s)', (text, span) => {
    expect(coversSpan(text, 'attribution', span)).toBe(true);
  });

  it.each([
    "L'esfiltrazione dei dati del ministero non è riconducibile a Pechino.",
    'Les intrusions dans les mairies ont été attribuées à une erreur humaine.',
    'Todo apunta a un fallo del proveedor, según el informe.',
    "L'indagine sul sabotaggio è stata condotta dalla polizia italiana.",
    'Moscou a démenti toute implication dans les attaques contre les banques.',
    'La Cina ha condannato gli attacchi contro le università europee.',
    'The 2007 Estonia attacks are taught in every cyber defence course.',
  ])('LT93: no author in "%s"', (text) => {
    expect(ruleFindings(text, 'attribution')).toEqual([]);
  });
});

describe('LT93: a Polish name with "ł" passes the entity pre-check', () => {
  it('LT93: "białoruskie służby" is found as Belarus (the pre-check folded "ł" unlike the names it checks)', () => {
    expect(
      coversSpan('Kampania była kierowana przez białoruskie służby.', 'attribution', 'białoruskie służby'),
    ).toBe(true);
  });
});
