import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution';
import { findMentions } from './entities';
import { tokenize } from './sentences';

function attributions(text: string) {
  return tokenize(text).flatMap((s) =>
    findAttributions(s, findMentions(s)).map((a) => ({
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

describe('attribution relations', () => {
  it.each([
    ['The attacks were carried out by Russia.', 'agent', 'Russia'],
    ['Russia carried out the attacks.', 'active', 'Russia'],
    ["Russia's cyber-attacks must stop.", 'possessive', "Russia's cyber-attacks"],
    ['Russian hackers disrupted two banks.', 'modifier', 'Russian hackers'],
    ['Kremlin-backed actors launched the DDoS attacks.', 'linked', 'Kremlin-backed'],
    ['The malicious traffic originated from Russia.', 'origin', 'originated from Russia'],
    ['The intrusions were conducted on behalf of the GRU.', 'agent', 'on behalf of the GRU'],
    ['We attribute these attacks to Moscow.', 'attributed', 'Moscow'],
    ['Responsibility for the attacks lies with the Kremlin.', 'attributed', 'Kremlin'],
    ['We hold Moscow accountable for these cyber-attacks.', 'held-responsible', 'Moscow'],
    ['The FSB bears responsibility for the intrusions.', 'active', 'FSB'],
    ['Moscow was behind the DDoS campaign.', 'active', 'Moscow'],
    ["The intrusions were orchestrated by President Putin's services.", 'agent', "Putin's"],
  ])('LT8: %s', (text, relation, span) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ relation, span }));
  });

  it.each([
    'We urge Russia to de-escalate and to refrain from cyber-attacks.',
    'We call on the Russian Federation to stop the attacks.',
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
