import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution';
import { defaultPolicies } from './defaults';
import { findMentions } from './entities';
import { tokenize } from './sentences';

const constructions = defaultPolicies()[0]!.constructions.get('attribution')!;

function attributions(text: string) {
  return tokenize(text).flatMap((s) =>
    findAttributions(s, findMentions(s), constructions).map((a) => ({
      relation: a.relation,
      span: text.slice(a.start, a.end),
      kind: a.mention.kind,
    })),
  );
}

describe('entity recognition', () => {
  it('LT7: recognises states, capitals, agencies, groups, leaders and demonyms, longest match first', () => {
    const [s] = tokenize(
      'The Russian Federation, the Kremlin, the GRU, Unit 74455, Fancy Bear, Vladimir Putin and Russian military intelligence.',
    );
    const kinds = findMentions(s!).map((m) => [
      s!.text.slice(m.start - s!.start, m.end - s!.start),
      m.kind,
      m.state,
    ]);
    expect(kinds).toEqual([
      ['Russian Federation', 'state', 'Russia'],
      ['Kremlin', 'capital', 'Russia'],
      ['GRU', 'agency', 'Russia'],
      ['Unit 74455', 'agency', 'Russia'],
      ['Fancy Bear', 'group', 'Russia'],
      ['Vladimir Putin', 'leader', 'Russia'],
      ['Russian military intelligence', 'agency', 'Russia'],
    ]);
  });
});

describe('attribution relations (constructions in policies/attribution-constructions.yaml)', () => {
  it.each([
    ['The attacks were carried out by Russia.', 'ATT-PASSIVE-LIGHT', 'Russia'],
    ['Russia carried out the attacks.', 'ATT-ACTIVE-LIGHT', 'Russia'],
    ["Russia's cyber-attacks must stop.", 'ATT-POSSESSOR', "Russia's cyber-attacks"],
    ['Russian hackers disrupted two banks.', 'ATT-ACTIVE', 'Russian hackers'],
    ['Kremlin-backed actors launched the DDoS attacks.', 'ATT-ACTIVE-LIGHT', 'Kremlin-backed actors'],
    ['The malicious traffic originated from Russia.', 'ATT-ORIGIN', 'Russia'],
    ['The intrusions were conducted on behalf of the GRU.', 'ATT-BEHALF', 'GRU'],
    ['We attribute these attacks to Moscow.', 'ATT-ATTRIBUTED-TO', 'Moscow'],
    ['Responsibility for the attacks lies with the Kremlin.', 'ATT-RESTS-WITH', 'Kremlin'],
    ['We hold Moscow accountable for these cyber-attacks.', 'ATT-HELD-RESPONSIBLE', 'Moscow'],
    ['The FSB bears responsibility for the intrusions.', 'ATT-BEARS-RESPONSIBILITY', 'FSB'],
    ['Moscow was behind the DDoS campaign.', 'ATT-ACTIVE-LIGHT', 'Moscow'],
    [
      "The intrusions were orchestrated by President Putin's services.",
      'ATT-PASSIVE-LIGHT',
      "Putin's services",
    ],
    // the addressee of a demand to stop an attack is named as its author (issue #12)
    ['We call on the Russian Federation to stop the attacks.', 'ATT-DEMAND-STOP', 'Russian Federation'],
    [
      "Hackers working for Iran's Ministry of Intelligence and Security deployed the malware.",
      'ATT-ACTIVE-LIGHT',
      "Hackers working for Iran's Ministry of Intelligence and Security",
    ],
    [
      'It was the Kremlin, and not independent criminals, that ordered the disruption.',
      'ATT-CLEFT',
      'Kremlin',
    ],
    [
      "The Russian Federation's role in the attacks is clear.",
      'ATT-RESPONSIBILITY-OF',
      "Russian Federation's",
    ],
    [
      'In launching these attacks, Russia has shown contempt for international law.',
      'ATT-GERUND-OPENER',
      'Russia',
    ],
    [
      'We stand with Ukraine against Russia, whose military hackers disabled card payments.',
      'ATT-RELATIVE-WHOSE',
      'Russia',
    ],
    ['Tehran must end its campaign of intimidation.', 'ATT-MUST-STOP', 'Tehran'],
  ])('LT8: %s (%s)', (text, relation, span) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ relation, span }));
  });

  it.each([
    'We urge Russia to de-escalate and to refrain from cyber-attacks.',
    'Germany condemned the attacks on the Ukrainian Ministry of Defence.',
    'Ukraine launched an investigation into the attacks.',
    'The attacks were condemned by Canada and Japan within hours.',
    'The workshop on cyber hygiene was sponsored by Germany.',
    'The UK launched an awareness campaign to help citizens spot phishing emails.',
    "Canada's involvement in the Freedom Online Coalition dates back to its founding.",
    'The cyber-attacks against Ukraine disrupted banking services.',
    "Ukraine's banks were disrupted by DDoS attacks.",
    'Ukraine was targeted by a wave of intrusions.',
    'Russia conducted large-scale military exercises near the border.',
    'The ministers discussed Russia and China at length.',
  ])('LT9: no attribution in "%s"', (text) => {
    expect(attributions(text)).toEqual([]);
  });
});

describe('rewritable spans', () => {
  it("LT8: names the whole author of a passive attack, so the actor wording replaces it: by Russia's GRU", async () => {
    const { createLinter } = await import('./linter');
    const { defaultPolicies } = await import('./defaults');
    const text = "This attack was carried out by Russia's GRU.";
    const [f] = createLinter(defaultPolicies(['FR'])).lintClause({ id: 'c', text });
    expect(text.slice(f!.start, f!.end)).toBe("Russia's GRU");
    expect(f!.suggestion).toBe('malicious cyber actors');
    const fixed = text.slice(0, f!.start) + f!.suggestion + text.slice(f!.end);
    expect(createLinter(defaultPolicies(['FR'])).lintClause({ id: 'c', text: fixed })).toEqual([]);
  });
});
