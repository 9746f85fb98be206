import { describe, expect, it } from 'vitest';
import { defaultPolicies } from './defaults';
import { createLinter } from './linter';

const linter = createLinter(defaultPolicies([]));
const sanctions = (text: string) =>
  linter
    .lintClause({ id: 'c', text })
    .filter((f) => f.category === 'sanctions')
    .map((f) => ({ rule: f.ruleId, text: text.slice(f.start, f.end) }));

describe('restricted names in every form (LT15)', () => {
  it.each([
    ['Vera O., as the press calls her, was tipped off.', 'Vera O.'],
    ['Oleg B. is being added.', 'Oleg B.'],
    ['A.V. is the priority listing.', 'A.V.'],
    ['A. V. is the priority listing.', 'A. V.'],
    ['VORONIN, Arkady, is on the annex.', 'VORONIN, Arkady'],
    // German, French and Baltic transliterations
    ['L. Schewtschuk-Marr attended.', 'L. Schewtschuk-Marr'],
    ['Lidia Chevtchouk-Marr attended.', 'Lidia Chevtchouk-Marr'],
    ['Arkadi Voronine attended.', 'Arkadi Voronine'],
    ['Oleg Brannikoff attended.', 'Oleg Brannikoff'],
    ['Juri Talmatsch attended.', 'Juri Talmatsch'],
    ['Vera Ozolinya attended.', 'Vera Ozolinya'],
    ['Olegs Brannikovs attended.', 'Brannikovs'],
    ['Yu. Talmach signed the contracts.', 'Yu. Talmach'],
    // Cyrillic script, with case endings and initials
    ['The annex names Аркадий Воронин as the financier.', 'Аркадий Воронин'],
    ['Лидия Шевчук-Марр would be listed.', 'Лидия Шевчук-Марр'],
    ['Юрий Талмач appears on the shortlist.', 'Юрий Талмач'],
    ['Об этом Воронину сообщили заранее.', 'Воронину'],
    ['А. Воронин is the owner.', 'А. Воронин'],
    // list order, initials without a space, run together, German spellings
    ['Talmach, Y., born 1979 in Tula.', 'Talmach, Y.'],
    ['Voronin A. and two associates are on the list.', 'Voronin A.'],
    ['OZOLINA, Vera (a.k.a. OZOLINA, Vera Janovna).', 'OZOLINA, Vera'],
    ['The file on Brannikov Oleg was passed on.', 'Brannikov Oleg'],
    ['A.Voronin controls the front company.', 'A.Voronin'],
    ['Posts by @VeraOzolina were cited.', 'VeraOzolina'],
    ['Wera Osolina, also on the list, controls the firm.', 'Wera Osolina'],
    ['Ozoliņas uzņēmumi tiks iekļauti sarakstā.', 'Ozoliņas'],
    // Polish spellings, an en dash, a feminine surname without its ending after the given name
    ['Szewczuk-Marr owns the hosting firm.', 'Szewczuk-Marr'],
    ['Jurij Talmacz signed the contracts.', 'Jurij Talmacz'],
    ['Mrs Shevchuk–Marr’s holding company is in the draft.', 'Shevchuk–Marr’s'],
    ['Vera Ozolin runs the exchange.', 'Vera Ozolin'],
    ['vera o is on the list too, apparently', 'vera o'],
  ])('LT15: %s', (text, name) => {
    expect(sanctions(text)).toContainEqual({ rule: 'SAN-RESTRICTED-NAME', text: name });
  });

  it('LT15: other people with similar initials or names are not restricted', () => {
    expect(sanctions('Mr Voronov, the Estonian minister, welcomed the statement.')).toEqual([]);
    expect(sanctions('Vera Olsen chaired the session.')).toEqual([]);
    // the second part of a double-barrelled surname and a feminine -a are other people's names
    expect(sanctions('Lidia Marr, an analyst at a Brussels think tank, commented.')).toEqual([]);
    expect(sanctions('Olga Voronina, a retired teacher, said she lost access to her pension.')).toEqual([]);
    expect(sanctions('Andrew Marr hosted the debate.')).toEqual([]);
  });
});

