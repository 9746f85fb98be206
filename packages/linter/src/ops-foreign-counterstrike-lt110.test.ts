import { describe, expect, it } from 'vitest';
import { ruleIdSpans } from './rules-under-test';

// LT110: a counter-attack or retaliatory strike by its own noun in the languages the older operational-detail rules
// lack (Romanian, Estonian, Hungarian, Danish, Norwegian, Swedish, Finnish, Czech, Slovak, Croatian, Latvian,
// Lithuanian, Greek, Turkish, Bulgarian), from dev-52's and dev-53's misses (paraphrased here, never copied); beside
// them the same nouns negated, in an exercise, with the police, or as a question of international law.
const counterstrikes = (text: string) => ruleIdSpans(text, 'OPS-FOREIGN-COUNTERSTRIKE');

describe('LT110: a planned counter-strike in fifteen more languages', () => {
  it.each([
    ['Contraatacul împotriva serverelor grupării este pregătit pentru sâmbătă.', 'Contraatacul'],
    ['Vasturünnak häkkerite taristule algab kohe pärast avaldust.', 'Vasturünnak'],
    ['Az ellentámadás a támadók szervereit célozza.', 'ellentámadás'],
    ['Modangrebet mod gruppens servere er klar til i aften.', 'Modangrebet'],
    ['Motangrepet mot gruppens servere starter i kveld.', 'Motangrepet'],
    ['Motangreppet mot gruppens servrar inleds i natt.', 'Motangreppet'],
    ['Vastaisku hyökkääjien palvelimiin on valmisteltu.', 'Vastaisku'],
    ['Protiútok na servery skupiny je připraven.', 'Protiútok'],
    ['Protunapad na poslužitelje napadača počinje sutra.', 'Protunapad'],
    ['Pretuzbrukums uzbrucēju serveriem sāksies rīt.', 'Pretuzbrukums'],
    ['Η αντεπίθεση στους διακομιστές της ομάδας θα ξεκινήσει αύριο.', 'αντεπίθεση'],
    ['Grubun sunucularına karşı saldırı yarın başlayacak.', 'karşı saldırı'],
    ['Контраатаката срещу сървърите на групата започва утре.', 'Контраатаката'],
  ])('LT110: "%s" discloses the counter-strike (%s)', (text, word) => {
    expect(counterstrikes(text).some((s) => s.includes(word))).toBe(true);
  });

  it.each([
    'Aliații nu plănuiesc niciun contraatac cibernetic.',
    'Vláda vylučuje jakýkoli protiútok.',
    'Ministr řekl, že protiútok není na stole.',
    'Hallitus ei suunnittele vastaiskua.',
    'Az ellentámadást csak a tavalyi gyakorlaton próbálták ki.',
    'Eksperdid vaidlevad, kas vasturünnak oleks rahvusvahelise õiguse järgi lubatud.',
    'Regeringen utesluter ett motangrepp.',
  ])('LT110: no counter-strike is disclosed in "%s"', (text) => {
    expect(counterstrikes(text)).toEqual([]);
  });
});
