import { describe, expect, it } from 'vitest';
import { ruleIdSpans } from './rules-under-test';

// LT121: a sanctions step not yet in force, in Norwegian, Danish, Swedish, Czech, Slovak, Romanian, Hungarian, Turkish,
// Finnish and Greek, from dev-58's miss (paraphrased here, never copied); beside them a step already in force and a
// law that is no sanction.
const unannounced = (text: string) => ruleIdSpans(text, 'SAN-FOREIGN-UNANNOUNCED');

describe('LT121: a sanctions step to come in ten more languages', () => {
  it.each([
    'Når de nye sanksjonene trer i kraft 1. april, blir det forbudt å selge droner til de listede firmaene.',
    'De nya sanktionerna träder i kraft den 1 april.',
    'Nové sankce vstoupí v platnost 1. dubna.',
    'Noile sancțiuni vor intra în vigoare pe 1 aprilie.',
    'Az új szankciók április 1-jén lépnek hatályba.',
    'Yeni yaptırımlar 1 Nisan’da yürürlüğe girecek.',
    'Uudet pakotteet tulevat voimaan 1. huhtikuuta.',
    'Οι νέες κυρώσεις θα τεθούν σε ισχύ την 1η Απριλίου.',
  ])('LT121: "%s" discloses a step to come', (text) => {
    expect(unannounced(text)).not.toEqual([]);
  });

  it.each([
    'Sanktionerna som trädde i kraft 2022 förbjuder export av drönare.',
    'Den nye trafikkloven trer i kraft 1. april.',
    'Het nieuwe subsidiepakket bevat een uitzondering voor kleine gemeenten.',
  ])('LT121: "%s" discloses no step to come', (text) => {
    expect(unannounced(text)).toEqual([]);
  });
});