describe('content of a sanctions step not yet public (LT28)', () => {
  it.each([
    [
      'Firms with annual turnover above EUR 10 million will be covered.',
      'annual turnover above EUR 10 million',
    ],
    ['A de minimis threshold of GBP 500 will apply to frozen-funds reporting.', 'threshold of GBP 500'],
    [
      'A wind-down licence valid for 30 days will accompany the designations.',
      'wind-down licence valid for 30 days',
    ],
    [
      'The new listings, still under negotiation, cover twelve individuals and three exchanges.',
      'twelve individuals',
    ],
    [
      'The package introduces a ban on Russian-owned IT firms bidding for contracts.',
      'a ban on Russian-owned IT',
    ],
    ['The price cap on Russian crude will fall to 45 dollars a barrel.', 'price cap on Russian crude'],
    [
      'Canada’s regulations, to be published in the Gazette on Friday, target six contractors.',
      'to be published',
    ],
    [
      'OFAC plans to add the software firms to the SDN list on Monday.',
      'add the software firms to the SDN list',
    ],
    ['Payment providers handling more than 5 % of the transactions will be covered.', 'more than 5 %'],
    ['Sixteen additional vessels of the shadow fleet are slated for listing.', 'Sixteen additional vessels'],
    [
      'The next round of listings, which we expect in early March, focuses on cyber contractors.',
      'next round of listings',
    ],
    ['The ceiling for permitted transfers will be set at 100,000 euros per month.', '100,000 euros'],
  ])('LT28: %s', (text, content) => {
    const found = sanctions(text);
    const at = text.indexOf(content);
    expect(at).toBeGreaterThanOrEqual(0);
    const f = linter.lintClause({ id: 'c', text }).filter((x) => x.category === 'sanctions');
    expect(f.some((x) => x.start < at + content.length && x.end > at)).toBe(true);
    expect(found.length).toBeGreaterThan(0);
  });

  it.each([
    'We will continue to use all the tools at our disposal, including sanctions, to respond.',
    'Any decision on sanctions will depend on the scale of the attacks, the diplomat said.',
    'A joint advisory listing mitigations is due to be published next week.',
    'The working party will reconvene tomorrow at 9 a.m. to finalise the sanctions paragraph.',
    'The sanctions imposed in 2022 remain in force.',
    'The EU has listed 1,700 individuals and entities since the start of the war.',
    'We will continue to work with partners to ensure that sanctions are fully implemented.',
    'The designated contact points will share information within 24 hours of an incident.',
    'We will hold those responsible to account, including through sanctions where appropriate.',
    'We will respond in a timely manner, including through sanctions.',
  ])('LT28: no sanctions finding in "%s"', (text) => {
    expect(sanctions(text)).toEqual([]);
  });
});

