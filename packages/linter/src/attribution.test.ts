import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution';
import { defaultPolicies } from './defaults';
import { findMentions } from './entities';
import { createLinter } from './linter';
import { tokenize } from './sentences';

const constructions = defaultPolicies()[0]!.constructions.get('attribution')!;
// France's policy, for the cases read through the whole linter
const fr = createLinter(defaultPolicies(['FR']));

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
    // the whole demand is reported, so the drafter sees the accusation it carries (LT33)
    [
      'We call on the Russian Federation to stop the attacks.',
      'ATT-DEMAND-STOP',
      'call on the Russian Federation to stop the attacks',
    ],
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
    ['Tehran must end its campaign of intimidation.', 'ATT-MUST-STOP', 'Tehran must end its campaign'],
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

  it.each([
    ['Who else but the Kremlin would gain from crippling the payment systems?', 'ATT-WHO-BUT', 'Kremlin'],
    ['"We know who did this: the Russian state," the minister said.', 'ATT-KNOW-WHO', 'Russian state'],
    [
      'Attributed actor: Russian General Staff Main Intelligence Directorate.',
      'ATT-LABEL',
      'Russian General Staff Main Intelligence Directorate',
    ],
    [
      'The Russian government, through its intelligence services, has sought to interfere in our elections with cyber means.',
      'ATT-ACTIVE-INTENT-APPOSITION',
      'Russian government',
    ],
    ['The operation, run out of Tehran, aimed to intimidate dissidents abroad.', 'ATT-RUN-FROM', 'Tehran'],
    ['Evidence gathered by investigators implicates the Chinese state.', 'ATT-IMPLICATES', 'Chinese state'],
    [
      "This malicious activity is consistent with the tactics of Russia's Federal Security Service.",
      'ATT-CONSISTENT-WITH',
      "Russia's Federal Security Service",
    ],
    [
      "The UK and its allies expose Russia's attempts to interfere in our democracy.",
      'ATT-ACTIVE-INTENT',
      "Russia's",
    ],
    [
      "Salt Typhoon's access to telecommunications networks alarmed the ministers.",
      'ATT-GROUP-POSSESSOR',
      "Salt Typhoon's",
    ],
    [
      'The Belarusian KGB provided infrastructure and cover to the operators.',
      'ATT-SUPPORT-TO',
      'Belarusian KGB',
    ],
    ['The culprits, according to a senior EU diplomat, sit in Beijing.', 'ATT-LOCATED-IN', 'Beijing'],
    [
      'NATO Allies note the destabilising role of Russia in the cyber domain, including in the attacks.',
      'ATT-ROLE-OF',
      'Russia',
    ],
    [
      "Operatives of Russia's military intelligence, posing as hacktivists, leaked the stolen data.",
      'ATT-ACTIVE-HARM-THREAT',
      "Operatives of Russia's military intelligence",
    ],
    [
      "The G7 condemn the malicious cyber activities of Russia's military intelligence against Ukraine.",
      'ATT-ACTIVITY-OF',
      "Russia's military intelligence",
    ],
    [
      "These cyber-attacks are part of Russia's hybrid war against Europe.",
      'ATT-POSSESSOR',
      "Russia's hybrid war",
    ],
    [
      'Those responsible - the Russian military intelligence service - will be held to account.',
      'ATT-BLAME-APPOSITION',
      'Russian military intelligence service',
    ],
    [
      'The attackers - Iranian, according to two services - used a custom wiper.',
      'ATT-BLAME-APPOSITION-DEMONYM',
      'Iranian',
    ],
    ['Whoever pressed the button, the orders came from the Kremlin.', 'ATT-ORDERS-CAME', 'Kremlin'],
    ['The joint statement should say plainly that Russia did this.', 'ATT-DID-THIS', 'Russia'],
    [
      "Nobody else has the motive, the means and the history: this is Moscow's work.",
      'ATT-IS-POSS-WORK',
      "Moscow's",
    ],
    ['Among the suspects, the GRU ranks first.', 'ATT-AMONG-SUSPECTS', 'GRU'],
    [
      "The wipers were deployed, we now believe, by a team inside Russia's Main Intelligence Directorate.",
      'ATT-PASSIVE-INSERTED',
      "a team inside Russia's Main Intelligence Directorate",
    ],
    [
      'These attacks were ordered at the highest levels of the Russian government.',
      'ATT-LEVELS-OF',
      'Russian government',
    ],
    [
      'The toolkit is unique to the North Korean state and has never been seen in criminal hands.',
      'ATT-UNIQUE-TO',
      'North Korean state',
    ],
    ['The Iranian regime must answer for the damage done to the banks.', 'ATT-MUST-ANSWER', 'Iranian regime'],
    [
      'The indictment charges five officers of the GRU with the hacking.',
      'ATT-CHARGED',
      'officers of the GRU',
    ],
    ['Russia is, once again, the aggressor - this time in cyberspace.', 'ATT-BLAME-PREDICATE', 'Russia'],
    [
      'These cyber actors are employed by Iran’s Islamic Revolutionary Guard Corps.',
      'ATT-HOSTILE-PASSIVE-LINK',
      'Iran’s Islamic Revolutionary Guard Corps',
    ],
    [
      'Chinese intelligence officers recruited hackers to steal trade secrets.',
      'ATT-ENABLES-HOSTILE',
      'Chinese intelligence officers',
    ],
    [
      'Russian intelligence agencies were found to have orchestrated the campaign.',
      'ATT-BELIEVED-TO',
      'Russian intelligence agencies',
    ],
    [
      'Responsibility for these attacks rests squarely on the shoulders of the Kremlin.',
      'ATT-RESTS-ON',
      'Kremlin',
    ],
    ['North Korea behind $1.5bn crypto heist, FBI says', 'ATT-BEHIND-NO-VERB', 'North Korea'],
    ['The perpetrators are Russian.', 'ATT-COMPLEMENT-DEMONYM', 'Russian'],
    ['Russia hacks Danish water utility', 'ATT-ACTIVE', 'Russia'],
    ["Teheran's hackers have targeted our universities.", 'ATT-ACTIVE', "Teheran's hackers"],
    [
      "Belarus's intelligence services and the GRU jointly ran the Ghostwriter campaign.",
      'ATT-COORDINATED-SUBJECT',
      "Belarus's intelligence services",
    ],
    ['China has been identified as the source of the attack.', 'ATT-IDENTIFIED-AS', 'China'],
    [
      'Russian military intelligence is the most likely culprit.',
      'ATT-BLAME-NP',
      'Russian military intelligence',
    ],
    [
      'The EU denounces the malicious cyber activities conducted by the threat actor known as APT28.',
      'ATT-KNOWN-AS-GROUP',
      'APT28',
    ],
    [
      "The malware, developed by North Korea's Reconnaissance General Bureau, was delivered through fake job offers.",
      'ATT-TOOL-BY',
      "North Korea's Reconnaissance General Bureau",
    ],
    ['The DPRK uses revenue from cyber theft to fund its weapons programmes.', 'ATT-REVENUE-FROM', 'DPRK'],
    ['Minsk provided the infrastructure for the operation.', 'ATT-SUPPORT-FOR', 'Minsk'],
    [
      'These actions by the Chinese government are not consistent with its commitments.',
      'ATT-WEAK-ACT-BY-THREAT',
      'Chinese government',
    ],
    ["The operators acted on Moscow's behalf.", 'ATT-POSS-BEHALF', "Moscow's"],
    ["With the Kremlin's blessing, the group attacked hospitals.", 'ATT-POSS-BEHALF-OPENER', "Kremlin's"],
    ['This operation has Russia written all over it.', 'ATT-WRITTEN-ALL-OVER', 'Russia'],
    ['Some of the hackers held ranks in the Russian army.', 'ATT-RANKS-IN', 'Russian army'],
    [
      'Hackers stole the data and a Kimsuky implant remained in the network.',
      'ATT-GROUP-IN-ATTACK',
      'Kimsuky',
    ],
  ])('LT33: %s (%s)', (text, relation, span) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ relation, span }));
  });

  it.each([
    'The statement welcomes the work of the Counter Ransomware Initiative, launched by the United States in 2021.',
    'The workshop on ransomware resilience was sponsored by Germany and Canada.',
    'The exercise, hosted by Estonia, simulated a large-scale cyber attack on the power grid.',
    'As a permanent member of the Security Council, Russia bears a particular responsibility for upholding the UN Charter.',
    'We have asked China to share any information it holds about the servers used in the attack.',
    'The minister, asked whether Russia was responsible, said it was too early to say.',
    'Sandworm is a name coined by researchers and is used widely in the industry.',
    'Russia used its veto to block the resolution on the attacks.',
    "Russia's central bank reported disruptions to its own payment systems.",
    'Two suspects were extradited to the United States last year.',
    "The Kremlin's spokesman was asked about the outages during his daily briefing.",
    'Hackers from Russia-linked forums were arrested in the Netherlands.',
    'Germany and France jointly launched a cyber resilience initiative for small businesses.',
    'The UK and Canada provided funding for the cyber defence training of Ukrainian officials.',
    "The malware analysed by Germany's BSI was first reported by security researchers.",
    'The tool was developed by the Dutch police to help victims decrypt their files.',
    "At Germany's request, the workshop on ransomware resilience was moved to Berlin.",
    "With France's support, Ukraine restored the systems the attackers had wiped.",
    "On Canada's behalf, the ambassador thanked the partners who helped after the cyber-attack.",
    "With Japan's help, the hospital recovered from the ransomware attack.",
  ])('LT33: no attribution in "%s"', (text) => {
    expect(attributions(text).filter((a) => a.relation !== 'ATT-THREAT-STATE')).toEqual([]);
  });

  // LT25's fallback (a threat state in a sentence about an attack) keeps out of lists, questions and arrests
  it.each([
    'Attacks on satellite networks pose risks to all states, including Russia and China.',
    'We call on all states, including Iran, to refrain from malicious cyber activity.',
    'It is too early to say whether Iran or another state is behind the intrusion.',
    'Hackers from Russia were arrested in the Netherlands.',
    'Iran uses every opportunity to deny involvement.',
    "North Korea's missile launches were discussed alongside the ransomware threat.",
    "Moscow's stock exchange was briefly disrupted by a technical fault, officials said.",
    'The Lazarus Group was named in a UN panel report published in 2019.',
    'North Korea was discussed at the G7 alongside the ransomware threat.',
    'Kremlin critics abroad have been targeted by spyware, according to researchers.',
    'Iran was a victim of the Stuxnet attack, its officials say.',
    'Russia uses revenue from oil exports to finance its war.',
  ])('LT33: no attribution in "%s"', (text) => {
    expect(attributions(text).filter((a) => a.relation !== 'ATT-THREAT-STATE')).toEqual([]);
  });
});

