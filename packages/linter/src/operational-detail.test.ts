import { describe, expect, it } from 'vitest';
import { coversSpan, ruleFindings } from './rules-under-test';

// Operational detail, session 4 (LT38, LT43): the counter-operations a sentence denies and the defensive look-alikes
// stay clean; allied agencies as our side, our tools on their assets and loose timings are caught. Each case is a
// phrasing the rules were not written word for word for (the dev-5/dev-6 misses are paraphrased, not copied).
const ops = (text: string, withModel = false) => ruleFindings(text, 'operational-detail', withModel);
const covers = (text: string, span: string) => coversSpan(text, 'operational-detail', span);

describe('counter-operations denied, ruled out or not discussed (LT38)', () => {
  it.each([
    'There will be no retaliatory cyber operation; our response is resilience.',
    'The council has ruled out hacking back against the gang.',
    'We will not respond in kind, and we have no plans to go on the offensive.',
    'It is not our intention to launch a counter-attack.',
    'Allies will strengthen defences rather than pursue a hack-back.',
    'Is a mirror operation on the table? That is not something we discuss.',
    'A retaliatory strike would be legally fraught, the minister argued.',
    'Police dismantled the botnet in a counter-ransomware operation against the group last spring.',
    'In the tabletop exercise, teams rehearsed a counter-attack on a fictitious botnet.',
    'Blocklist update: 203.0.113.9 and 203.0.113.10 added to the deny list at the perimeter.',
    'Defensive cyber teams are deployed to help the hospitals recover.',
  ])('LT38: no operational detail, not even a model warning, in "%s"', (text) => {
    expect(ops(text, true)).toEqual([]);
  });

  it.each([
    ['We have not ruled out a hack-back against their servers.', 'hack-back'],
    ['We will not hesitate to strike back against the forum.', 'strike back'],
    ['A counter-strike on the servers is not excluded, a diplomat said.', 'counter-strike'],
    ['targets: 198.51.100.3 (for the response cell, not for blocking)', '198.51.100.3'],
  ])('LT38: a near-miss of a denial stays a finding: "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });
});

describe('allied agencies, our tools on their assets, loose timings (LT43)', () => {
  it.each([
    ['NSA retains access to the relay network the group rents.', 'retains access to the relay network'],
    ['Cyber Command has quietly positioned beacons inside the forum.', 'positioned beacons inside the forum'],
    ['persistent web shell on the gang panel, maintained by partner team', 'persistent web shell'],
    ['The likely target is the hosting firm in Tiraspol.', 'likely target is the hosting firm'],
    ['The strike has been green-lit by ministers.', 'strike has been green-lit'],
    ['The retaliation will come in the night to Tuesday, officials said.', 'in the night to Tuesday'],
    ['Our teams will go live against the botnet at 02:15 Zulu.', '02:15 Zulu'],
    ['counter_op_start: 2026-10-02T03:00Z', '2026-10-02T03:00Z'],
    ['The offensive phase could open as early as next week.', 'as early as next week'],
    [
      'A partner unit will push the loader onto their build server.',
      'push the loader onto their build server',
    ],
    ['Our implant remains embedded in the controllers.', 'remains embedded in the controllers'],
    ['A zero-click chain for the operators phones is ready, she said.', 'zero-click chain'],
    ['The wiper, developed by GCHQ, is ready for the operation.', 'developed by GCHQ'],
    ['The effects package dubbed LANTERN is ready.', 'package dubbed LANTERN'],
    ['It is foreseen to knock their servers offline during the summit.', 'knock their servers offline'],
    ["The agreed option is a denial-of-service strike on the group's forum.", 'a denial-of-service strike'],
    ['We will reflect the traffic back to source ASNs 64500-64501.', 'ASNs 64500-64501'],
  ])('LT43: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'The malware stayed dormant in the ministry network for a year before it was found.',
    'The attackers kept persistent footholds in three agencies.',
    'NCSC has positioned analysts at the victim bank to help with recovery.',
    'In the night to Sunday our CERT will patch the exposed servers.',
    'Monitoring goes live at 06:00 Zulu on Monday.',
    'The agreed measure is a joint advisory on the attack on the ministry.',
  ])('LT43: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

describe("probes on the held-out themes: nominal effects, approvals, the attackers' own doings (LT46)", () => {
  it.each([
    ["Intended effects: destruction of the gang's backups.", 'destruction of the gang'],
    ["The cabinet green-lit hacking the operators' phones.", 'hacking the operators'],
    ['The retaliation has been moved forward to Friday night.', 'forward to Friday night'],
    ['Action against their panels is expected at midnight.', 'at midnight'],
    ['The forum is the next to be taken offline.', 'next to be taken offline'],
    ['Our next step is to seize the domains of the botnet.', 'seize the domains'],
    ['The malware we developed for the response is ready.', 'malware we developed'],
    [
      "Beacons placed last week inside the adversary's mail servers are still active.",
      'Beacons placed last week inside',
    ],
    ['The disruption is slated for 3 May.', 'slated for 3 May'],
    ['Options include jamming the satellite phones the operators carry.', 'jamming the satellite phones'],
  ])('LT46: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'The attackers used servers at 203.0.113.0/24 in 2024, according to the advisory.',
    'The hackers established footholds in the ministry network last spring.',
    'Counter-DDoS protection was provided to the electoral commission.',
    'Partners have pre-positioned emergency generators at the substations.',
    'Hospitals are the first to be hit by ransomware.',
  ])('LT46: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

describe('our past acts on their things, access given to us, French and German drafts (LT47)', () => {
  it.each([
    ['Our operators broke into their backup server last night.', 'broke into their backup server'],
    ['A defector has given our services access to the panel.', 'given our services access to the panel'],
    ['Nous allons paralyser leurs serveurs de rançon.', 'paralyser leurs serveurs'],
    [
      'Une riposte offensive contre les serveurs du groupe est prête.',
      'riposte offensive contre les serveurs',
    ],
    [
      'Ein Gegenschlag gegen die Infrastruktur der Gruppe ist vorbereitet.',
      'Gegenschlag gegen die Infrastruktur',
    ],
  ])('LT47: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'We are helping the hosting company in Kazan remove the criminal content.',
    'The response, a series of sanctions and indictments, begins tomorrow.',
    'Die Polizei hat die Server der Gruppe im Jahr 2023 abgeschaltet.',
    'Les attaques contre les serveurs des hôpitaux ont été condamnées.',
  ])('LT47: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

describe('fields, bracketed addresses, denials in more words (LT48)', () => {
  it.each([
    ['Option F; Action=exploit; Target=their panel', 'Action=exploit'],
    ['Capability=KESTREL implant; Status=deployed', 'Capability=KESTREL implant'],
    ['The relay at 5.188.206.[1]4 comes first.', '5.188.206.[1]4'],
    ['Some say hack them back, and we are preparing to.', 'hack them back'],
    ['The UK-led effort to burn their remaining servers begins soon.', 'UK-led effort to burn'],
    [
      'Japan would share the keys it obtained from inside their back end.',
      'obtained from inside their back end',
    ],
    ["CSE's active cyber operations team targets the exfiltration server.", 'active cyber operations'],
    ['The takedown is at 6 tmrw, keep it out of para 5.', 'tmrw'],
  ])('LT48: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'PRESENTER: Will there be a counter-attack? MINISTER: No. Our focus is recovery.',
    'Hack-back is illegal for private companies, the ministry reminded businesses.',
    'The coalition decided against any offensive response for now.',
    'Our engineers null-routed 198.51.100.0/24 at our own edge to protect the portal.',
    'The firewall rule blocks traffic on port 443 from unknown hosts.',
    'ioc: bad-cdn[.]example | action: sinkhole requested via registrar | purpose: protect victims',
    'The sanctions we announced in January stay in place.',
  ])('LT48: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

describe('dev-8: inside their servers, launch points, standing authorities (LT50)', () => {
  it.each([
    [
      'Allied teams report they are now inside the relay and can read its queue.',
      'they are now inside the relay',
    ],
    ['Our territory offers staging points for the allied strike.', 'staging points for the allied strike'],
    [
      "Under the standing authority, operators may wipe data found on the attackers' storage.",
      "wipe data found on the attackers' storage",
    ],
  ])('LT50: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'ROE for the deployed team are strictly defensive: they may act only on host-nation networks.',
    'They are still inside the network, the CERT warned, and victims should reset passwords.',
  ])('LT50: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT53 (session 5, dev-12): hearings, crisis-cell notes, notes verbales and translators' drafts.
describe('operational detail in notes, hearings, notes verbales and drafts (LT53)', () => {
  it.each([
    ['Member: So the retaliation will land within the next five days?', 'within the next five days'],
    ['07:20 NCF: strikes on 5 C2 servers staged, go at 21:00.', 'strikes on 5 C2 servers'],
    ['The posting listed the wallets our partners will seize.', 'the wallets our partners will seize'],
    [
      'Hold takedown of their relay until after the summit.',
      'Hold takedown of their relay until after the summit',
    ],
    [
      'Their proxy servers will be unplugged at dawn, the allied command has told us.',
      'will be unplugged at dawn',
    ],
    [
      'Minister: the accesses we require are already in place.',
      'the accesses we require are already in place',
    ],
    [
      'The Ministry notifies the Embassy that the operation against the servers will run from 3 to 5 June.',
      'from 3 to 5 June',
    ],
    [
      'The Ministry warns that measures will be applied to the servers from which the intrusions came.',
      'measures will be applied to the servers from which the intrusions came',
    ],
    ['Het doel is om hun servers morgen plat te leggen.', 'hun servers morgen plat te leggen'],
    [
      'Vamos a inutilizar mañana los servidores de los atacantes.',
      'inutilizar mañana los servidores de los atacantes',
    ],
    ['Nos services ont des portes dérobées dans leurs serveurs.', 'portes dérobées dans leurs serveurs'],
  ])('LT53: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    '06:10 UTC — outage declared; 06:40 — remote access disabled; 08:00 — customers notified.',
    'Report suspicious messages to the hotline at abuse@cert.example.',
    'Member: Will the minister answer within the next five days?',
    'The attackers took their own servers offline at 04:00 on Sunday.',
    'Het doel is om de servers van het ministerie morgen te vervangen.',
    'Partners ruled out any strikes on the 5 C2 servers the police seized last year.',
  ])('LT53: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT55 (session 5, dev-11/13/14 after their first scores): our side inside their networks, tools made or lent for
// use on them, authorisations to act in foreign networks, trackers hidden in goods, more timings.
describe('our side inside their networks, tools for use on them, hidden trackers, more timings (LT55)', () => {
  it.each([
    ['Our operators are already inside the botnet’s control servers.', 'Our operators are already inside'],
    [
      'Partners hold the footholds they need in the networks of the group.',
      'hold the footholds they need in the networks of the group',
    ],
    [
      'The wiper was handed over for use against the attackers’ backups.',
      'for use against the attackers’ backups',
    ],
    [
      'Parliament has authorised the armed forces to operate in foreign networks until the crisis ends.',
      'authorised the armed forces to operate in foreign networks',
    ],
    [
      'The consignment carries a GPS tracker concealed in the power supply.',
      'tracker concealed in the power supply',
    ],
    ['The strike on their C2 will come the first week of March.', 'the first week of March'],
  ])('LT55: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'They are still inside the ministry’s network, the CERT warned.',
    'The attackers planted a backdoor hidden in the software update.',
    'We will publish the final report the first week of May.',
    'We are not contemplating any retaliatory cyber operation.',
    'Q: Is a hack-back even legal? A: Lawyers disagree.',
    'Unauthorised access to third-party systems, including so-called hack-back, is an offence.',
    'No delegation would support any reference to offensive action in the text.',
    'Police took the botnet’s command servers offline in an action announced on Wednesday.',
    'We condemn the malicious activity that disrupted two banks on 15 February.',
  ])('LT55: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT59 (session 5, the classes of dev-15/16/17's misses, after their first scores): an authority, warrant or
// approval for an operation against them, our means of disabling or jamming their things, planned interference,
// readiness to respond offensively, a raid or takedown with its time, a seeded or monitored account of an
// investigation in progress. Oversight of such an authority, the attackers' own means, past police work stay clean.
describe('authorities, means, readiness and timed steps (LT59)', () => {
  it.each([
    [
      'The minister holds a signed warrant to conduct disruption operations against the forum’s hosting.',
      'warrant to conduct disruption operations against',
    ],
    [
      'The president has authorised a covert cyber operation, officials say.',
      'authorised a covert cyber operation',
    ],
    [
      'The unit fields tools for blinding hostile surveillance drones.',
      'tools for blinding hostile surveillance drones',
    ],
    [
      'The service can remotely detonate the logic bomb on the crew’s build server.',
      'can remotely detonate the logic bomb on',
    ],
    [
      'A few capitals favoured retaliatory jamming of the regime’s satellite uplinks.',
      'retaliatory jamming of',
    ],
    [
      'Allied units stand ready to strike offensively at the first sign of a new attack.',
      'ready to strike offensively',
    ],
    ['The raid on the admin’s villa is set for first light on Sunday.', 'raid on the admin’s villa is set'],
    ['We will sinkhole their domains at 03:00 UTC on the 2nd.', 'will sinkhole their domains at 03:00 UTC'],
    ['Then: pay into the monitored wallet, and the agents will follow the coins.', 'monitored wallet'],
  ])('LT59: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'Any authority to conduct operations abroad must be subject to judicial scrutiny.',
    'The attackers can remotely trigger the ransomware on every infected server.',
    'Administrators need tools for disabling legacy protocols on our own servers.',
    'The planned attack on the central bank was foiled by the police in 2021.',
    'Police arrested the administrator at 05:00 on Tuesday, Europol announced.',
    'The raid took place last week, the prosecutor said.',
  ])('LT59: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT60 (dev-18/19/20 after their first scores): exercise work carried into real operations, access we hold now,
// payloads our side is loading, the first target our side names, tooling pooled for use on them, phases with a start,
// officers inside their channels; and the false alarms of those sets as classes (oversight of any operation, reporting
// deadlines, maintenance windows, sensors placed with consent, the attackers' primary target, operations of past years).
describe('standing access, exercise work made real, named targets, phases (LT60)', () => {
  it.each([
    ['The drill’s wiper variant will be kept for operational use against the group.', 'for operational use'],
    [
      'Our team still sits inside the affiliates’ file-sharing server.',
      'sits inside the affiliates’ file-sharing server',
    ],
    ['Our operators are now staging the counter-payload on their relay.', 'staging the counter-payload'],
    [
      'The cell has designated a Vilnius hosting reseller as the main target for the takedown.',
      'a Vilnius hosting reseller',
    ],
    [
      'The next phase, against the crew’s crypto mixers, will start after the holiday.',
      'against the crew’s crypto mixers',
    ],
    [
      'A detective who has penetrated their Telegram channel keeps reporting.',
      'who has penetrated their Telegram channel',
    ],
  ])('LT60: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'Any counter-offensive cyber operation must be subject to independent judicial oversight.',
    'Operators must notify the regulator of the disruption within 24 hours.',
    'The partner’s servers will be taken offline for scheduled maintenance on Sunday night.',
    'Defensive teams installed sensors on the ministry’s networks with its consent.',
    'Hospitals were the primary target of the ransomware gangs last winter.',
    'Operation FIRSTLIGHT, first run in 2019, recovered millions in stolen funds.',
  ])('LT60: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT61: the answer that confirms or fills in a question about our side's operation is the detail; answers that say
// no, decline, or point to what was published stay clean, and so do questions about what the attackers did.
describe('answers to questions about our operations (LT61)', () => {
  it.each([
    [
      'Q12: Do you now have the authority to act against their hosting? A: Yes, as of Monday.',
      'Yes, as of Monday',
    ],
    [
      'Q: How many offensive teams will you keep on standby? A: Two, plus a partner team.',
      'Two, plus a partner team',
    ],
    ['Q: Are the panels to be disrupted hosted abroad? Witness: Mostly in Moldova.', 'Mostly in Moldova'],
  ])('LT61: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'Q: Do you have the authority to act against their servers? A: That is not something we discuss.',
    'Q: Does your ministry run an offensive cyber unit? A: We do, created in 2018, as published in the white paper.',
    'Q: Did the attackers disrupt your payment systems? A: Yes, for two hours.',
  ])('LT61: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT67: a counter-operation as a topic (a generic actor, doubt, nobody or neither, no knowledge of one, not saying
// whether any is considered) and the timings of ordinary events (a service's hours, downtime for an update, our own
// defence and resilience tests, a victim's timeline, the attack's own timing) are no operational detail; the same
// words with our plan stay caught. Skeletons other than own-sentences-11's.
describe('counter-operations as a topic, timings of ordinary events (LT67)', () => {
  it.each([
    'A government that answers every intrusion with a counter-strike will soon run out of friends.',
    'The panel was sceptical of proposals to let insurers hack back.',
    'Nobody at the conference took the idea of mirror operations seriously.',
    'Neither side used offensive cyber operations during the exercise week.',
    'The ministry said it had no information about any counter-operation.',
    'Analysts have floated a reciprocal strike, but ministers have not said whether any such option exists.',
    'The registry will return to normal opening hours from Monday.',
    'The portal will be offline from 23:00 on Friday for a planned security upgrade.',
    'From tomorrow morning the bank will apply extra DDoS filtering to its payment pages.',
    'The ransomware hit the hospital at 04:10, the national CERT said.',
  ])('LT67: no operational detail, not even a model warning, in "%s"', (text) => {
    expect(ops(text, true)).toEqual([]);
  });

  it.each([
    [
      'Despite the sceptics, our teams will launch the counter-strike on their C2 servers tonight.',
      'tonight',
    ],
    [
      'I argued against the mirror attack, but the order was to hit the servers in the hour after the statement.',
      'the hour after',
    ],
    ['After the attacks hit our banks on 2 May, we will strike their servers at 03:00 UTC.', 'at 03:00 UTC'],
    [
      'Our counter-operation against the gang starts on Sunday at 04:00.',
      'counter-operation against the gang',
    ],
  ])('LT67: "%s" still discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });
});

// LT73: the broad antipatterns no longer swallow a sentence that still carries a plan (a clock time, a night, "set
// for", a contrast clause that starts or is set, our side's act on their things), and the words of operational
// planning are caught by class: effects as the noun of the act, force packages and elements, readiness, what we
// hold, tasking and rules of engagement, new verbs and objects of an effect on their things, loose timings.
describe('look-alikes the antipatterns swallowed, and planning language (LT73)', () => {
  it.each([
    [
      'Nobody thinks the counter-attack on their panels will come as early as Monday night.',
      'counter-attack',
    ],
    [
      'The agency has not said whether it will brief MPs, but the hack-back on the forum begins on Sunday night.',
      'hack-back',
    ],
    ['The paper makes no reference to the counter-strike timed for 04:30 on Thursday.', 'counter-strike'],
    ['The takedown will be run outside business hours, at 01:30 UTC.', '01:30 UTC'],
    [
      'Once scrubbing is in place, partner teams will knock the botnet’s C2 offline at 02:00 UTC.',
      '02:00 UTC',
    ],
    [
      'Belgium will hit the gang’s panels on Saturday night, days after the intrusions started.',
      'Saturday night',
    ],
    [
      'Under the guise of a routine exercise, the strike on the crew’s servers will run on Sunday morning.',
      'Sunday morning',
    ],
    ['The back door our partners left remains open.', 'back door our partners left'],
  ])('LT73: "%s" still discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    ['Effects start five minutes after the minister finishes speaking.', 'Effects start'],
    ['The force package for the second phase includes three offensive cells.', 'force package'],
    ['Two more teams are kept at readiness in case the group hits back.', 'kept at readiness'],
    [
      'The deputy wants the payment-hit option moved from standby to ready by Friday.',
      'from standby to ready',
    ],
    ['Their admin tokens are now in our hands.', 'in our hands'],
    [
      'The keys to their wallet server, seized in the raid, let us watch every transfer.',
      'keys to their wallet server',
    ],
    [
      'Recommendation: use our access to the registrar to pull their domains at once.',
      'use our access to the registrar',
    ],
    ['One option floated: flood their booter front end with our own traffic.', 'with our own traffic'],
    ['The fusion cell has been tasked with tracking the gang’s cash-out accounts.', 'tasked with tracking'],
    ['The ROE exclude effects on any host that shares a rack with a clinic.', 'ROE exclude effects'],
    ['Option D would interfere with their payment rails for a week.', 'interfere with their payment rails'],
    [
      'The intent is to take the forum’s dashboards dark before the vote.',
      'take the forum’s dashboards dark',
    ],
    ['All teams will re-engage at 0330 if the relays come back.', 'at 0330'],
    ['The response is to follow the president’s speech, not precede it.', 'follow the president’s speech'],
    [
      'Effects will also hit wallet bc1qdemo7k2lmnr8tq5w4zz0s6ppa2exyz, which receives the ransoms.',
      'bc1qdemo7k2lmnr8tq5w4zz0s6ppa2exyz',
    ],
  ])('LT73: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'No one would seriously propose a counter-attack on civilian infrastructure.',
    'The helpline will be open outside office hours, from 08:00 to 20:00.',
    'The side effects of the new filtering will be felt by some users.',
    'Defenders may block 198.51.100.0/24, which scanned the ministry last week.',
    'The CERT bulletin explains how the malware contacts its C2 server so that defenders can spot it.',
    'Scanning for exposed SSH on port 22 will run every night this month.',
    'Administrators should check DNS logs for queries to login-verify[.]example, published in the alert.',
    'The committee discussed whether mirror attacks could ever be lawful and asked for a study.',
    'Expect our response to the consultation a day or two after the summit closes.',
    'The press release is embargoed until 10:00 GMT on Friday.',
  ])('LT73: no operational detail or sanctions step in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT73 (dev-35 after its first score, by class): electronic counter-measures against their sites and weaponising a
// flaw against them are operations; an address reserved for documentation, a public status page and a duty imposed
// on hospitals from a date are not.
describe('counter-measures, weaponised flaws and their clean look-alikes (LT73)', () => {
  it.each([
    [
      'The navy will field electronic counter-measures against the jamming stations from Tuesday.',
      'electronic counter-measures',
    ],
    [
      'Allied teams plan to weaponize the bug in the botnet’s update module against its operators.',
      'weaponize the bug',
    ],
  ])('LT73: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'A phone online gets an address such as 198.51.100.7, a range reserved for documentation.',
    'Passengers can check flight status at status.airport.example.org during the outage.',
    'From 1 July, every clinic will be required to keep an offline copy of its appointment system.',
  ])('LT73: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT77 (own-sentences-14 and dev-37, by class): where our side already is, what it keeps running for a partner's
// collection or operation, the sequence and trigger of its response, effects on their vessels' navigation, a DDoS of
// our own, a codename after "op"; and the look-alikes (our own, victims', public or ordinary things).
describe('presence in their systems, holds and sequencing of our response (LT77)', () => {
  it.each([
    ["tell the drafters nothing about the mail servers, we're still inside mx1", "we're still inside mx1"],
    ['The team has been in their systems for some weeks, the Director said.', 'been in their systems'],
    ["Officials say allied operators are pre-positioned in the gang's payment network.", 'pre-positioned'],
    [
      "has anyone told the Dutch we've got a tap on the laundering exchange?",
      'a tap on the laundering exchange',
    ],
    [
      'Access status: three of six target enclaves reachable; one lost overnight.',
      'three of six target enclaves',
    ],
    [
      'Please do not take down 45.9.148.21; the agency wants it up while its collection continues.',
      'wants it up',
    ],
    [
      "Do not block 172.104.9.33; it's the relay our team uses to reach the adversary.",
      'our team uses to reach',
    ],
    ['Order for Friday: first the takedown, then the listings an hour later.', 'first the takedown'],
    [
      'Asked about timing, the general said only that it would be before they try again.',
      'before they try again',
    ],
    ['Deconfliction done with the Dutch; the wallet cluster is ours from 03:00Z.', 'ours from 03:00Z'],
    [
      'The coastguard may jam the satellite terminals on board the sanctioned tankers.',
      'jam the satellite terminals',
    ],
    ["Option 2: a DDoS of our own against the gang's mirror sites.", 'a DDoS of our own'],
    ["pls nobody mention op SILVER KESTREL in the room, it's live", 'op SILVER KESTREL'],
    [
      'Geplante Maßnahme: Abschaltung der Server der Angreifer in der Nacht zum 12.',
      'Abschaltung der Server',
    ],
  ])('LT77: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    "We're still inside the budget agreed in March.",
    "The investigators have been in the victims' systems for some weeks to clean up.",
    'Emergency teams are pre-positioned in the flood zone.',
    'Access status: all six regional offices reachable after the outage.',
    'Keep the helpline live until the 20th; staff are using it for follow-up calls.',
    'First the statement, then the press conference an hour later.',
    'Tankers may spoof AIS positions to hide their loading, the navy warned.',
    'A DDoS against our own mirror sites was absorbed by the provider.',
    'Operation Silver Kestrel, the public awareness campaign, launches on Monday.',
    'Geplante Maßnahme: Abschaltung der alten Server im Rechenzentrum am 12.',
  ])('LT77: no operational detail in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT77 (pooled clean false positives of the operational rules, dev-37's classes): a defenders' notice names addresses
// that are no target of ours, and a counter-operation as a topic is no plan — unless the sentence still carries our
// side's plan, operation or timing.
describe("defenders' notices and counter-operations as a topic (LT77)", () => {
  it.each([
    'Indicators of compromise (TLP:CLEAR): 198.51.100.23 and update-check[.]example; block both at the perimeter.',
    'Organisations that see traffic to the listed C2 servers should isolate the host and call the CERT.',
    'Port 8080 on the exposed appliances should be closed until the vendor patch is installed.',
    'Known-bad address 203.0.113.200 tried the webmail login 900 times; the lockouts held.',
    'Planned maintenance on our Frankfurt edge (AS64512) from 02:00 to 04:00 UTC on Sunday.',
    'The implant beacons every 60 seconds over port 8443 to its controller.',
    'Abuse desk: the server at 192.0.2.88 was compromised and used for spam; we have suspended it.',
    'Whether a hack-back would be lawful under the countermeasures doctrine is debated by scholars.',
    'Public doctrine treats offensive cyber operations as one tool among several.',
    '[11:05] cd: nobody here is proposing a counter-attack, the question was hypothetical',
    'Decision: the hack-back idea raised in the press is not being taken forward.',
    "The course reader defines a hack-back as unauthorised access to an attacker's systems by a victim.",
    'Der Ausschuss lehnte sogenannte Hackbacks einstimmig ab.',
  ])('LT77: no operational detail, not even a model warning, in "%s"', (text) => {
    expect(ops(text, true)).toEqual([]);
  });

  it.each([
    [
      'Indicators for the bulletin leave out 185.220.101.4; our partners plan to take it offline during the response.',
      '185.220.101.4',
    ],
    ['Do not patch or block 172.104.9.33; our op team is using it to reach their relays.', '172.104.9.33'],
    [
      'Isolate the host if you must, but keep 203.0.113.77 reachable: it is our way into their panel.',
      '203.0.113.77',
    ],
    [
      '[09:40] ab: nobody here is proposing a mirror attack, but the one on their C2 is set for Friday night',
      'Friday night',
    ],
    ["Hypothetically speaking, the hack-back on the gang's servers is scheduled for Sunday.", 'hack-back'],
    [
      'We asked whether pre-positioned access in the adversary’s power grid was proportionate.',
      'pre-positioned access',
    ],
    [
      'The ministry says counter-measures against the servers of the attackers begin in two days.',
      'counter-measures against the servers of the attackers',
    ],
    ['Die Abschaltung der C2-Server ist für Sonntagnacht vorgesehen.', 'Abschaltung der C2-Server'],
    ['Une riposte informatique contre leurs serveurs est prévue après le sommet.', 'riposte informatique'],
  ])('LT77: "%s" still discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });
});

// LT82 (own-sentences-16, by class): our side as the agent of a hold or a move on their things in forms the older
// rules lack; their holds on our systems, what defenders find, remove or reset, denials and third parties' events
// stay clean (the model rule too, where the sentence has neither our side holding or acting nor their servers).
describe('access our side holds and moves it plans on their things (LT82)', () => {
  it.each([
    ['Our operators keep a web shell on their update server for now.', 'web shell on their update server'],
    ['- foothold on their VPN appliance (checked 07:30)', 'foothold on their VPN appliance'],
    [
      "The service placed an implant in the workstation used by the gang's operators.",
      'implant in the workstation',
    ],
    [
      'Do not name the exploit our team has been stockpiling for this.',
      'exploit our team has been stockpiling',
    ],
    [
      'The zero-day in their billing portal, kept in reserve since June, stays out of the annex.',
      'kept in reserve',
    ],
    ['Merci de ne pas mentionner l’accès que nous gardons dans leurs serveurs.', 'accès que nous gardons'],
    ['Teniamo presente che abbiamo ancora accesso ai loro server di posta.', 'accesso ai loro server'],
    ['Bitte streichen: unser Zugang zu deren Servern.', 'unser Zugang zu deren Servern'],
    ['Po ogłoszeniu wyłączymy ich serwery.', 'wyłączymy ich serwery'],
    ['Once the ministers have spoken, their panel is going to go dark.', 'their panel is going to go dark'],
    ['Our team then moves on their relay servers.', 'moves on their relay servers'],
    [
      "Investigators plan to take over the crew's Telegram bots on Friday.",
      "take over the crew's Telegram bots",
    ],
  ])('LT82: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    "The intruders still hold a foothold on the council's payroll portal, responders said.",
    'An implant left by the gang on the clinic’s file server was removed on Monday.',
    'We detected a web shell on our mail gateway and removed it the same day.',
    'Administrators must rotate the credentials for every server the actor touched.',
    'Users should look for implants in their home routers and report them.',
    'Wir haben keinen Zugang zu deren Servern und wollen keinen.',
    'Their leak site will go offline when the hosting contract lapses, the provider said.',
    'We move on to item four after the coffee break.',
  ])('LT82: no operational detail, not even a model warning, in "%s"', (text) => {
    expect(ops(text, true)).toEqual([]);
  });
});

// LT82 (dev-39/dev-40 after their first scores, by class): counter-operations and accesses in Spanish, Portuguese,
// Italian, German and Polish; effects ready on their things; numbered targets cleared for disruption; a phase of an
// operation by its codename; a unit told to access the extortionists' server. Clean: doctrine, legal frameworks, past
// disclosures in a named year, "not an option", a response left to the authorities, experts divided, a press
// schedule by D+N, our own network's scrubbing and peering, a court's unsealed warrant.
describe('foreign counter-operations, readied effects, numbered targets and topics (LT82)', () => {
  it.each([
    ['El ministerio prepara un contraataque contra la red de los atacantes.', 'contraataque contra la red'],
    [
      'A operação de retaliação contra o botnet foi aprovada ontem.',
      'operação de retaliação contra o botnet',
    ],
    ['La risposta cibernetica è fissata per domenica notte.', 'risposta cibernetica è fissata per'],
    ['Wir haben weiterhin die Passwörter für deren Server.', 'Passwörter für deren Server'],
    ['Naszego dostępu do ich serwerów nie wolno ujawniać.', 'dostępu do ich serwerów'],
    ["Two partners have effects prepared against the gang's leak site.", 'effects prepared against'],
    ['Targets 7 to 11 are authorised for takedown.', 'Targets 7 to 11 are authorised for takedown'],
    ['Phase 2 of GREY HERON starts after the listings.', 'Phase 2 of GREY HERON'],
    [
      "The cabinet instructed the cyber unit to infiltrate the attackers' chat server.",
      'to infiltrate the attackers',
    ],
  ])('LT82: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'Los atacantes lanzaron un ataque contra los servidores del hospital.',
    'Die Angreifer nutzten gestohlene Passwörter für unsere Server.',
    'Phase II of NIS2 transposition ends in October.',
    'The national doctrine states that offensive cyber operations remain under ministerial control.',
    'Canada acknowledged in 2019 that it had conducted offensive cyber operations abroad.',
    'A hack-back against civilian infrastructure is not an option for this government.',
    'Will the alliance hit back? Scholars we asked are divided.',
    'D+1: press statement; D+4: hearing in parliament.',
    'Scrubbing is active on AS64496 while the flood lasts.',
  ])('LT82: no operational detail from the rules in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT82 (e): after taking over their things, our side is in a position to act; our verbs on their things in plain
// words; "no intention of giving it up" affirms a hold. Clean: a duty laid on all operators from a date, takedown
// requests, the attackers' own timed acts, published indicators and what defenders should look for, a case to imagine.
describe('our side after taking over their things, and defenders’ and duty timings (LT82)', () => {
  it.each([
    [
      'Having broken into their chat server, the partner cell can now read the orders.',
      'broken into their chat server',
    ],
    ['We would crash their booking servers the night of the vote.', 'crash their booking servers'],
    [
      'Our people kept a tap on the gang’s relay host and have no intention of giving it up.',
      'tap on the gang’s relay host',
    ],
  ])('LT82: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'From 1 September, every bank must block transfers to unregistered wallets.',
    'Takedown requests removed 12 fake donation pages within two hours of the appeal.',
    'At 21:10 the hackers posted the stolen files on their leak site.',
    'Defenders should search proxy logs for 203.0.113.45 on port 443.',
    'Imagine a government that wiped a gang’s servers overnight: who would object?',
    'Having taken over their parents’ bakery, the twins opened a second shop.',
  ])('LT82: no operational detail from the rules in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT91 (own-sentences-20, by class): access our side holds, our tools already on their things, counter-attacks by
// their own nouns, taskings and authorisations by verb and by noun, windows and phases of the action, in Spanish,
// Portuguese, Italian, German, Polish, Dutch and French, with the group or the attackers as the owner or their
// possessive after our side (OPS-FOREIGN-HOLDS, OPS-FOREIGN-STEPS). Clean: the attackers' access to a victim's
// servers, access denied, a maintenance or application window, a counter-attack rejected or as law, the police's or
// a court's past act, a defender's own or affected servers.
describe('access, tools and steps against their things in other languages (LT91)', () => {
  it.each([
    ['Ainda temos acesso à infraestrutura da quadrilha.', 'acesso à infraestrutura da quadrilha'],
    [
      'Abbiamo accesso al pannello di controllo degli estorsori da lunedì.',
      'accesso al pannello di controllo degli estorsori',
    ],
    ['Wir behalten den Zugang zu den Servern der Täter.', 'Zugang zu den Servern der Täter'],
    ['Nasz oddział wciąż ma dostęp do serwerów przestępców.', 'dostęp do serwerów przestępców'],
    ['Nous avons toujours un accès à leurs serveurs de messagerie.', 'accès à leurs serveurs'],
    [
      'Nuestras herramientas ya están desplegadas en los nodos de la banda.',
      'herramientas ya están desplegadas en los nodos de la banda',
    ],
    [
      'Un contraataque contra los servidores de la banda está previsto para el domingo.',
      'contraataque contra los servidores',
    ],
    [
      'Odwetowe uderzenie? Nie — atak lustrzany na infrastrukturę gangu ruszy w piątek.',
      'atak lustrzany na infrastrukturę gangu',
    ],
    [
      'Ordem para a equipa: derrubar os servidores de pagamento do grupo antes de sexta.',
      'derrubar os servidores de pagamento do grupo',
    ],
    [
      'Die Regierung hat die Lahmlegung der Infrastruktur der Gruppe gebilligt.',
      'Lahmlegung der Infrastruktur der Gruppe',
    ],
    [
      'La finestra di intervento contro i server della banda si apre alle 3.',
      'finestra di intervento contro i server',
    ],
    [
      'La deuxième vague visera les serveurs relais du groupe dès jeudi.',
      'deuxième vague visera les serveurs relais du groupe',
    ],
    [
      'Phase 1 (takedown of the gang’s forum) follows the statement by a day.',
      'Phase 1 (takedown of the gang’s forum)',
    ],
  ])('LT91: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'Os atacantes tiveram acesso aos servidores do hospital durante um mês.',
    'Die Täter hatten Zugang zu den Servern des Landratsamts.',
    'Nie mamy dostępu do serwerów tej grupy, przyznał rzecznik.',
    'Nous n’avons pas d’accès à leurs serveurs, a dit le porte-parole.',
    'La herramienta de análisis ya está desplegada en los servidores del ayuntamiento.',
    'Das Wartungsfenster für die Server der Stadtwerke beginnt um 22 Uhr.',
    'La finestra per presentare le domande si apre lunedì.',
    'Il governo esclude un contrattacco contro i server della banda.',
    'El Código Penal castiga cualquier contraataque contra servidores ajenos.',
    'La policía ordenó el año pasado la desactivación de los servidores del grupo.',
    'El plan de contingencia prevé desconectar los servidores afectados del hospital.',
  ])('LT91: no operational detail from the rules in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT91 (own-sentences-20, by class): what a published record or a debate says is no plan of ours — a defanged host
// published, flagged or warned about as an indicator, an address in a court's or an indictment's record or one to
// report to the CERT, a counter-operation as law and risk, timings in a glossary, a published chronology or war-game
// and public reports, our own resilience. Their twins keep our side, a planned step or a time of ours.
describe('published records, law and our own resilience are no operational detail (LT91)', () => {
  it.each([
    'Le CERT-FR a publié les indicateurs, dont le domaine maj-securite[.]example[.]fr.',
    'Police warned that renta-bank[.]example[.]com impersonates the savings bank.',
    'The jury heard that the accused logged in from 198.51.100.61 every night.',
    'Users who spot logins from 198.51.100.62 should report them to the CERT.',
    'Cyber operations abroad must comply with international law, the defence minister said.',
    'The published chronology lists the outage at 0200 on Sunday and the restore at 0900.',
    'Staff are tasked with bringing the payroll server back online by Wednesday.',
  ])('LT91: no operational detail from the rules in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });

  it.each([
    [
      'Our partners will seize maj-securite[.]example[.]fr once the indicators are published.',
      'maj-securite[.]example[.]fr',
    ],
    ['We will hit 198.51.100.61 after the jury has heard the case.', '198.51.100.61'],
    [
      'The offensive cyber operation against their servers complies with international law and starts tonight.',
      'offensive cyber operation',
    ],
  ])('LT91: "%s" still discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });
});

// LT91 (own-sentences-20, third batch): their credentials held in the first person and our presence inside their
// infrastructure, in Spanish, Portuguese, Italian, German, Polish and French; the attackers' own presence, credentials
// they stole and credentials we reset stay clean.
describe('their credentials we hold and our presence inside their things (LT91)', () => {
  it.each([
    ['Temos as suas senhas do painel desde domingo.', 'Temos as suas senhas'],
    ['Posiadamy ich hasła do serwera pocztowego.', 'Posiadamy ich hasła'],
    ['Nous sommes déjà à l’intérieur de leur réseau de commande.', 'à l’intérieur de leur réseau'],
    ['Wir sind bereits innerhalb ihrer Infrastruktur.', 'innerhalb ihrer Infrastruktur'],
  ])('LT91: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'Os atacantes roubaram as suas senhas do painel.',
    'Wir haben ihre Passwörter nach dem Vorfall geändert.',
    'Los intrusos siguieron dentro de la red del hospital durante un mes.',
  ])('LT91: no operational detail from the rules in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });
});

// LT91 (own-sentences-20, fourth batch): a phase of ours by its all-capitals codename that begins, runs or follows
// (OPS-CODENAME-CASED); a phase numbered in Roman numerals is no codename.
describe('a phase of ours by its codename (LT91)', () => {
  it('LT91: "Phase BASALT begins the night after the vote." discloses "Phase BASALT"', () => {
    expect(covers('Phase BASALT begins the night after the vote.', 'Phase BASALT')).toBe(true);
  });
  it.each(['Phase XIII begins after the audit.', 'Phase IV follows the public consultation.'])(
    'LT91: no operational detail from the rules in "%s"',
    (text) => {
      expect(ops(text)).toEqual([]);
    },
  );
});

// LT91 (own-sentences-20, fifth batch): a response that depends on or is proportionate to the attack's severity is a
// principle (OPS-OUR-OFFENSIVE-ACTION); the same words with a time of ours or their servers stay a finding.
describe('a response that depends on the severity of the attack (LT91)', () => {
  it('LT91: no operational detail from the rules in "Any response will be calibrated to the seriousness of the gang\'s attacks."', () => {
    expect(ops("Any response will be calibrated to the seriousness of the gang's attacks.")).toEqual([]);
  });
  it('LT91: "… depends on the severity …: we take down the hackers’ servers at 0300" still discloses "at 0300"', () => {
    const text =
      "Our response depends on the severity of the hackers' attacks: we take down the hackers' servers at 0300.";
    expect(covers(text, 'at 0300')).toBe(true);
  });
});

// LT98 (own-sentences-24, then dev-45 by class): operational detail without the usual words — a session or presence
// of ours on their things, reading their chat or mail, credentials that still open their things, tools placed on them,
// tasking orders, windows, intended effects, veiled threats, triggers, numbered targets and escalation rungs, in
// English and other languages (OPS-SESSIONS-THREATS-AND-TRIGGERS, OPS-FOREIGN-THREATS-AND-TARGETS). Each case below is
// a paraphrase, not a tuning sentence.
describe('sessions, threats and triggers (LT98)', () => {
  it.each([
    [
      'Our shell on the crew’s mail gateway is still up, so we see each new victim.',
      'Our shell on the crew’s mail gateway',
    ],
    ['We still read their XMPP server every morning.', 'We still read their XMPP server'],
    ['The loaders have been sitting on their staging relay since January.', 'sitting on their staging relay'],
    ['Their leak site will find itself offline the day after the vote.', 'will find itself offline'],
    ['The exchange accounts in Tallinn are ours now.', 'are ours now'],
    ['The strike is triggered if they hit one more hospital.', 'is triggered if they hit one more hospital'],
    ['Target 2: the affiliate panel behind the Tor mirror.', 'Target 2: the affiliate panel'],
    [
      'Rung three would be their military logistics network.',
      'Rung three would be their military logistics network',
    ],
    ['We are, frankly, sitting in their ticketing system.', 'sitting in their ticketing system'],
    [
      'Die Gegenmaßnahme wird bei einem weiteren Angriff sofort ausgelöst.',
      'Gegenmaßnahme wird bei einem weiteren Angriff sofort ausgelöst',
    ],
    [
      'Si siguen, su plataforma de cobros va a pasar un mal fin de semana.',
      'su plataforma de cobros va a pasar un mal fin de semana',
    ],
  ])('LT98: "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  it.each([
    'Their leak site will go offline when the hosting contract lapses, the provider said.',
    'The maintenance window for our payment gateway opens on Sunday at 02:00.',
    'Target 1 of the strategy: every hospital patched by June.',
    'The trigger for the alert is any outage longer than four hours.',
    'Rung two of the training ladder is a course on incident reporting.',
    'The targeting working group will meet on Thursday; the agenda follows tomorrow.',
    "L'effet recherché de la réforme est que chaque hôpital dispose d'une sauvegarde.",
    'Bei einem Stromausfall wird der Notfallplan des Krankenhauses automatisch ausgelöst.',
  ])('LT98: no operational detail from the rules in "%s"', (text) => {
    expect(ops(text)).toEqual([]);
  });

  it.each([
    [
      'The persistence we keep on their defence ministry’s mail relay must stay out of the text.',
      'persistence we keep on their defence ministry',
    ],
    ['Il contrattacco partirà solo se colpiscono di nuovo gli ospedali.', 'Il contrattacco partirà'],
    [
      'We houden nog steeds toegang tot hun beheerpaneel.',
      'We houden nog steeds toegang tot hun beheerpaneel',
    ],
    ['Trigger for the second wave: any new outage at the port.', 'Trigger for the second wave'],
  ])('LT98: a defence ministry is no defence, and "%s" discloses "%s"', (text, span) => {
    expect(covers(text, span)).toBe(true);
  });

  // OPS-OUR-TOOLS read "we are in their …" as presence in their systems whatever followed
  it('LT98: "We are in their debt …" is an idiom, no presence in their systems', () => {
    expect(ops('We are in their debt for the help their CERT gave us during the outage.')).toEqual([]);
  });
});