describe('unannounced sanctions: a step, marked as not yet public, with its content (LT42)', () => {
  it.each([
    ['The Americans intend to designate the exchange on Thursday.', 'designate the exchange on Thursday'],
    ['Sanctions on the hosting provider would kick in on 1 March.', 'kick in on 1 March'],
    ['Capitals are close to agreeing listings of six officers of Unit 29155.', 'listings of six officers'],
    // a conditional opener does not hide a determinate target
    [
      'If the attacks continue, the second tranche will target the owners of the bulletproof hosting firms.',
      'the second tranche will target the owners',
    ],
    // a published measure in one half of a contrast does not hide the unannounced one in the other
    [
      'The 2022 designations remain in force; a SWIFT disconnection for three regional lenders is expected to be adopted on Tuesday.',
      'expected to be adopted on Tuesday',
    ],
    [
      'Past listings were announced in 2020, while the next round, with a 25 % ownership threshold for frozen entities, is still under discussion.',
      '25 %',
    ],
    ['Retaliatory measures, including sanctions and travel bans, are under consideration.', 'travel bans'],
    // a determinate target is disclosed content, whatever the modal
    [
      'Ministers may decide to freeze the assets of the shipping company.',
      'freeze the assets of the shipping company',
    ],
    ['The new regime will also cover ransomware facilitators.', 'cover ransomware facilitators'],
    [
      'The decision to delist the mining company will be announced after the summit.',
      'delist the mining company',
    ],
    ['A 45-dollar cap on Russian crude is what the G7 finance ministers have in mind.', 'A 45-dollar cap'],
    // a contracted future: "there'll be", "we'll"
    ['There’ll be an asset freeze on the exchange’s owners, but I won’t say when.', 'asset freeze'],
    // chat and doorstep registers; a date after 'will be adopted … and'; sectors listed as a package's content
    ['the 20k cap on crypto transfers is in the package, but dont leak it', '20k cap on crypto transfers'],
    ['The coming round hits drone parts and servicing, but don’t quote me until it’s out.', 'drone parts'],
    ['The designations will be adopted on Friday and published on Saturday.', 'published on Saturday'],
    [
      'The sectors in the package are energy trading and IT outsourcing; none of this is public yet.',
      'energy trading',
    ],
    [
      'The package’s entry into force has been set for the day after the summit.',
      'set for the day after the summit',
    ],
  ])('LT42: %s', (text, content) => {
    const at = text.indexOf(content);
    expect(at).toBeGreaterThanOrEqual(0);
    const f = linter.lintClause({ id: 'c', text }).filter((x) => x.category === 'sanctions');
    expect(f.some((x) => x.start < at + content.length && x.end > at)).toBe(true);
  });

  it.each([
    // general policy, readiness and conditions without a date, number, target, trade or sector
    'Sanctions remain one of the options that partners could consider if the campaign continues.',
    'If the attacks continue, the EU will consider using its cyber sanctions regime.',
    'Future designations under the regime will require unanimity in the Council.',
    'Decisions on future restrictive measures will be taken by the Council in due course.',
    'Sanctions remain one of the tools available, although each case will be decided on its merits.',
    // rules and legal norms
    'Designations are published on the day they enter into force.',
    'This Regulation shall enter into force on the day following that of its publication in the Official Journal of the European Union.',
    'Member States shall ensure that the penalties provided for are effective, proportionate and dissuasive.',
    'Restrictive measures may include asset freezes and travel bans on the persons responsible.',
    // published or existing measures, calls to implement them, reactions to them
    'The humanitarian carve-out set out in Resolution 2664 continues to apply.',
    'The measures announced yesterday include an asset freeze and a travel ban.',
    'We urge partners to enforce the export controls already in place rigorously.',
    "Russia's foreign ministry said on Monday that it would respond to the new sanctions.",
    // questions, drafting, meetings and other kinds of package, list or ban
    'Will there be new sanctions? That decision rests with the Council.',
    'US delegation: we would like to add a sentence welcoming the swift recovery of the banks’ services.',
    'The next meeting of the sanctions working party is scheduled for March.',
    'The new funding package for cyber education will be adopted next month.',
    'We will add the new indicators of compromise to the shared list of detections.',
    'A ban on mobile phones in classrooms will take effect in September.',
    // designating a person for a role, listing priorities, aid packages, defensive measures, deflected questions
    'Canada will designate two additional CERT liaison officers for the Baltic states.',
    'The Presidency will list its priorities for the cyber dialogue on Tuesday.',
    'The EU will provide a package of 50 million euros for Ukraine’s cyber resilience.',
    'The package of defensive measures includes patching, monitoring and training.',
    'Will the EU sanction the hackers? Ministers said that was a matter for the Council.',
    // an answer pointing to sanctions in place, a step never planned, a package agreed long ago
    'Will new sanctions follow? We already have sanctions on earlier offenders, and those stay.',
    'A cyber scenario was never planned; the package for the other scenario was agreed years ago.',
    'Beijing will host the next round of talks on fisheries and maritime safety.',
    'Enhanced monitoring of SWIFT messages will start tomorrow morning.',
    'This call is on background and embargoed until the end of the call.',
    'The Council may list natural persons responsible for cyber-attacks, provided that the reasons are individual.',
    'The draft regulation mirrors the structure of the existing human rights sanctions regime.',
  ])('LT42: no sanctions finding in "%s"', (text) => {
    expect(sanctions(text)).toEqual([]);
  });
});

// LT53 (session 5, dev-12): a refusal that goes on to disclose, packages in terse notes, a listing's expected date.
describe('sanctions in refusals that disclose, terse notes and expected dates (LT53)', () => {
  it.each([
    [
      'I will not comment on the export ban on the three drone makers, which is still under negotiation.',
      'export ban',
    ],
    [
      '16:00 pkg — sectoral: satellite services, insurers above EUR 5m. Embargoed.',
      'sectoral: satellite services',
    ],
    [
      'Banks are advised that after the designation of the mixer, expected on 9 May, transfers must be blocked.',
      'the designation of the mixer, expected on 9 May',
    ],
  ])('LT53: "%s" discloses "%s"', (text, span) => {
    const at = text.indexOf(span);
    const hits = linter
      .lintClause({ id: 'c', text })
      .filter((f) => f.category === 'sanctions' && f.start < at + span.length && f.end > at);
    expect(hits.length).toBeGreaterThan(0);
  });

  it.each([
    'I cannot comment on the travel ban; that is a matter for the Council.',
    'The Ministry informs the Embassy that the visa office will be closed on 2 June.',
    'The designation of the mixer, published on 9 May, remains in force.',
  ])('LT53: no sanctions finding in "%s"', (text) => {
    expect(sanctions(text)).toEqual([]);
  });
});