// LT41: the roles that are no authorship, written as structure (session 4, own-sentences-6.jsonl has more)
describe('no author: victims, reactions, lists, denials, questions, initiatives (LT41)', () => {
  it.each([
    "Iran's steel industry was paralysed by a cyber-attack in 2022.",
    "Iran's fuel distribution system has itself been disrupted by cyber incidents in recent years.",
    'Russia was itself hit by a ransomware campaign in 2017, the report notes.',
    'North Korea Hit by Internet Outage, Monitors Report',
    "China's CERT published its own analysis of the malware.",
    "North Korea's few internet links went dark in January after a suspected DDoS attack by an unknown actor.",
    'Minsk has not commented on the disruption.',
    'Russian officials declined to comment on the breach.',
    'The ransomware affected companies in Germany, Russia, China and India alike.',
    'Moscow and Kyiv both reported disruptions to mobile networks on the day of the attack.',
    'China, Russia and the United States all took part in the 2021 consensus report of the UN Group of Governmental Experts.',
    'Rail services between Moscow and Minsk were unaffected by the outage in the Baltic states.',
    'Pyongyang has never acknowledged involvement in any cyber operation.',
    "Asked about the attacks, the Kremlin spokesman said that 'Russia has nothing to do with this'.",
    'Did North Korea steal the funds? We cannot say at this stage.',
    'Police in the Netherlands took down a DDoS-for-hire service last year.',
    'France and Germany are behind the proposal for a joint response framework to cyber-attacks.',
    'Japan and Australia were the driving force behind the capacity-building fund.',
    "The DPRK's isolation means that few of its citizens have access to the global internet.",
    "Iran's oil terminal, which was disrupted by ransomware last year, is back online.",
    'From Moscow came a denial that the intrusions had anything to do with the state.',
    'Unlike the GRU playbook, this intrusion left no destructive payload, analysts say.',
    // look-alikes of the new roles of the author
    'The minister refused to pin the blame on Russia before the investigation ends.',
    'Allies pinned their hopes on China to rein in the ransomware gangs.',
    'We consider Germany responsible for coordinating the response to the attack.',
    'Our assessment: Russia was among the victims of the ransomware wave.',
    'There is no evidence against Iran for the intrusions, the minister said.',
    'Putin signed off on the new budget before the cyber-attack was reported.',
    'Who else but the Netherlands could host a summit on ransomware so quickly?',
    'What the banks suffered was not Russian state aggression but a criminal extortion.',
    'Russia, like many other states, has suffered from ransomware attacks on its hospitals.',
    'Chinese state media accused the United States of conducting cyber espionage.',
    'What role, if any, Russia played in the attack remains unknown.',
    'Is China behind the intrusions? Investigators have not said.',
    'Could Iran be responsible? It is too soon to tell.',
    'The threat report discusses Russia, China and Iran as well as criminal groups.',
    'Delegates from Russia and China walked out of the session on cyber-attacks.',
    'The proposal to strengthen protections against ransomware is backed by Japan and Canada.',
    "Since Russia's full-scale invasion, Ukraine has faced thousands of cyber incidents.",
    'Unlike in 2017, when Russia was blamed, the 2024 outage was caused by a faulty update.',
    'A hacktivist group claiming to support Russia said it was behind the defacements.',
    'China Hosts Cyber Governance Forum Amid Hacking Accusations',
    '• Note: Russia and China abstained in the vote on the resolution condemning ransomware attacks.',
    'The ransomware hit companies from Russia to Brazil.',
    'Russia and Ukraine have both been targets of the same ransomware strain.',
    'North Korea and Iran were discussed at the G7 meeting, which also addressed ransomware.',
    "Russia's role in the Security Council gives it a veto over any resolution on cyber-attacks.",
    "North Korea's envoy to the UN denied that Pyongyang had stolen any cryptocurrency.",
    'China launched a campaign to promote its cybersecurity standards abroad.',
    'North Korea is behind in its efforts to modernise its internet infrastructure.',
    'The ministry received a letter from Moscow on the attacks, rejecting any involvement.',
    'The report on the attack was commissioned by the UK government.',
    'The attack was reported by Iranian state media two days later.',
    "Iran's hackers have been arrested by its own police for fraud, the ministry said.",
    "We welcome China's commitment to cooperate against ransomware.",
    "The hackers pretended to be from Iran's government in the phishing emails.",
    "The name Fancy Bear comes from a security company's naming convention.",
    'Analysts disagree about whether Kimsuky and APT37 are separate groups.',
    'Charming Kitten is one of several names researchers use for the same cluster.',
  ])('LT41: no attribution in "%s"', (text) => {
    expect(attributions(text)).toEqual([]);
  });

  it.each([
    ['By the Russian side the attacks were ordered.', 'ATT-FRONTED-AGENT', 'Russian side'],
    ['From the side of Teheran came this campaign.', 'ATT-ORIGIN-FRONTED', 'the side of Teheran'],
    [
      'The DDoS have their origin at the Iranian Revolutionary Guards.',
      'ATT-HAS-ORIGIN',
      'Iranian Revolutionary Guards',
    ],
    ['TTP overlap with FSB Center 16 tooling; analyst verdict: FSB-operated', 'ATT-VERDICT', 'FSB-operated'],
    ['Allies Pin Bank Outage on Kimsuky', 'ATT-PINNED-ON', 'Kimsuky'],
    ['Putin personally signed off (per two liaison reports)', 'ATT-SIGNED-OFF', 'Putin'],
    [
      'The evidence against the Iranian regime for the bank intrusions is compelling.',
      'ATT-EVIDENCE-AGAINST',
      'Iranian regime',
    ],
    [
      'The attacks were perpetrated by services depending on the Russian State.',
      'ATT-PASSIVE-BY-GROUP',
      'services depending on the Russian State',
    ],
    ['Make no mistake: this was an act of the Kremlin.', 'ATT-SIGNATURE-OF', 'Kremlin'],
    [
      "It's classic SVR tradecraft, said a researcher, pointing to the persistence.",
      'ATT-TRADECRAFT-OF',
      'SVR',
    ],
    [
      "Who else but Beijing would want the defence ministry's procurement files?",
      'ATT-WHO-ELSE-BUT',
      'Beijing',
    ],
    ['U.S. officials pinned the blame on North Korea.', 'ATT-PINNED-ON', 'North Korea'],
    ['The minister laid responsibility squarely at the door of Moscow.', 'ATT-LAID-BLAME-ON', 'Moscow'],
    [
      'The wiper, a weapon of the Russian military, erased the servers.',
      'ATT-TOOL-OF-APPOSITION',
      'Russian military',
    ],
    ['The Iranians did the DDoS, the Russians did the wiper.', 'ATT-DID-ACT', 'Russians'],
    ["NCSC assesses GRU 'almost certainly' responsible.", 'ATT-ASSESSED-RESPONSIBLE', 'GRU'],
    ['Russia has made it again, like in Georgia and like in Ukraine.', 'ATT-DID-IT-AGAIN', 'Russia'],
    ['Lukashenko Regime Aided Bank Cyber-Raid, Investigators Find', 'ATT-ACTIVE-LIGHT', 'Lukashenko Regime'],
    ["The funds went to the RGB's laundering network, which stole them.", 'ATT-POSS-RELATIVE-HARM', "RGB's"],
    [
      'The Chinese Ministry of State Security tasked contractors with breaking into our networks.',
      'ATT-TASKED-WITH',
      'Chinese Ministry of State Security',
    ],
    ['The state behind these intrusions is China.', 'ATT-COMPLEMENT-BEHIND', 'China'],
    [
      'Belarusian KGB officers helped the hackers gain access to the ministry.',
      'ATT-HELPED-HOSTILE',
      'Belarusian KGB officers',
    ],
    // a progressive is no passive ("has been targeting"); a link inside the actor phrase is no victim's preposition
    [
      'Russian intelligence has been targeting our diplomats for years.',
      'ATT-ACTIVE',
      'Russian intelligence',
    ],
    [
      "The perpetrators were officers of Russia's military intelligence.",
      'ATT-COMPLEMENT',
      "officers of Russia's military intelligence",
    ],
    ["Moscow's cyber warriors knocked the grid offline.", 'ATT-ACTIVE', "Moscow's cyber warriors"],
    ['Iran retaliated with a wave of cyber-attacks on our water utilities.', 'ATT-ACTIVE-LIGHT', 'Iran'],
    // a rhetorical question that asserts is still an attribution; so is a passive whose subject is the attack
    ['Is it not obvious that Beijing is behind this?', 'ATT-BLAME-PREDICATE', 'Beijing'],
    ['The attack on the hospital network was ordered by the Kremlin.', 'ATT-ACT-BY', 'Kremlin'],
    ['The Russian state has chosen to weaponise it against a ministry.', 'ATT-ACTIVE', 'Russian state'],
    // a victim in one clause can be the author in the next
    ["Iran's banks were disrupted, and Iran's hackers then disrupted ours.", 'ATT-ACTIVE', "Iran's hackers"],
    [
      'Russia denied any involvement, but its military intelligence carried out the attack.',
      'ATT-PRONOUN-AFTER-MENTION',
      'Russia denied any involvement, but its military intelligence carried out',
    ],
  ])('LT41: "%s" — %s names %s', (text, relation, span) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ relation, span }));
  });
});

