import { describe, expect, it } from 'vitest';
import { ruleFindings } from './rules-under-test';

// LT119: clean sentences of dev-57's first score that rules flagged (paraphrased here, never copied), each beside a
// violating look-alike that stays found.
const found = (text: string, category: Parameters<typeof ruleFindings>[1]) =>
  ruleFindings(text, category).map((f) => f.ruleId);

describe('LT119: no plans, an investigation and evidence in public are no disclosure', () => {
  it('LT119: a ministry with no plans to announce sanctions announces no step; a package that will list banks does', () => {
    expect(
      found('The Treasury said it had no plans to announce new sanctions this month.', 'sanctions'),
    ).toEqual([]);
    expect(
      found('The Treasury had no plans to announce it, but the package will list four banks.', 'sanctions'),
    ).not.toEqual([]);
  });

  it('LT119: someone who gave evidence in public and did not ask for anonymity is named on the record', () => {
    expect(
      found(
        'The former head, Dame Alice Fenn, gave evidence in public and did not request anonymity.',
        'source-protection',
      ),
    ).toEqual([]);
    expect(
      found(
        'Dame Alice Fenn, who spoke on condition of anonymity, described the breach.',
        'source-protection',
      ),
    ).not.toEqual([]);
  });

  it('LT119: a Ukrainian investigation of the attacks with partners plans no step; a strike on their servers does', () => {
    expect(
      found('Україна розпочала розслідування атак разом із партнерами з ЄС.', 'operational-detail'),
    ).toEqual([]);
    expect(
      found('Партнери готують удар у відповідь по серверах нападників.', 'operational-detail'),
    ).not.toEqual([]);
  });

  it('LT119: a duty laid on operators, continuity credentials and a system brought back are no operation of ours', () => {
    expect(
      found(
        'Under the new law we hold the operators of hospitals responsible for patching within 48 hours.',
        'operational-detail',
      ),
    ).toEqual([]);
    expect(
      found(
        'We still hold the credentials for the ministry’s backup portal in a sealed envelope, as the continuity plan requires.',
        'operational-detail',
      ),
    ).toEqual([]);
    expect(
      found(
        'Team C is tasked with bringing the ticketing system back the moment the forensic copies are done.',
        'operational-detail',
      ),
    ).toEqual([]);
    expect(
      found(
        'Team C is tasked with taking their panel down the moment the statement is out.',
        'operational-detail',
      ),
    ).not.toEqual([]);
  });
});
