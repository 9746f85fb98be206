import { describe, expect, it } from 'vitest';
import { coversSpan, ruleIdSpans } from './rules-under-test';

// LT118: a step of our side on the attackers' servers, infrastructure or network in French, Italian, Spanish,
// Portuguese, Polish, Czech, Romanian, Finnish, Dutch, German, Ukrainian and Russian, from dev-56's misses
// (paraphrased here, never copied); beside them the same words about the victims' servers, the police, a negation, an
// exercise, or the attackers' servers with no act of ours.
const steps = (text: string) => ruleIdSpans(text, 'OPS-FOREIGN-ACT-ON-ATTACKERS-INFRASTRUCTURE');

describe("LT118: our side's step against the attackers' infrastructure in twelve languages", () => {
  it.each([
    ["L'équipe pourrait paralyser les serveurs des attaquants dès lundi.", 'serveurs des attaquants'],
    ['Il gruppo è pronto a distruggere i server degli aggressori entro la notte.', 'server degli aggressori'],
    ['El equipo puede borrar los servidores de los atacantes en minutos.', 'servidores de los atacantes'],
    ['A equipa vai desativar os servidores dos piratas no domingo.', 'servidores dos piratas'],
    ['Zespół może zniszczyć serwery napastników w ciągu godziny.', 'serwery napastników'],
    ['Jednotka je připravena vyřadit servery útočníků ještě dnes.', 'servery útočníků'],
    ['Echipa va dezactiva serverele atacatorilor imediat după summit.', 'serverele atacatorilor'],
    ['Yksikkö voi lamauttaa hyökkääjien palvelimet yön aikana.', 'hyökkääjien palvelimet'],
    [
      'Het team kan het botnet van de aanvallers uitschakelen zodra de ministers instemmen.',
      'botnet van de aanvallers',
    ],
    ['Die Einheit soll die Server der Angreifer noch diese Woche lahmlegen.', 'Server der Angreifer'],
    ['Наші фахівці мають доступ до серверів нападників.', 'серверів нападників'],
    ['Группа готова уничтожить серверы злоумышленников к утру.', 'серверы злоумышленников'],
  ])('LT118: "%s" discloses the step (%s)', (text, words) => {
    // (where an older rule finds the same span first, the overlap keeps that one: the sentence is caught either way)
    expect(coversSpan(text, 'operational-detail', words)).toBe(true);
  });

  it.each([
    'Les attaques contre les serveurs des hôpitaux ont été condamnées.',
    'Los ataques contra los servidores de los ministerios fueron condenados.',
    'La police a neutralisé les serveurs des pirates en 2023.',
    'Policja zniszczyła serwery napastników w zeszłym roku.',
    'Nous ne lancerons aucune opération contre les serveurs des assaillants.',
    'Wir werden die Server der Angreifer nicht angreifen.',
    "Durante l'esercitazione, la squadra ha simulato di distruggere i server degli aggressori.",
    'Les serveurs des assaillants étaient hébergés aux Pays-Bas.',
    'Serwery napastników znajdowały się w trzech krajach.',
  ])('LT118: no step of ours is disclosed in "%s"', (text) => {
    expect(steps(text)).toEqual([]);
  });
});
