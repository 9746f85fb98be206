import { describe, expect, it } from 'vitest';
import { defaultPolicies, defaultPolicySources } from './defaults';
import { createLinter } from './linter';
import { loadPolicies } from './load-policies';

const lint = (text: string, parties: string[] = []) =>
  createLinter(defaultPolicies(parties))
    .lintClause({ id: 'c1', text })
    .map((f) => ({ ...f, text: text.slice(f.start, f.end) }));

describe('createLinter', () => {
  it('LT6: reports baseline findings once with policy ALL, whoever the parties are', () => {
    const findings = lint('This annex is TLP:RED.', ['US', 'CA', 'UK', 'FR', 'DE', 'EU']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'CLS-TLP',
      category: 'classification',
      severity: 'error',
      policy: 'ALL',
      clauseId: 'c1',
      text: 'TLP:RED',
    });
    expect(findings[0]!.message).toMatch(/baseline policy shared by all parties/);
  });

  it("LT6/LT10: an attribution is an error under France's policy, named in the message, with a rewrite", () => {
    const [f] = lint("Russia's cyber-attacks on Ukraine must stop.", ['FR']);
    expect(f).toMatchObject({
      ruleId: 'FR-NO-ATTRIBUTION',
      category: 'attribution',
      severity: 'error',
      policy: 'FR',
      text: "Russia's cyber-attacks",
      suggestion: 'malicious cyber activity',
    });
    expect(f!.message).toMatch(/France \(FR\)/);
    expect(lint('Russian hackers disrupted two banks.', ['FR'])[0]?.suggestion).toBe(
      'malicious cyber actors',
    );
  });

  it('LT10: France objects even to assessed attribution; US, CA and DE do not object at all', () => {
    const text = 'The UK assesses that the GRU almost certainly carried out the attacks.';
    expect(lint(text, ['FR']).map((f) => f.policy)).toEqual(['FR']);
    expect(lint('The GRU carried out the attacks.', ['US', 'CA', 'DE'])).toEqual([]);
  });

  it('LT11: a bare accusation is a UK warning; assessed language is not', () => {
    expect(lint('The GRU carried out the attacks.', ['UK'])).toEqual([
      expect.objectContaining({ ruleId: 'UK-ASSESSED-ATTRIBUTION', severity: 'warning', policy: 'UK' }),
    ]);
    expect(lint('We assess that the GRU almost certainly carried out the attacks.', ['UK'])).toEqual([]);
    expect(lint('It is highly likely that Russia conducted the attacks.', ['UK'])).toEqual([]);
  });

  it("LT12: a member state's separate position is an EU warning", () => {
    expect(lint('Germany maintains a separate position on further measures.', ['EU'])).toEqual([
      expect.objectContaining({
        ruleId: 'EU-MEMBER-STATE-POSITION',
        severity: 'warning',
        policy: 'EU',
        text: 'Germany',
      }),
    ]);
    expect(lint('The United Kingdom maintains its own position.', ['EU'])).toEqual([]);
  });

  it('LT15: finds a restricted name as full name, surname, initial plus surname and possessive', () => {
    const text = "Arkady Voronin, A. Voronin, Voronin's firm, L Shevchuk-Marr, Shevchuk Marr and Ozolina.";
    expect(lint(text).map((f) => f.text)).toEqual([
      'Arkady Voronin',
      'A. Voronin',
      "Voronin's",
      'L Shevchuk-Marr',
      'Shevchuk Marr',
      'Ozolina',
    ]);
  });

  it('LT15: sanctions details are findings until the package is announced', () => {
    expect(lint('The package includes asset freezes on twelve individuals.').map((f) => f.ruleId)).toContain(
      'SAN-UNANNOUNCED-MEASURES',
    );
    expect(lint('We recall the asset freezes announced on 23 February.')).toEqual([]);
  });

  it('LT16: TLP:RED and TLP:AMBER(+STRICT) and classification markings are errors; TLP:CLEAR and TLP:GREEN are not', () => {
    expect(lint('TLP:AMBER+STRICT and TLP:AMBER and NATO SECRET').map((f) => f.text)).toEqual([
      'TLP:AMBER+STRICT',
      'TLP:AMBER',
      'NATO SECRET',
    ]);
    expect(lint('TLP:CLEAR, TLP:GREEN; the secret of our unity.')).toEqual([]);
  });

  it("LT62: a partner nation's marking is a marking: Nordic, East Asian, and German markings spelt with a dash", () => {
    for (const [text, marking] of [
      ['The file, stamped STRENGT HEMMELIG, was shown in closed session.', 'STRENGT HEMMELIG'],
      ['Annex B (FORTROLIGT) lists the affected operators.', 'FORTROLIGT'],
      ['VS – VERTRAULICH: Lagebild zum Angriff', 'VS – VERTRAULICH'],
      ['The ministry cable carries the marking 極秘 in its header.', '極秘'],
      ['The briefing was labelled 대외비 and shown on screen only.', '대외비'],
      ['The note, graded 2급 비밀, went to three ministries.', '2급 비밀'],
    ] as const) {
      const found = lint(text).filter((f) => f.category === 'classification');
      expect(found.map((f) => text.slice(f.start, f.end)).join(' | '), text).toContain(marking);
    }
    for (const clean of [
      'Norway and Denmark condemned the attacks on their hospitals.',
      'The Secretariat will circulate the chair’s summary to all delegations.',
      'Japan’s foreign minister spoke on the record in Tokyo.',
    ])
      expect(
        lint(clean).filter((f) => f.category === 'classification'),
        clean,
      ).toEqual([]);
  });

  it('LT17: offsets are UTF-16 code units into the clause text', () => {
    const text = '🇺🇦 — « the attacks » were carried out by Russia.';
    const [f] = lint(text, ['FR']);
    expect(text.slice(f!.start, f!.end)).toBe('Russia');
    expect(f!.start).toBe(text.indexOf('Russia'));
  });

  it('LT13/LT14: source protection and operational detail are baseline errors', () => {
    expect(lint('A senior official in the Ministry of Defence said so.')[0]).toMatchObject({
      category: 'source-protection',
      severity: 'error',
    });
    expect(lint('Allies will conduct "mirror" attacks.')[0]).toMatchObject({
      category: 'operational-detail',
      suggestion: 'appropriate responses',
    });
  });

  it('LT18: re-lints only new or changed clauses and forgets removed ones', () => {
    const linter = createLinter(defaultPolicies());
    const a = { id: 'a', text: 'This is TLP:RED.' };
    const b = { id: 'b', text: 'TLP:AMBER applies.' };
    const first = linter.lint([a, b]);
    const second = linter.lint([a, { id: 'b', text: 'TLP:CLEAR applies.' }]);
    expect(second[0]).toBe(first[0]);
    expect(second).toHaveLength(1);
    const third = linter.lint([{ id: 'b', text: 'TLP:CLEAR applies.' }, a]);
    expect(third).toEqual([first[0]]);
    expect(linter.lint([{ id: 'a', text: 'This is TLP:RED.' }])[0]).toBe(first[0]);
  });

  it('LT3: existence, substitution and conditional rules from a custom policy', () => {
    const { policies, errors } = loadPolicies([
      {
        file: 'x.yaml',
        text: [
          'delegation: XX',
          'name: Test',
          'rules:',
          '  - {id: X-E, kind: existence, category: sanctions, severity: info, message: "{match} is listed", tokens: [foo]}',
          '  - {id: X-S, kind: substitution, category: sanctions, severity: warning, message: m, swap: {bar: baz}}',
          '  - {id: X-C, kind: conditional, category: sanctions, severity: error, message: m, when: [alpha], flag: [beta]}',
        ].join('\n'),
      },
    ]);
    expect(errors).toEqual([]);
    const run = (text: string) => createLinter(policies).lintClause({ id: 'c', text });
    expect(run('foo food bar beta')).toEqual([
      expect.objectContaining({
        ruleId: 'X-E',
        start: 0,
        end: 3,
        severity: 'info',
        message: 'foo is listed (policy of Test (XX))',
      }),
      expect.objectContaining({ ruleId: 'X-S', start: 9, end: 12, suggestion: 'baz' }),
    ]);
    expect(run('alpha beta')).toEqual([expect.objectContaining({ ruleId: 'X-C', start: 6, end: 10 })]);
  });
});

