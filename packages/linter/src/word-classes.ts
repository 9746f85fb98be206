/**
 * Word classes for the sentence model (LT35, LT57): words that play the same part in a violation (capability, harm,
 * asset, our side, anonymity, a post …) share a class, so a phrasing the training sets never used could still light
 * up the classes of its words. The lists are common English words of each part, not words of any development
 * sentence; the model strips -s, -es, -ed, -ing, -ion before a look-up. The shipped model uses them for negation
 * scope (a negated word's classes as negated features); class uni-/bigrams and class co-occurrence were measured
 * and left off (FeatureOptions `classes`, `cooc`; LT57 has the numbers).
 */
const CLASSES: Record<string, string> = {
  // who acts: our side, the other side, an ally, a state organ
  OURS: 'we our us ours ourselves allied allies coalition alliance partners friendly own joint combined',
  THEIRS:
    'their them they its theirs adversary adversaries hostile enemy enemies opponent opposing foreign perpetrator perpetrators attacker attackers',
  ORGAN:
    'service services agency agencies intelligence military army forces unit units directorate ministry regime government authorities state-backed state-sponsored proxies proxy operatives operative officers',
  // what one can do or is ready to do
  CAPABILITY:
    'capability capabilities capacity readiness ready prepared poised postured posture positioned pre-positioned prepositioned standing authority authorities authorisation authorization authorized authorised mandate option options toolkit toolkits tool tools implant implants foothold footholds access accesses persistence persistent payload payloads exploit exploits credentials credential keys key password passwords backdoor backdoors cyberweapon cyberweapons arsenal means leverage',
  // a planned act, a future, a condition
  FUTURE:
    'will shall going plan plans planned planning intend intends intended intention prepare prepares preparing ready next upcoming forthcoming imminent tomorrow tonight soon shortly pending scheduled expected due later',
  MODAL: 'would could might may can must should ought',
  NEGATION:
    "not no never neither nor without none nobody nothing cannot can't won't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't deny denies denied",
  // harm to an asset
  HARM: 'attack attacks hack hacks disrupt disruption disable destroy destruction degrade sabotage wipe wiper delete erase compromise breach intrude intrusion infiltrate penetrate exploit strike strikes retaliate retaliation respond response counter counterattack countermeasure countermeasures impose costs punish punishment offensive takedown neutralise neutralize shut cripple paralyse paralyze deny encrypt ransom exfiltrate steal theft seize',
  ASSET:
    'network networks server servers system systems infrastructure account accounts wallet wallets database databases domain domains host hosts router routers grid node nodes botnet command-and-control c2 endpoint endpoints device devices platform platforms storage cloud backbone pipeline refinery exchange exchanges',
  LAUNDER: 'laundering launder proceeds funds payments mule mules cash crypto cryptocurrency bank banks',
  INSIDE: 'inside within in into embedded resident present lodged buried deep',
  // responsibility and authorship
  RESPONSIBLE:
    'responsible responsibility behind culpable culpability blame blamed author authors authorship perpetrated perpetrate orchestrated orchestrate ordered order directed direct masterminded sponsored sponsor backed commissioned tasked conducted carried attributed attribute attribution accountable complicit complicity involvement role',
  CONDEMN:
    'condemn condemns condemned denounce denounced deplore deplored reject rejected call calls urge urged demand demanded cease stop end halt desist',
  // who speaks, and who they are
  ANONYMITY:
    'anonymity anonymous anonymously unnamed named name names identified identify identity quoted quote attribution background record authorised authorized speak spoke speaking discuss publicly condition understanding confidential confidentially privately',
  SPEAKER:
    'official officials source sources person people individual insider aide adviser advisor diplomat diplomats officer staffer member',
  POST: 'head heads chief director deputy deputies secretary minister undersecretary ambassador attache attaché counsellor counselor envoy spokesperson spokesman spokeswoman coordinator chair chairs commander general colonel captain lieutenant major analyst analysts desk team section division department bureau office cell unit branch shift rota watch post portfolio career senior junior only former',
  PLACE_DETAIL:
    'floor room building wing embassy station mission consulate residence based commutes lives hometown',
  KIN: 'wife husband daughter son brother sister mother father cousin family married',
  SAY: 'said says told tells say tell stated stating briefed briefing explained confirmed confided revealed disclosed according noted added',
  // law, policy and the past
  DEFENCE:
    'defend defence defense defensive protect protection patch patched patching mitigate mitigation harden hardening monitor monitoring detect detection resilience secure securing block blocking sinkhole restore recover recovery investigate investigation',
  LAW: 'law legal international norms charter sovereignty framework principles obligations commitment commitments responsible-state',
};

/** Word → its classes (a word may belong to several). */
export const WORD_CLASSES: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [cls, words] of Object.entries(CLASSES))
    for (const w of words.split(/\s+/)) {
      if (!w) continue;
      const list = m.get(w);
      if (list) {
        if (!list.includes(cls)) list.push(cls);
      } else m.set(w, [cls]);
    }
  return m;
})();

/** The classes of a lower-cased word: its own entry, else that of its stem (-s, -es, -ed, -ing, -ion stripped). */
export function classesOf(word: string): readonly string[] | undefined {
  const own = WORD_CLASSES.get(word);
  if (own) return own;
  for (const cut of ['ing', 'ed', 'es', 's', 'ion', 'd', 'e']) {
    if (word.length - cut.length < 3 || !word.endsWith(cut)) continue;
    const hit = WORD_CLASSES.get(word.slice(0, -cut.length));
    if (hit) return hit;
  }
  return undefined;
}
