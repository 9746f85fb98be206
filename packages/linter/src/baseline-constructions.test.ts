import { describe, expect, it } from 'vitest';
import { coversSpan as covers, ruleFindings as found } from './rules-under-test';

// The baseline's constructions for source protection, operational detail and classification (LT29–LT31): each
// case is a phrasing the rules were not written word for word for, with the span the finding must cover, and
// the look-alikes (allies reacting, defence, unnarrowed sources, ordinary prose) that must stay clean.

describe('source protection by construction (LT29)', () => {
  it.each([
    [
      'Not for attribution: the deputy head of mission in Washington believes the text is weak.',
      'deputy head of mission',
    ],
    [
      'The briefing, under Chatham House rules, came from the second secretary for political affairs.',
      'second secretary',
    ],
    [
      'An official who asked not to be identified chairs the working group on attribution.',
      'chairs the working group',
    ],
    [
      'Our source, call him Tom, a former marine who now runs the incident desk, said the logs were clear.',
      'a former marine',
    ],
    [
      'The informant, whose sister also works at the central bank, requested anonymity.',
      'whose sister also works',
    ],
    [
      'A diplomat speaking on background — the one responsible for the sanctions file — said talks stalled.',
      'the one responsible',
    ],
    ['Name withheld at his request (Referat 212): the brackets can go.', 'Referat 212'],
    [
      'Speaking anonymously, an analyst on the third floor of the agency said the alert came early.',
      'third floor',
    ],
    ['Only her initials, R.T., may be used, the analyst said.', 'R.T.'],
    ['Briefed on background by K. Varga of the legal service.', 'K. Varga'],
    ['The unnamed source, a major seconded to the partner’s ministry of defence, spoke.', 'seconded to'],
    [
      'Our anonymous source, the junior minister for digital affairs, said the response would be measured.',
      'junior minister',
    ],
    [
      'On the condition that his employer not be named, a penetration tester at a Big Four firm spoke.',
      'tester at a Big Four firm',
    ],
    ['Speaking on deep background, the consulate’s trade attaché said the talks stalled.', 'trade attaché'],
    [
      'The informant, who retires next month after 20 years in the service, requested anonymity.',
      'who retires next month',
    ],
    [
      'The source (name withheld) is the engineer who built the ministry’s backup network.',
      'the engineer who built',
    ],
    ['"Quote me as an EU official, not as the Irish ambassador," she said.', 'the Irish ambassador'],
  ])('LT29: %s', (text, span) => {
    expect(covers(text, 'source-protection', span)).toBe(true);
  });

  it.each([
    'A senior official, speaking on condition of anonymity, said the talks were constructive.',
    'Several diplomats, who asked not to be identified, described the mood as tense.',
    'Foreign Minister Annalena Baerbock told reporters in Berlin that the attack was unacceptable.',
    'As a permanent member of the Security Council, Russia bears a particular responsibility.',
    'The General Secretariat of the Council thanked delegations for their flexibility.',
    'An EU official said on background that the negotiations would continue next week.',
    'The head of the national cyber security centre briefed the press on the incident.',
    'A spokesperson, speaking on background, said the ministry would comment later.',
    'A senior official, speaking anonymously, said the ambassador had been summoned.',
    'A diplomat said the ambassador of Ukraine thanked the partners for their support.',
    'A senior official said the only remaining issue was the wording of paragraph 4.',
    'Two officials said the attack was detected by a junior analyst at the bank.',
    'The official said the former ambassador to Moscow had been consulted on the draft.',
  ])('LT29: stays clean — %s', (text) => {
    expect(found(text, 'source-protection')).toEqual([]);
  });
});