// LT55 (session 5, dev-11/13/14 after their first scores): a step's adoption or entry into force on a date, what
// goes into a package, a bracketed measure.
describe('sanctions: adoption dates, what goes into a package, bracketed measures (LT55)', () => {
  it.each([
    ['The new package lands on 12 May and covers the crypto mixers.', 'lands on 12 May'],
    [
      'We can accept the inclusion of two refiners in the package if the date stays open.',
      'the inclusion of two refiners',
    ],
    [
      'We can accept "[travel ban on the unit’s officers]" if the annex stays short.',
      '[travel ban on the unit’s officers]',
    ],
    ['Ministers want the restrictive measures to be announced on 3 June.', 'to be announced on 3 June'],
  ])('LT55: "%s" discloses "%s"', (text, span) => {
    const at = text.indexOf(span);
    const hits = linter
      .lintClause({ id: 'c', text })
      .filter((f) => f.category === 'sanctions' && f.start < at + span.length && f.end > at);
    expect(hits.length).toBeGreaterThan(0);
  });

  it.each([
    'The sanctions package, adopted on 3 March, entered into force on 4 March.',
    'The measures announced by the Council on 3 June remain in force.',
    'Customs officers are prepared to apply new restrictions once they are published.',
    'Export licences for surveillance items continue to be assessed case by case under Regulation (EU) 2021/821.',
  ])('LT55: no sanctions finding in "%s"', (text) => {
    expect(sanctions(text)).toEqual([]);
  });
});

// LT55: a restricted surname cut short after the given name, a double-barrelled one whose first part is cut short.
describe('restricted names cut short (LT55)', () => {
  it.each([
    ['Lidia Sh.-Marr controls the shell companies.', 'Lidia Sh.-Marr'],
    ['L. Shev.-Marr pays for the hosting.', 'L. Shev.-Marr'],
    ['Arkady Vor. was seen in Riga.', 'Arkady Vor.'],
  ])('LT55: "%s" names "%s"', (text, name) => {
    expect(sanctions(text)).toContainEqual({ rule: 'SAN-RESTRICTED-NAME', text: name });
  });

  it.each(['Lidia Marr is a journalist.', 'Olga Voronina spoke at the conference.'])(
    'LT55: "%s" names nobody listed',
    (text) => {
      expect(sanctions(text).filter((f) => f.rule === 'SAN-RESTRICTED-NAME')).toEqual([]);
    },
  );
});

// LT60 (dev-18/19/20 after their first scores): the content of a ban not yet public — a sectoral, services,
// export or investment ban "covering" or "on providing" something, a suspension of banking — where the sentence says
// it is under discussion, not yet public, in a draft or in a package; bans adopted or in force stay clean.
describe('the content of a ban not yet public (LT60)', () => {
  it.each([
    ['A technology ban covering Russian satellite modems remains under discussion.', 'SAN-BAN-CONTENT'],
    [
      'Ministers are being asked to approve a prohibition on providing legal services to listed banks, not yet public.',
      'SAN-BAN-CONTENT',
    ],
  ])('LT60: "%s" discloses a measure (%s)', (text, rule) => {
    expect(sanctions(text).map((f) => f.rule)).toContain(rule);
  });

  it.each([
    'The ban on providing trust services to Russian nationals has been in force since 2022.',
    'The Council adopted an export ban covering quantum sensors in May.',
  ])('LT60: no new sanctions step in "%s"', (text) => {
    expect(sanctions(text).filter((f) => f.rule === 'SAN-BAN-CONTENT')).toEqual([]);
  });
});

// LT67: the measure itself (its head noun and what it applies to) where the sentence marks the step as future,
// draft, leaked or still negotiated — a stance in a negotiation (floats, favours, foresees, Option B, ad
// referendum, state of play) is a step not yet adopted. Skeletons other than the own sentences' (own-sentences-11).
describe('the measure a negotiated or future step would take (LT67)', () => {
  it.each([
    [
      'Denmark floats an asset freeze on the two shipping registrars, pending legal advice.',
      'an asset freeze on the two',
    ],
    [
      'Option A: travel bans on the six officers of the cyber brigade, subject to US timing.',
      'travel bans on the six',
    ],
    [
      'The Presidency intends an extension of the regime to bulletproof hosting providers.',
      'an extension of the regime',
    ],
    [
      'The leaked annex foresees a prohibition on cloud services for the listed institutes.',
      'a prohibition on cloud',
    ],
    [
      'State of play: disconnection from SWIFT for two more banks, unanimity not yet reached.',
      'disconnection from SWIFT',
    ],
  ])('LT67: "%s" discloses the measure', (text, covered) => {
    const found = sanctions(text);
    expect(
      found.some((f) => f.text.includes(covered) || covered.includes(f.text)),
      JSON.stringify(found),
    ).toBe(true);
  });

  it.each([
    'Several delegations favour caps on speaking time at the working party.',
    'The asset freeze on the two shipping registrars, adopted in March, remains in force.',
    'The framework would allow future listings of persons responsible for cyber-attacks.',
    'Civil society groups favour an extension of the deadline for comments on the data protection rules.',
    'The Secretariat will circulate the published list of designations after the session.',
    'The Export Control Joint Unit will hold an open day for exporters on 21 January.',
    'A webinar on sanctions compliance, hosted by the chamber of commerce for its members, will be held on 9 January.',
    'Visa appointments in Tbilisi will take a week longer from Monday while the consulate changes systems.',
    'The Chair asked whether the plan covered cyber-attacks below the threshold of armed conflict; the strategy will be published in spring.',
  ])('LT67: no sanctions step in "%s"', (text) => {
    expect(sanctions(text)).toEqual([]);
  });
});

