/** Words that signal who did an attack. Data for attribution.ts; lower-case token forms. */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Always an attack. */
export const ATTACK_NOUNS = set(`
  attack attacks cyberattack cyberattacks intrusion intrusions hack hacks hacking breach breaches ddos
  ransomware malware wiper wipers espionage sabotage cyberespionage exploitation
`);

/** An attack only where the sentence is about cyber activity ("operation", "campaign"). */
export const WEAK_ATTACK_NOUNS = set(`
  operation operations campaign campaigns activity activities incident incidents interference compromise traffic
`);

export const CYBER_CONTEXT = set(`
  cyber malicious hacking hackers ddos network networks digital computer computers online systems servers
  cyberspace ransomware malware
`);

/** Who does attacks: "Russian hackers", "GRU operators". */
export const ACTOR_NOUNS = set(`
  hackers hacker actors actor operators operator operatives agents proxies groups group units unit teams
  crews hacktivists cybercriminals criminals
`);

/** Words allowed between a name and an attack or actor noun: "Russian state-sponsored cyber actors". */
export const MODIFIERS = set(`
  state sponsored backed linked affiliated aligned military intelligence cyber malicious criminal
  offensive destructive disruptive recent latest continued ongoing repeated persistent
`);

/** "Russia-linked", "Kremlin-backed". */
export const LINK_WORDS = set(
  `linked backed sponsored affiliated aligned based directed controlled supported`,
);

/** A subject followed by one of these did it: "Russia carried out", "Moscow was behind". */
export const AUTHOR_VERBS = set(`
  carried carries carry carrying conducted conducts conduct conducting launched launches launch launching
  perpetrated perpetrates committed commits orchestrated orchestrates mounted mounts staged stages executed
  executes directed directs sponsored sponsors deployed deploys hacked hacks attacked attacks targeted targets
  compromised compromises disrupted disrupts sabotaged authored ordered orders initiated initiates unleashed
  behind responsible culpable
`);

/** Verbs that take a non-participle complement: no passive reading ("was behind"). */
export const NON_PARTICIPLE = set(`behind responsible culpable`);

export const BE_FORMS = set(`is are was were be been being`);

/** "carried out by X", "attacks ... ordered by X". */
export const AGENT_VERBS = set(`
  carried conducted launched perpetrated committed orchestrated mounted staged executed directed sponsored
  ordered authorised authorized backed deployed initiated commissioned
`);

/** "originating from X", "based in X". */
export const ORIGIN_VERBS = set(`
  originating originated originate originates emanating emanated emanate coming came stemming stemmed
  launched routed conducted based located operating operated run
`);

/** "we attribute ... to X", "linked to X", "traced back to X". */
export const ATTRIBUTING = set(`
  attribute attributes attributed attributing attribution ascribe ascribes ascribed linked tied traced
  connected link links
`);

export const HOLDING = set(`hold holds holding held`);
export const ACCOUNTABLE = set(`accountable responsible`);
export const BEARING = set(`bear bears bore borne`);
export const RESTING = set(`lies lie rests rest`);

/** "we urge Russia to de-escalate" names a state without accusing it. */
export const APPEALS = set(
  `urge urges urged call calls called ask asks demand demands encourage encourages invite invites`,
);

/** Scanning for a verb stops here: "Russia to refrain", "Russia; the attacks". */
export const SCAN_STOP = set(`to and but while whereas although which who that`);

/** Skipped when looking at the word before a name: "by the", "by President Putin". */
export const DETERMINERS = set(
  `the a an its their president prime minister general director chairman leader supreme`,
);

/** Before a name, these make it the target: "attacks against Ukraine". */
export const TARGETING = set(`against on targeting targeted hit hitting into at upon toward towards`);
