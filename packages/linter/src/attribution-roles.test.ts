import { describe, expect, it } from 'vitest';
import { attributedSpans as actors } from './attribution-spans';

// LT68: clean roles of a state-linked name, as antipatterns of the attribution constructions (by class, from the
// dev sets' clean sentences flagged for attribution; the violating look-alikes of each class stay found)

describe('LT68: a state-linked name in a clean role is no author', () => {
  it.each([
    // a place or landmark
    ['place', 'Tourists photographing the Kremlin were unaffected by the mobile network outage.'],
    ['place', 'The ransomware briefing was moved from Beijing to Singapore because of the typhoon.'],
    ['place', 'A Tehran-born analyst at the regulator led the recovery after the ransomware attack.'],
    ['place', 'Several mule accounts were opened in Russia and Kazakhstan using forged residence permits.'],
    ['place', 'The stolen laptops were shipped to China and Vietnam using forged customs papers.'],
    // a host, venue or sponsor of a benign event or site
    ['host', 'Singapore hosted this year’s ransomware tabletop exercise for ASEAN regulators.'],
    ['host', 'Beijing convened the second round of the ransomware working group’s talks in October.'],
    ['host', 'The workshop on phishing, funded by the Japanese government, trained 40 bank staff.'],
    [
      'host',
      'The hackathon, co-sponsored by the Chinese government, awarded prizes for detecting phishing emails.',
    ],
    ['host', 'The mirror site for the advisory is hosted by the Australian government on a public CDN.'],
    // a speaker: the state's media or press
    ['speaker', 'Russian state media claimed the outage was caused by a technical fault.'],
    ['speaker', 'Russia’s state news agency claimed that Western hackers were behind the outage.'],
    // a participant in a meeting
    [
      'participant',
      'Belarus, as a participating State, took part in the discussion and called for restraint.',
    ],
    [
      'participant',
      'Iran, China and Russia were among the delegations that attended the debate on cyber-attacks.',
    ],
    [
      'participant',
      'Russia participated in the OSCE discussion on confidence-building measures after the attacks.',
    ],
    // a victim in a relative clause
    ['victim', 'Montenegro, whose state systems were crippled by ransomware, asked partners for help.'],
    [
      'victim',
      'We thank Costa Rica, whose ministries suffered a ransomware attack, for sharing its lessons.',
    ],
    // a state reporting that it is itself a target
    ['self-reported target', 'China has itself reported being the target of large-scale DDoS attacks.'],
    ['self-reported target', 'Russia, for its part, has presented itself as a target of ransomware gangs.'],
    // a threat group's namesake
    ['namesake', 'The Lazarus exhibition at the city museum features biblical art from the 15th century.'],
    // a state's police acting against criminals
    ['enforcement', 'The US Secret Service has seized more than 200 domains used by fraudsters.'],
    // criminals operating from a place
    ['criminals', 'The phishing ring operated from Cambodia and was run by criminals.'],
    [
      'criminals',
      'Police said the ransomware crew was run from Thailand by criminals of several nationalities.',
    ],
    // from dev-25…dev-32 (scored first): a third state's accusation or demand, a complaint, a claim, self-defence,
    // a leader in public, an event held with a state's support, no attack from a place, a state's people, a sponsor
    // after a comma, a language, a question about a state's reaction
    ['accuser', 'Moscow, for its part, routinely accuses Washington of hacking Russian banks.'],
    [
      'demander',
      'China’s foreign ministry said it opposed smears and urged the US to stop its own cyber-attacks on China.',
    ],
    [
      'complainant',
      'Iran circulated a letter complaining of cyber-attacks on its fuel distribution network.',
    ],
    ['claimant', 'Russian officials claimed in the debate that Ukraine had fabricated the outages.'],
    [
      'self-defence',
      'Iran has built a national intranet that it says will shield it from foreign cyber-attacks.',
    ],
    [
      'leader in public',
      'Kim Jong Un visited a fertiliser plant on Monday, without mention of the crypto heist.',
    ],
    [
      'support of an event',
      'A regional workshop on phishing took place in Accra with the backing of the Ghanaian government.',
    ],
    [
      'no attack from',
      'We saw no malware samples submitted from North Korea, which has very limited connectivity.',
    ],
    ['people', 'Russia’s teachers kept schools open despite the ransomware outbreak in the region.'],
    [
      'sponsor after a comma',
      'The Emirati delegation will attend the conference in Paris on 5 December, sponsored by the French government.',
    ],
    [
      'language',
      'Russian-language phishing lures were reported by the bank’s staff and blocked at the mail gateway.',
    ],
    [
      'question',
      'Q: What does Moscow say, A: The Kremlin spokesman told reporters that Russia had no information about the attacks.',
    ],
  ])('LT68: %s — %s', (_cls, text) => {
    expect(actors(text)).toEqual([]);
  });

  it.each([
    ['The attacks on the port were launched from Moscow.', 'Moscow'],
    ['North Korea laundered the stolen funds through mule accounts opened in Cambodia.', 'North Korea'],
    ['Moscow launched a ransomware campaign against the meeting’s organisers.', 'Moscow'],
    ['The DDoS attacks on the conference were sponsored by the Russian government.', 'Russian government'],
    ['The phishing site was hosted by the GRU.', 'GRU'],
    [
      'Russia’s state media reported that Russian military hackers had disabled the grid.',
      'Russian military hackers',
    ],
    ['Russia took part in the attacks on the Estonian banks.', 'Russia'],
    ['Belarus was among the countries that took part in the DDoS attacks.', 'Belarus'],
    [
      'Putin’s intelligence services sabotaged the election commission’s servers.',
      'Putin’s intelligence services',
    ],
    ['We condemn Iran, whose cyber units attacked the water utility.', 'Iran'],
    ['Iran, presenting itself as a victim, launched the wiper attacks on the refinery.', 'Iran'],
    ['Lazarus drained the exchange’s hot wallets in March.', 'Lazarus'],
    ['The FSB took down the Ukrainian bank’s servers.', 'FSB'],
    ['The espionage campaign was directed from Beijing.', 'Beijing'],
    ['We accuse Russia of hacking the ministry’s servers.', 'Russia'],
    ['Kim Jong Un ordered the crypto heist, defectors say.', 'Kim Jong Un'],
    ['The intrusions were carried out with the support of the Iranian government.', 'Iranian government'],
    ['Russia’s hackers disabled the schools’ servers during the ransomware outbreak.', 'Russia’s hackers'],
    [
      'The cyber-attack on the satellite network KA-SAT, perpetrated by the Russian military intelligence service one hour before the invasion, caused spillover.',
      'Russian military intelligence service',
    ],
    [
      'The operators, likely acting on tasking from Minsk, used the stolen VPN credentials of a contractor.',
      'Minsk',
    ],
  ])('LT68: the look-alike stays an attribution — %s', (text, actor) => {
    expect(actors(text)).toContain(actor);
  });
});

describe('LT68: a hyphenated word of a class matches whole or split', () => {
  it('LT68: "co-sponsored" (one token) and "Tehran-born" (two tokens) are both read by their classes', () => {
    expect(
      actors('The hackathon, co-sponsored by the Chinese government, awarded prizes for phishing.'),
    ).toEqual([]);
    expect(actors('The Debrief: the PRC’s pre-positioning in the grid shaped the game.')).toEqual([
      'PRC’s pre-positioning',
    ]);
  });
});