// LT67: a Latvian man's surname (-s) and a name changed twice (its ending dropped and a letter changed) are other
// people; Ukrainian transliteration (Oleh, Brannykov) is the same person.
describe('restricted names: namesakes and Ukrainian transliteration (LT67)', () => {
  it.each([
    ['Oleh Brannykov opened the accounts.', 'Oleh Brannykov'],
    ['Funds reached Oleh Brannikov through a mixer.', 'Oleh Brannikov'],
    ['Arkadii Voronyn owns the hosting firm.', 'Arkadii Voronyn'],
    ['Vera Ozolin runs the exchange.', 'Vera Ozolin'],
    ['Brannikov-linked wallets received the funds.', 'Brannikov'],
  ])('LT67: "%s" names %s', (text, name) => {
    expect(
      sanctions(text)
        .filter((f) => f.rule === 'SAN-RESTRICTED-NAME')
        .map((f) => f.text),
    ).toEqual([name]);
  });

  it.each([
    'The minister thanked Vera Ozolins for organising the conference.',
    'Dr Vera Osolin gave evidence on ransomware payments.',
    'Dr Vera Ozoliņa-Kalns of the University of Latvia gave evidence on the record.',
  ])('LT67: no restricted name in "%s"', (text) => {
    expect(sanctions(text).filter((f) => f.rule === 'SAN-RESTRICTED-NAME')).toEqual([]);
  });
});

// LT67: answers that deflect a question about a step to come, measures still in force, listings of a past year
// recalled; a step's release on a day and a measure with effect from a date stay caught.
describe('sanctions in deflections, recalled listings and release days (LT67)', () => {
  it.each([
    'Q: Will the new package cover crypto exchanges? A: I am not going to preview anything today.',
    "Q: Are more listings coming? A: When it's announced, you'll see it.",
    'The travel bans we imposed last spring are still in force, and we will keep enforcing them.',
    'As members will recall, the Council designated four GRU officers under the cyber regime in October 2020.',
  ])('LT67: no sanctions step in "%s"', (text) => {
    expect(sanctions(text)).toEqual([]);
  });

  it.each([
    ['The designations drop on the twenty-third, before the summit.', 'drop on the twenty-third'],
    [
      '(d) a prohibition of brokering services for the listed insurers, with effect from 1 May;',
      'a prohibition of',
    ],
    ['The entities designated in 2023 will be joined by four more banks next week.', 'four more banks'],
  ])('LT67: "%s" still discloses "%s"', (text, covered) => {
    const found = sanctions(text);
    expect(
      found.some((f) => f.text.includes(covered)),
      JSON.stringify(found),
    ).toBe(true);
  });
});

// LT73: a future step that is adopted "once" on a day, a package that "will cover", a ban on purchasing discussed as
// a package's new element, designations that should be ready; sanctions policy discussed in general and a press
// release's embargo are no step.
describe('sanctions steps marked by once, will cover, should be ready (LT73)', () => {
  it.each([
    ['Once adopted on the 3rd, the measures will cover drone parts for the listed plants.', 'drone parts'],
    [
      'The working party discussed a prohibition on buying Belarusian potash as the package’s new element.',
      'prohibition on buying',
    ],
    [
      'Listings of the shipping firm’s three subsidiaries should be ready before the Council.',
      'Listings of the shipping firm',
    ],
  ])('LT73: "%s" discloses "%s"', (text, covered) => {
    const found = sanctions(text);
    expect(
      found.some((f) => f.text.includes(covered)),
      JSON.stringify(found),
    ).toBe(true);
  });

  it.each([
    'The Council will discuss sanctions policy in general terms next month.',
    'The statement is embargoed until 18:00 GMT on Wednesday.',
  ])('LT73: no sanctions step in "%s"', (text) => {
    expect(sanctions(text)).toEqual([]);
  });
});

// LT73 (dev-35): a suspension agreed but not yet announced, and a cap of some employees in a draft not yet public.
describe('suspensions not yet announced and caps in a draft (LT73)', () => {
  it.each([
    [
      'Members agreed, though it has not yet been announced, to suspend the state’s membership of the working group.',
      'suspend the state',
    ],
    ['The draft spares firms under a cap of 20 employees, which is not yet public.', 'a cap of 20 employees'],
  ])('LT73: "%s" discloses "%s"', (text, covered) => {
    const found = sanctions(text);
    expect(
      found.some((f) => f.text.includes(covered)),
      JSON.stringify(found),
    ).toBe(true);
  });
});