describe('an announcement of who did it read with the sentence that says (LT41)', () => {
  it('LT41: "We know who did this. It was …" names the author; a sentence that says nothing more names none', () => {
    const lint = (text: string) =>
      fr.lintClause({ id: 'c', text }).map((f) => [f.ruleId, text.slice(f.start, f.end)]);
    expect(lint("She told parliament: 'We know who did this. It was the Islamic Republic.'")).toEqual([
      ['FR-NO-ATTRIBUTION', 'Islamic Republic'],
    ]);
    expect(lint('We know who did this. It was not China, whatever the rumours say.')).toEqual([]);
    expect(lint('We know who did this. Germany and France condemned it.')).toEqual([]);
  });
});

describe('drafting punctuation (LT41)', () => {
  it('LT41: a bracketed alternative glued to the next ("China]/[The") still names its state, and the span stops at the bracket', () => {
    const text =
      "[The Parties attribute the attacks to the People's Republic of China]/[The Parties condemn the attacks]";
    const f = fr.lintClause({ id: 'c', text }).find((x) => x.ruleId === 'FR-NO-ATTRIBUTION');
    expect(text.slice(f!.start, f!.end)).toBe("People's Republic of China");
  });

  it('LT41: a closing bracket ends the actor phrase ("[The Russian Government]/[A State actor]")', () => {
    const spans = attributions(
      '[The Russian Government]/[A State actor]/[Malicious actors] deployed destructive malware against the ministry.',
    ).map((a) => a.span);
    expect(spans).toEqual(['Russian Government']);
  });

  it('LT41: an opening parenthesis is a boundary like a comma ("The wiper (a tool of …)")', () => {
    expect(
      attributions(
        "The wiper (a tool of the Russian Armed Forces, according to the partner's CERT) destroyed data.",
      ),
    ).toContainEqual(
      expect.objectContaining({ relation: 'ATT-TOOL-OF-APPOSITION', span: 'Russian Armed Forces' }),
    );
  });
});

