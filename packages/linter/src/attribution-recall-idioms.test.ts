import { describe, expect, it } from 'vitest';
import { attributedSpans as spans } from './attribution-spans';
import { defaultPolicies } from './defaults';
import { createLinter } from './linter';

const fr = createLinter(defaultPolicies(['FR']));
/** What France's rules (not its model) flag as attribution in a clause (questions and answers read together). */
const frSpans = (text: string) =>
  fr
    .lintClause({ id: 'c', text })
    .filter((f) => f.category === 'attribution' && !f.ruleId.endsWith('MODEL-ATTRIBUTION'))
    .map((f) => text.slice(f.start, f.end));

/** The actor spans a sentence names as authors. */

describe('authors named by idiom, list, clock or origin (LT70)', () => {
  it('LT70: traced to a threat group; pulled the trigger or the strings; came or was run out of a capital', () => {
    expect(spans('Analysts traced the wallet movements to the Lazarus Group.')).toContain('Lazarus Group');
    expect(spans('There is no question that Unit 74455 pulled the trigger on this.')).toContain('Unit 74455');
    expect(spans('Everyone knows the Kremlin pulled the strings.')).toContain('Kremlin');
    expect(spans('The operation came out of Moscow.')).toContain('Moscow');
    expect(spans('Police traced the stolen car to a garage in Lyon.')).toEqual([]);
    expect(spans('Berlin called the shots on the summit agenda.')).toEqual([]);
    expect(spans('The delegation came out of Moscow on the morning train.')).toEqual([]);
  });

  it('LT70: a question answered by the bare state; a regime in a capital that does harm', () => {
    expect(frSpans('Who did this? The Kremlin.')).toContain('Kremlin');
    expect(spans('Who did this? We are still investigating, and Russia says it was not involved.')).toEqual(
      [],
    );
    expect(frSpans('Who chaired the meeting? The Kremlin’s envoy.')).toEqual([]);
    expect(spans('No one should negotiate with the regime in Pyongyang, which hacks hospitals.')).toContain(
      'Pyongyang',
    );
    expect(spans('The regime in Pyongyang, which marked its anniversary, held a parade.')).toEqual([]);
  });

  it('LT70: a threat state among the hostile states or after the states responsible for attacks', () => {
    expect(spans('She warns of sabotage by hostile states, chief among them Russia.')).toContain('Russia');
    expect(spans('We face espionage from hostile states, notably China and Iran.')).toContain('China');
    expect(
      spans(
        'The four states responsible for most of the attacks we handled, Russia, China and Iran, are covered.',
      ),
    ).toContain('Russia');
  });

  it("LT70: traces timed to a threat state's clock, a hostile head whose predicate is the state, a state origin", () => {
    expect(spans('Compilation timestamps cluster in Moscow working hours.')).toContain('Moscow');
    expect(
      spans('The helpline is staffed during Moscow working hours for Russian-speaking victims.'),
    ).toEqual([]);
    expect(spans('The cluster we track as Jade Sleet is Pyongyang-directed.')).toContain(
      'Pyongyang-directed',
    );
    expect(spans('The actor is of Russian state origin.')).toContain('Russian state');
    expect(spans('The software is of German origin and was audited.')).toEqual([]);
    expect(spans('Aliases tracked by industry for GRU Unit 74455 include Voodoo Bear.')).toContain(
      'GRU Unit 74455',
    );
  });
});