// LT77: a restricted name inside an identifier, transliterated with kh, or in a Russian oblique case; the same shapes
// around someone else's name stay clean.
describe('restricted names inside identifiers and in more spellings (LT77)', () => {
  it.each([
    ['Attached file talmach_y_assets_draft.xlsx lists the consignments.', 'talmach_y_assets_draft.xlsx'],
    ['Email attachment: SoR_OZOLINA_final_clean.pdf (3 pages).', 'SoR_OZOLINA_final_clean.pdf'],
    ['The mailbox lshevchukmarr@ on the company domain was still active.', 'lshevchukmarr@'],
    ['He signed as avoronin@mailbox.example.', 'avoronin@mailbox.example'],
    ['The folder sanctions/2025/Brannikov_O/ was shared.', 'Brannikov_O'],
    ['Trending: #FreeVoronin after the hearing.', 'FreeVoronin'],
    ['An account called @olbrannikov shared the charter documents.', 'olbrannikov'],
    ['Notatka wskazuje na spółki należące do Olega Brannikova w Gdyni.', 'Olega Brannikova'],
    ['Ataskaitoje minimos Veros Ozolinos įmonės Klaipėdoje.', 'Veros Ozolinos'],
    [
      'The dossier is at https://drive.example/wp/talmach-dossier-v2.pdf for the party.',
      'talmach-dossier-v2.pdf',
    ],
    ['Spreadsheet tab OZOLINA-V lists her vessels.', 'OZOLINA'],
    ['The listing file for Yuriy Talmakh contained errors.', 'Yuriy Talmakh'],
    ['В проекте упоминаются компании Воронина в Лимассоле.', 'Воронина'],
    ['Документы передали Озолиной в марте.', 'Озолиной'],
  ])('LT77: "%s" names "%s"', (text, name) => {
    const found = sanctions(text);
    expect(
      found.some((f) => f.rule === 'SAN-RESTRICTED-NAME' && f.text.includes(name)),
      JSON.stringify(found),
    ).toBe(true);
  });

  it.each([
    'Please delete voronina_olga_cv.pdf from the shared drive.',
    'Write to o.voronina@university.example for the programme.',
    'The hashtag #OlgaVoronina trended after her concert.',
    'The file ozolina-kalns_report.pdf was written by the auditor.',
    'The repository talmachev/tools belongs to a developer.',
    'Ольга Воронина выступила на открытии выставки.',
    'Воронина назначили послом.',
    'An account called @olgavoronina shared photos from the concert.',
    'Rozmawiano z Olgą Woroniną o wystawie.',
    'The dossier ozolina-kalns-profile.pdf concerns the Latvian auditor.',
  ])('LT77: no restricted name in "%s"', (text) => {
    expect(sanctions(text).filter((f) => f.rule === 'SAN-RESTRICTED-NAME')).toEqual([]);
  });
});

// LT77: unannounced measures by class — a package or round not yet out and its contents, the names we will add,
// items among those of a step to come, thresholds in words, listings agreed below ministers; and their look-alikes.
describe('unannounced measures by class (LT77)', () => {
  it.each([
    ['Hold until announcement: listing of 12 entities in the UAE and Türkiye.', '12 entities'],
    ['Round two: designation of 6 crypto exchanges and their three directors.', '6 crypto exchanges'],
    ['Press line timing: OFAC designations of 5 individuals and 2 exchanges at H+1.', '5 individuals'],
    [
      'The package also includes a ban on transactions with the national payment card system.',
      'a ban on transactions',
    ],
    ['The names we will add are the two shipping managers in Dubai.', 'two shipping managers'],
    [
      'Satellite ground-station parts are among the items the next package will add.',
      'parts are among the items',
    ],
    [
      'Under the draft, transfers above fifty thousand euros to listed banks will need a licence.',
      'fifty thousand euros',
    ],
    [
      'The listings were agreed at working level on Thursday and now only need Coreper sign-off.',
      'agreed at working level',
    ],
    ['The list going to Coreper on Friday adds three refineries in Turkey.', 'three refineries'],
    ['Next on our list: the Hong Kong shell that owns the Ocean Vela.', 'the Hong Kong shell'],
    ['Speaking note: reassure the Czechs that the steel sector will be hit next.', 'the steel sector'],
    [
      'Existing helium contracts get six months to wind down, under the text agreed ad referendum.',
      'six months',
    ],
    [
      'Once the new regulation applies, a catch-all for CN 8471 computers will cover exports to Armenia.',
      'catch-all',
    ],
    [
      'A new criterion would let the Council list persons who profit from ransomware, per the non-paper.',
      'criterion',
    ],
    ['Italy is now ready to list the shipping registrar for the first time, a note says.', 'ready to list'],
    [
      'The silence procedure ends Friday at 18:00; then the listings go to the OJ on Saturday.',
      'silence procedure',
    ],
  ])('LT77: "%s" discloses "%s"', (text, covered) => {
    const found = sanctions(text);
    expect(
      found.some((f) => f.text.includes(covered)),
      JSON.stringify(found),
    ).toBe(true);
  });

  it.each([
    'The new package adopted on Monday lists 12 entities in the UAE.',
    'Round two of the negotiations covers five chapters of the trade agreement.',
    'The names we will add to the guest list are the two new ambassadors.',
    'Machine-tool spindles are among the goods exhibited at the Hanover fair.',
    'Ten per cent of respondents said they had never heard of the sanctions regime.',
    'The agenda was agreed at working level on Thursday and the meeting starts on Monday.',
    'Embargoed until 10:00: the report on youth unemployment.',
    'The list we send to capitals every year includes the conference dates and venues.',
    'Next on our list of speakers: the Finnish minister and the Czech deputy minister.',
    'The steel sector will be hit hardest by the energy prices, economists say.',
    'Back in 2023 the tenth package banned imports of synthetic rubber, with a temporary exemption for medical gloves.',
    'The anti-circumvention tool created in 2023 has not yet been used against any third country.',
    'The sanctions committee secretary will send the minutes to delegations once they are approved.',
  ])('LT77: no sanctions step in "%s"', (text) => {
    expect(sanctions(text)).toEqual([]);
  });
});

