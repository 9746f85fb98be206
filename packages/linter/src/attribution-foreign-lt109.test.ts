import { describe, expect, it } from 'vitest';
import { attributedSpans, mentionedStates as mentioned } from './attribution-spans';

// LT109: a threat state named in Czech, Slovak, Estonian, Finnish, Hungarian, Croatian, Turkish, Romanian, Norwegian,
// Danish, Latvian or Lithuanian (its name, genitive, accusative or adjective), an attack word of those languages by
// its stem, and the state read as the author unless it is the target, denies or condemns. From the misses of dev-50,
// dev-51, dev-52 and dev-53 (paraphrased here, never copied).

describe('LT109: threat states in twelve more languages', () => {
  it.each([
    ["Rusya'nın istihbarat servisi", "Russia:Rusya'nın"],
    ["GRU'nun birimleri", "Russia:GRU'nun"],
    ["İran'ın hackerları", "Iran:İran'ın"],
    ['Venäjän sotilastiedustelu', 'Russia:Venäjän'],
    ['Venemaa sõjaväeluure', 'Russia:Venemaa'],
    ['Ruské federace', 'Russia:Ruské federace'],
    ['severokorejského úřadu', 'North Korea:severokorejského'],
    ['Federației Ruse', 'Russia:Federației Ruse'],
    ['den russiske tjenesten', 'Russia:russiske'],
    ['Krievijas specdienesti', 'Russia:Krievijas'],
    ['Baltarusijos režimas', 'Belarus:Baltarusijos'],
    ['the order came from Lubyanka', 'Russia:Lubyanka'],
  ])('LT109: "%s" mentions %s', (text, expected) => {
    expect(mentioned(text)).toContain(expected);
  });

  it('LT109: a Turkish case ending ends the name, so the next word is no part of it', () => {
    expect(mentioned("Kuzey Kore'nin Lazarus grubu")).toEqual([
      "North Korea:Kuzey Kore'nin",
      'North Korea:Lazarus',
    ]);
  });

  it.each([
    ['Ministeeriumi hinnangul korraldas küberrünnaku riigiportaali vastu Venemaa sõjaväeluure.', 'Venemaa'],
    ['Venäjän tiedustelupalvelun osuus hyökkäykseen sairaaloita vastaan on selvä.', 'Venäjän'],
    ['Podle vlády útočníci jednali na pokyn ruské vojenské rozvědky.', 'ruské'],
    ['Valitsus on kindel, et Valgevene julgeolekuteenistus osales rünnakutes.', 'Valgevene'],
    ['A kibertámadást Oroszország katonai hírszerzése hajtotta végre.', 'Oroszország'],
    ['Kibernetički napad na bolnice izvela je Rusija.', 'Rusija'],
    ['Bankalara yönelik siber saldırının arkasında Rusya var.', 'Rusya'],
    ['Atacurile asupra spitalelor au fost coordonate de serviciile ruse.', 'ruse'],
    ['Uzbrukumu ministrijai organizēja Krievijas militārā izlūkošana.', 'Krievijas'],
    ['Hackerangrebet mod hospitalerne blev udført af den russiske efterretningstjeneste.', 'russiske'],
  ])('LT109: "%s" reads %s as the author', (text, actor) => {
    expect(attributedSpans(text).some((a) => a.includes(actor))).toBe(true);
  });

  it.each([
    'Venemaa vastu suunatud küberrünnakud on sel aastal sagenenud.',
    'Rusko odmítlo obvinění z kybernetických útoků na nemocnice.',
    'Oroszország elítélte a bankok elleni támadásokat.',
    'Kiina kiisti osallisuutensa hyökkäykseen.',
    'Rusya, saldırılarla bir ilgisi olmadığını söyleyerek iddiaları reddetti.',
    'Valitsus arutas küberrünnakuid Eesti ja Soome ministritega.',
  ])('LT109: no threat state is the author in "%s"', (text) => {
    expect(attributedSpans(text)).toEqual([]);
  });
});