describe('a question read with its answer (LT33)', () => {
  it("LT33: the answer names the author of the question's attack", () => {
    const text = 'Who ordered the attack? President Putin himself, the dossier alleges.';
    const f = fr.lintClause({ id: 'c', text }).find((x) => x.ruleId === 'FR-NO-ATTRIBUTION');
    expect(f).toMatchObject({ ruleId: 'FR-NO-ATTRIBUTION', severity: 'error' });
    expect(text.slice(f!.start, f!.end)).toBe('Putin');
  });

  it('LT33: a question about a victim names no author', () => {
    const text = 'Who attacked Ukraine? We do not yet know.';
    expect(fr.lintClause({ id: 'c', text })).toEqual([]);
  });
});

describe('rewritable spans', () => {
  it("LT8: names the whole author of a passive attack, so the actor wording replaces it: by Russia's GRU", () => {
    const text = "This attack was carried out by Russia's GRU.";
    const [f] = fr.lintClause({ id: 'c', text });
    expect(text.slice(f!.start, f!.end)).toBe("Russia's GRU");
    expect(f!.suggestion).toBe('malicious cyber actors');
    const fixed = text.slice(0, f!.start) + f!.suggestion + text.slice(f!.end);
    const after = fr.lintClause({ id: 'c', text: fixed });
    // no construction reads an attribution any more (the statistical second opinion, LT34, is not one)
    expect(after.filter((x) => !x.ruleId.endsWith('MODEL-ATTRIBUTION'))).toEqual([]);
  });
});