// LT82: a man's surname declined alone in Polish, Czech or Slovak, by class (src/names-variants.ts latinCaseEndings):
// dative, instrumental and locative endings never make a woman's name; the genitive in -a only where the surname has
// no feminine in -a (not after -in or -ov: "Voronina", "Brannikova" alone are other people).
describe('a restricted surname declined alone (LT82)', () => {
  it.each([
    ['Komisja zbada majątek Talmacha.', 'Talmacha'],
    ['Umowę podpisano z Talmachem w Gdańsku.', 'Talmachem'],
    ['Pismo wysłano Talmachovi včera.', 'Talmachovi'],
    ['Lista obejmuje firmy Szewczuka.', 'Szewczuka'],
    ['Nikt nie mówił o Brannikovie.', 'Brannikovie'],
    ['Spotkanie z Woroninem odwołano.', 'Woroninem'],
  ])('LT82: "%s" names "%s"', (text, name) => {
    const found = sanctions(text);
    expect(
      found.some((f) => f.rule === 'SAN-RESTRICTED-NAME' && f.text.includes(name)),
      JSON.stringify(found),
    ).toBe(true);
  });

  it.each([
    'Anna Brannikova opened the exhibition.',
    'Voronina sang the second aria.',
    'Rozmawiano z Olgą Woroniną o wystawie.',
    'Talmachev is a common surname in Tula.',
  ])('LT82: no restricted name in "%s"', (text) => {
    expect(sanctions(text).filter((f) => f.rule === 'SAN-RESTRICTED-NAME')).toEqual([]);
  });
});

// LT82: "shall ensure" is norm language, except where what it ensures applies from a bracketed or named date — a
// draft's future entry into force.
describe('a draft that ensures a measure applies from a date (LT82)', () => {
  it.each([
    ['Member States shall ensure that the transit ban applies from [1 October].', 'applies from [1 October]'],
    ['The Parties shall ensure the new listings apply from 3 March 2027.', 'apply from 3 March 2027'],
  ])('LT82: "%s" discloses "%s"', (text, covered) => {
    expect(sanctions(text).some((f) => f.text.includes(covered) || covered.includes(f.text))).toBe(true);
  });

  it.each([
    'Member States shall ensure that the restrictive measures continue to apply.',
    'Member States shall ensure that penalties for breaches of the asset freeze are effective and dissuasive.',
  ])('LT82: no sanctions step in "%s"', (text) => {
    expect(sanctions(text).filter((f) => !f.rule.startsWith('MODEL-'))).toEqual([]);
  });
});

// LT82 (e): a vendor's APT designation of a threat cluster is no sanctions designation.
describe('threat-intelligence designations (LT82)', () => {
  it.each(['The cluster will get an APT designation once the vendor has more data.'])(
    'LT82: no sanctions step from the rules in "%s"',
    (text) => {
      expect(sanctions(text).filter((f) => !f.rule.startsWith('MODEL-'))).toEqual([]);
    },
  );
});

