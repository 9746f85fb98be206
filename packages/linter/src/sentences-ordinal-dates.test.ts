import { describe, expect, it } from 'vitest';
import { defaultPolicies } from './defaults';
import { createLinter } from './linter';
import { splitSentenceChunks, tokenize } from './sentences';

// LT97: compromise ended a sentence after an ordinal day ("am 24."), so a rule's sentence-level context or antipattern
// read "Februar beschlossen werden und … erfassen" without the package it was about (dev-43's lost catch at the
// session-11 merge). The day and the month that follows are one sentence again.
describe('an ordinal day does not end a sentence (LT97)', () => {
  it.each([
    'Das neue Sanktionspaket soll am 24. Februar beschlossen werden und zwei Banken erfassen.',
    'Pakiet ma wejść w życie 1. marca i obejmie dwa banki.',
    'Balíček vstoupí v platnost 3. května a zasáhne dvě banky.',
    'Pakken træder i kraft den 1. juni og rammer to banker.',
  ])('LT97: "%s" is one sentence', (text) => {
    expect(splitSentenceChunks(text).map((c) => c.text)).toEqual([text]);
    expect(tokenize(text)).toHaveLength(1);
    expect(tokenize(text, () => true)).toHaveLength(1);
  });

  it.each([
    ['Item 3. The ministers met. They agreed.', 3],
    ['The meeting ended at 5. Then the ministers left.', 2],
    ['Die Sitzung endete. Am 24. Februar beginnt die nächste.', 2],
  ])('LT97: "%s" keeps its %i real sentences', (text, n) => {
    expect(splitSentenceChunks(text)).toHaveLength(n);
  });

  it('LT97: the scope of a German package after its date is caught again (dev-43, lost at the session-11 merge)', () => {
    const linter = createLinter(defaultPolicies(['UK']));
    const text =
      'Das neue Sanktionspaket soll am 24. Februar beschlossen werden und IT-Dienstleister erfassen.';
    const findings = linter.lintClause({ id: 'c', text });
    const covered = findings.filter((f) => f.category === 'sanctions').map((f) => text.slice(f.start, f.end));
    expect(covered.some((t) => t.includes('IT-Dienstleister'))).toBe(true);
  });
});
