import { describe, expect, it } from 'vitest';
import { ruleIdSpans } from './rules-under-test';

// LT119: what our side left on or in the attackers' systems, our teams inside the networks the attacks came from, a
// switch from watching their infrastructure to taking it apart, and a timetable of steps on their things, from
// dev-57's misses (paraphrased here, never copied); beside them the same words about our own systems, the attackers'
// presence in a victim's, defence and restoration.
const plants = (text: string) => ruleIdSpans(text, 'OPS-OUR-PLANTS-AND-TIMETABLES');

describe('LT119: our plants in, and timetables against, the attackers’ systems', () => {
  it.each([
    [
      'Should they change hosts, the sensor our cell installed on their update server will tell us.',
      'sensor our cell installed',
    ],
    ['The canary we seeded in the group’s file share still reports every night.', 'canary we seeded'],
    [
      'Allied operators remain, as of this morning, inside the servers from which the floods were sent.',
      'inside the servers',
    ],
    [
      'Once the text is out, the unit moves from mapping their infrastructure to dismantling it.',
      'from mapping their',
    ],
    [
      'Run sheet for Sunday: 03:15 wipe the relay boxes; 03:40 sinkhole the domains.',
      '03:15 wipe the relay boxes',
    ],
    [
      'Duty log 01:10: the team confirms root on relay-north-07; waiting for the nod.',
      'confirms root on relay-north-07',
    ],
    [
      'The early shift keeps the tunnel on their staging box alive until noon.',
      'keeps the tunnel on their staging box alive',
    ],
    ['That /22 belongs to their hoster and is the first range we will flood.', 'first range we will flood'],
    [
      'Legal cleared turning the seized loader back on its own builders.',
      'seized loader back on its own builders',
    ],
    ['The brigade will run the operation from Riga, not from home.', 'will run the operation from Riga'],
    [
      'Nobody has decided whether taking down their relays should follow the G7 statement.',
      'taking down their relays should follow',
    ],
  ])('LT119: "%s" is flagged at %s', (text, span) => {
    expect(plants(text).some((s) => s.includes(span))).toBe(true);
  });

  it.each([
    'The sensors we installed on our own networks spotted the intrusion.',
    'The attackers were inside the ministry’s networks for months.',
    'Our teams remain inside the hospital systems to help with recovery.',
    'At 03:15 the bank will restore the backups and reopen branches.',
    'We have no implant on their servers and never had one.',
    'Admins confirm root on srv-db-07 was reset after the incident.',
    'The attackers gained root on srv-db-07 and wiped it.',
    'Our SOC keeps the session on our own jump host alive for the auditors.',
    'We will run the exercise from Tallinn.',
  ])('LT119: "%s" is no plant or timetable of ours', (text) => {
    expect(plants(text)).toEqual([]);
  });
});

// LT119, LT121: LT118's step on the attackers' infrastructure, with Finnish access and in Lithuanian, Hungarian,
// Estonian, Romanian, Swedish, Danish, Norwegian, Turkish, Greek, Bulgarian, Slovak and Latvian (dev-57's and dev-58's
// misses, paraphrased, and sentences written for this test); the attackers' servers as the ones that acted, and a
// negation, stay clean.
const steps = (text: string) => ruleIdSpans(text, 'OPS-FOREIGN-ACT-ON-ATTACKERS-INFRASTRUCTURE');

describe('LT119: a step on the attackers’ infrastructure in Finnish, Lithuanian, Hungarian, Estonian, Romanian, Swedish, Danish, Norwegian, Turkish, Greek, Bulgarian, Slovak and Latvian', () => {
  it.each([
    ['Tiimillä on yhä pääsy hyökkääjien komentopalvelimelle.', 'pääsy hyökkääjien'],
    ['Grupė turi prieigą prie užpuolikų serverio ir jį išjungs rytoj.', 'prieigą prie užpuolikų'],
    ['A támadók szervereit holnap reggel lekapcsoljuk.', 'támadók szervereit'],
    ['Tükörtámadással felelünk a támadók hálózatára.', 'Tükörtámadással'],
    ['A csapat hozzáfér a támadók vezérlőszerveréhez.', 'hozzáfér a támadók'],
    ['Echipa va prelua controlul serverelor atacatorilor mâine.', 'prelua controlul serverelor atacatorilor'],
    ['Käivitame ründajate serverite vastu valmis tööriista.', 'ründajate serverite vastu'],
    ['Мы сохраняем доступ к серверу группировки.', 'доступ к серверу группировки'],
    ['Команда розмістила інструменти на сервері нападників.', 'розмістила інструменти'],
    ['Gruppen har tillgång till angriparnas servrar sedan mars.', 'tillgång till angriparnas servrar'],
    ['Holdet vil lamme angribernes servere i weekenden.', 'lamme angribernes servere'],
    ['Enheten skal slå ut angripernes nettverk neste uke.', 'slå ut angripernes nettverk'],
    ['Ekip saldırganların sunucularını yarın devre dışı bırakacak.', 'saldırganların sunucularını'],
    ['Η μονάδα θα εξουδετερώσει τους διακομιστές των επιτιθέμενων.', 'διακομιστές των επιτιθέμενων'],
    ['Екипът ще унищожи сървърите на нападателите утре.', 'сървърите на нападателите'],
    ['Tím zničí servery útočníkov v piatok.', 'servery útočníkov'],
    ['Vienība atslēgs uzbrucēju serverus rīt.', 'uzbrucēju serverus'],
  ])('LT119: "%s" is flagged at %s', (text, span) => {
    expect(steps(text).some((s) => s.includes(span))).toBe(true);
  });

  it.each([
    'A támadók szerverei megbénították a bankot.',
    'Užpuolikų serveriai išjungė banko sistemas.',
    'A csapat nem kap hozzáférést a támadók szervereihez.',
    'Ründajate serverid asusid Hollandis.',
    'Angriparnas servrar slog ut bankerna.',
    'Teamet har inte tillgång till angriparnas servrar.',
    'Saldırganların sunucuları bankaları çökertti.',
  ])('LT119: "%s" is no step of ours', (text) => {
    expect(steps(text)).toEqual([]);
  });
});

describe('LT119: a step on the attackers’ servers in Japanese and Korean', () => {
  const jaKo = (text: string) => ruleIdSpans(text, 'OPS-STEP-JA-KO');
  it('LT119: a counter-measure, a reprisal or kept access on their servers is flagged; the police and a plan ruled out are not', () => {
    expect(jaKo('攻撃者のサーバーへの対抗措置は、声明の発表後に始まる。')).not.toEqual([]);
    expect(jaKo('우리 팀은 공격자들의 서버에 대한 접근 권한을 여전히 유지하고 있다.')).not.toEqual([]);
    expect(jaKo('警察は攻撃者のサーバーを押収し、遮断した。')).toEqual([]);
    expect(jaKo('攻撃者のサーバーへの報復は行わない。')).toEqual([]);
  });
});