// LT93, LT96: a sanctions step to come in Italian, Spanish, French, Polish, German or Portuguese — its date of
// adoption or entry into force, and what a new, draft or unpublished package covers; not a law's, an aid package's
// or a penalty's, nor a step told as done, nor a decision's voting rule. One rule holds this decision
// (SAN-FOREIGN-UNANNOUNCED): LT93's SAN-FOREIGN-DATE and SAN-FOREIGN-SCOPE were written beside it on another branch
// and folded into it at the merge (their antipatterns kept).
describe('sanctions to come in other languages (LT93)', () => {
  it.each([
    [
      'Il nuovo pacchetto di sanzioni sarà approvato il 2 marzo.',
      'SAN-FOREIGN-UNANNOUNCED',
      'sarà approvato il 2 marzo',
    ],
    [
      'Las sanciones previstas entrarán en vigor el próximo lunes.',
      'SAN-FOREIGN-UNANNOUNCED',
      'entrarán en vigor el próximo lunes',
    ],
    [
      'Le nouveau train de sanctions doit être adopté le 9 mai.',
      'SAN-FOREIGN-UNANNOUNCED',
      'doit être adopté le 9 mai',
    ],
    [
      'Kolejny pakiet sankcji ma wejść w życie 1 lipca.',
      'SAN-FOREIGN-UNANNOUNCED',
      'ma wejść w życie 1 lipca',
    ],
    [
      'Die neuen Sanktionen sollen am 3. Mai beschlossen werden.',
      'SAN-FOREIGN-UNANNOUNCED',
      'sollen am 3. Mai beschlossen werden',
    ],
    [
      'As novas sanções entrarão em vigor em 1 de junho.',
      'SAN-FOREIGN-UNANNOUNCED',
      'entrarão em vigor em 1 de junho',
    ],
    [
      'La bozza del pacchetto di sanzioni colpirà due banche di Minsk.',
      'SAN-FOREIGN-UNANNOUNCED',
      'bozza del pacchetto di sanzioni colpirà due banche di Minsk',
    ],
    [
      'Das geplante Sanktionspaket soll zwei Reedereien erfassen.',
      'SAN-FOREIGN-UNANNOUNCED',
      'soll zwei Reedereien erfassen',
    ],
  ])('LT93: "%s" — %s', (text, rule, covered) => {
    expect(sanctions(text)).toContainEqual({ rule, text: covered });
  });

  it.each([
    'Il pacchetto di sanzioni è stato adottato il 2 marzo e pubblicato nella Gazzetta ufficiale.',
    'Las sanciones entraron en vigor el 1 de abril.',
    'La nouvelle loi sur les sanctions pénales entrera en vigueur le 1er janvier.',
    'Nowe przepisy wejdą w życie 1 stycznia, a sankcje za ich naruszenie obejmą grzywny.',
    'El nuevo paquete de ayuda incluirá formación para los equipos de respuesta.',
    'El Consejo estudiará nuevas sanciones; la decisión será adoptada por unanimidad.',
  ])('LT93: no sanctions step from the rules in "%s"', (text) => {
    expect(sanctions(text).filter((f) => !f.rule.startsWith('MODEL-'))).toEqual([]);
  });
});

// LT93: a man's full name in the Cyrillic genitive, his given name declined too ("Пресс-служба Аркадия Воронина");
// LT77 had read a surname's -а after a given name in -я or -а as a woman's name and let it pass.
describe('a restricted full name in the Cyrillic genitive (LT93)', () => {
  it.each([
    ['Пресс-служба Аркадия Воронина отказалась от комментариев.', 'Аркадия Воронина'],
    ['Компания Олега Бранникова закрыта.', 'Олега Бранникова'],
    ['Адвокат Юрия Талмача подал жалобу.', 'Юрия Талмача'],
  ])('LT93: "%s" names %s', (text, covered) => {
    expect(sanctions(text)).toContainEqual({ rule: 'SAN-RESTRICTED-NAME', text: covered });
  });

  it('LT93: "Ольга Воронина" is someone else still', () => {
    expect(sanctions('Ольга Воронина, журналистка, написала статью.')).toEqual([]);
  });
});

// LT93: a count of targets a step to come adds ("adds twelve cyber actors", "+ 2 extra entities"), the step marked
// as going to Cabinet or announced on a weekday; a published list's additions are no disclosure.
describe('a count of targets added by a step to come (LT93)', () => {
  it.each([
    ['The draft regulation, going to Cabinet on Tuesday, adds nine cyber actors.', 'adds nine cyber actors'],
    ['Canberra says its list adds 3 entities, announcement Fri', 'adds 3 entities'],
  ])('LT93: "%s" discloses %s', (text, covered) => {
    expect(sanctions(text).some((f) => f.text.includes(covered))).toBe(true);
  });

  it('LT93: a published list that added targets in a past year is none', () => {
    expect(
      sanctions('The 2023 sanctions list adds twelve cyber actors to those listed in 2021.').filter(
        (f) => !f.rule.startsWith('MODEL-'),
      ),
    ).toEqual([]);
  });
});