describe('operational detail by construction (LT30)', () => {
  it.each([
    ['The national cyber force is poised to wipe the servers hosting the stolen files.', 'wipe the servers'],
    [
      'Partners agreed to overwhelm the gang’s payment portal with traffic.',
      'overwhelm the gang’s payment portal',
    ],
    ['Offensive cyber teams could exploit the same flaw the attackers used.', 'exploit the same flaw'],
    [
      'Once the statement goes out, the joint task force will push destructive commands to the bots.',
      'push destructive commands',
    ],
    [
      'The exploit chain for the routers the group relies on is ready for deployment.',
      'exploit chain for the routers',
    ],
    ['The strike package includes an unreleased wiper variant.', 'unreleased wiper'],
    ['We can switch off their botnet thanks to the keys we recovered.', 'keys we recovered'],
    ['Our reconnaissance of their network began in the spring.', 'reconnaissance of their network'],
    ['Requests to hxxps://login-portal[.]example/admin will be answered by a server we run.', 'hxxps://'],
    ['The addresses in 2001:db8:77::/48 will be taken down first.', '2001:db8:77::/48'],
    ['Activity will be limited to AS201234, the network the attackers lease.', 'AS201234'],
    ['Host list for the operation: relay3.tverprom.local.', 'relay3.tverprom.local'],
    ['Counter-attack window: 48–72 hours after publication.', '48–72 hours after publication'],
    ['"We\'ll hit them back on the night of the vote," the delegate wrote.', 'on the night of the vote'],
    [
      'Our retaliation is scheduled for the weekend of the summit.',
      'scheduled for the weekend of the summit',
    ],
    ['We have been inside their network since March.', 'inside their network'],
    [
      'Cyber units of three allies are pre-positioned in the networks used by the group.',
      'pre-positioned in the networks',
    ],
    [
      'Our hackers have copied the group’s entire source code repository.',
      'copied the group’s entire source code',
    ],
    ['As soon as the text is agreed, our teams will take their servers down.', 'take their servers down'],
    ['Phase 2 of the response (T+6h): take the leak site offline.', 'Phase 2 of the response'],
    ['The counter-attack will exploit CVE-2024-1234 on the adversary’s firewalls.', 'exploit CVE-2024-1234'],
  ])('LT30: %s', (text, span) => {
    expect(covers(text, 'operational-detail', span)).toBe(true);
  });

  it.each([
    'We will continue to disrupt criminal networks through law enforcement cooperation.',
    'Monitoring of government networks will be stepped up from midnight.',
    'Our agencies will share indicators of compromise with partners within 48 hours.',
    'The victims’ data centres in Frankfurt were restored within days.',
    'The attackers gained persistent access to the ministry’s network last spring.',
    'The malware was found on servers in Germany, which have since been cleaned.',
    "Canada's foreign minister spoke to her Ukrainian counterpart by phone on Wednesday.",
    'We will help the hospital rebuild its networks over the coming days.',
    'Law enforcement partners dismantled the botnet’s infrastructure in a joint action in May.',
    'Network defenders should block port 3389 at the perimeter.',
    'We will publish the indicators, including the IP addresses used by the attackers, at 10:00 CET.',
    'The task force will meet at 14:00 on Thursday to review the response.',
    "The group's command-and-control servers were seized by the FBI in 2023.",
    "The hackers' infrastructure was dismantled by Europol in a coordinated operation last week.",
    'We are working with partners to take down the infrastructure used by ransomware gangs.',
    'The malware contacted a domain, update-checker.com, to receive instructions.',
    'The joint advisory lists the IP addresses and domains used by the actors so that defenders can block them.',
    "The attackers' infrastructure spanned servers in at least six countries.",
    'The group used a zero-day in a popular VPN product to gain access.',
    'We will cut the ministry off from the internet to contain the attack.',
    "The plan is to lock out the intruders from the hospital's network.",
    'Our cyber defenders will take the compromised systems offline tonight to contain the attack.',
    'Retaliatory measures, including sanctions and travel bans, are under consideration.',
    'We will help Moldova take its electoral systems offline for maintenance before the vote.',
  ])('LT30: stays clean — %s', (text) => {
    expect(found(text, 'operational-detail')).toEqual([]);
  });
});

describe('classification in every spelling (LT31)', () => {
  it.each([
    ['TLP : RED applies below.', 'TLP : RED'],
    ['Shared under TLP AMBER STRICT rules.', 'TLP AMBER STRICT'],
    ['Handling: Traffic-Light Protocol amber.', 'Traffic-Light Protocol amber'],
    ['Classification: Secret. Do not forward.', 'Classification: Secret'],
    ['Dieser Bericht ist als Geheim eingestuft.', 'Geheim'],
    ['The French note is stamped DIFFUSION LIMITÉE.', 'DIFFUSION LIMITÉE'],
    ['The cable carries the caveat REL FVEY.', 'REL FVEY'],
    ['(C) The actors reused infrastructure.', '(C)'],
    ['(TS) Partner reporting shows a rehearsal.', '(TS)'],
    ['This paragraph is drawn from a TS/SCI briefing.', 'TS/SCI'],
    ['The annex carries TLP level: Red.', 'TLP level: Red'],
    ['These indicators are amber under TLP.', 'amber under TLP'],
    ['The Canadian note is PROTÉGÉ B.', 'PROTÉGÉ B'],
    ['The summary is EU-RESTRICTED.', 'EU-RESTRICTED'],
    ['The report is Secret and must not be cited.', 'Secret'],
    ['A "Secret" stamp appears on every page.', '"Secret" stamp'],
    ['The report\'s classification is "restricted".', 'classification is'],
  ])('LT31: %s', (text, span) => {
    expect(covers(text, 'classification', span)).toBe(true);
  });

  it.each([
    'The indicators are shared as TLP:CLEAR and may be republished.',
    'The Secret Service secured the summit venue.',
    'Access to the building is restricted to accredited delegates.',
    'The options are listed under (a), (b) and (c).',
    'The EU restricted access to its networks during the incident.',
    'Secret ballots will be used for the vote.',
    'The Secret Service protected the venue.',
  ])('LT31: stays clean — %s', (text) => {
    expect(found(text, 'classification')).toEqual([]);
  });
});