describe('linters share compiled rules (LT69)', () => {
  const sentences = [
    'The attacks were carried out by Russia.',
    'A senior official, who asked not to be named, said the deputy head of the cyber unit had been briefed.',
    'We will take down their servers at dawn tomorrow.',
    'The new package, to be adopted next week, will freeze the assets of Bank Rossiya.',
    'TLP:RED — do not share.',
    'We condemn the malicious cyber activity directed against Ukraine.',
  ];
  const findingsOf = (linter: ReturnType<typeof createLinter>) =>
    sentences.flatMap((text, i) => linter.lintClause({ id: `c${i}`, text }));

  it('LT69: a second linter over the same policies finds what a linter compiled from scratch finds', () => {
    const shared = defaultPolicies();
    const first = createLinter(shared);
    for (let k = 0; k < 20; k++)
      first.lintClause({ id: 'warm', text: `${sentences[k % sentences.length]} ${k}` });
    const { policies: fresh, errors } = loadPolicies(defaultPolicySources());
    expect(errors).toEqual([]);
    const expected = findingsOf(createLinter(fresh));
    expect(expected.length).toBeGreaterThan(5);
    expect(findingsOf(createLinter(shared))).toEqual(expected);
    // a linter for fewer parties over the same policy objects: only its policies' findings
    expect(findingsOf(createLinter(defaultPolicies(['FR'])))).toEqual(
      expected.filter((f) => f.policy === 'ALL' || f.policy === 'FR'),
    );
  });
});
