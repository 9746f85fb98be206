import type { TaggedToken } from './constructions';
import type { Mention } from './entities';
import type { EntityKind } from './gazetteer';
import { THREAT_STATES } from './gazetteer';

/**
 * A state-linked actor phrase: a gazetteer mention with what makes it an actor around it — the actor noun it
 * modifies ("Russian hackers", "Russia's GRU"), the head it hangs on ("the regime in Minsk", "hackers working
 * for Iran's MOIS", "a group linked to China's MSS") or a linked compound ("Kremlin-backed actors").
 */
export interface ActorPhrase {
  mention: Mention;
  kind: EntityKind;
  first: number;
  last: number;
  /** The phrase ends in a possessive ("Russia's" in "Russia's role in"). */
  possessive: boolean;
  /** A demonym with no actor noun after it ("Russian" in "Russian cyber-attacks"). */
  bareDemonym: boolean;
  /** The state has known threat groups or cyber agencies (the unsure fallback applies to it). */
  threat: boolean;
}

export interface ActorWords {
  /** true when the words from i on are an entry of the class; returns its length in tokens (0 = no). */
  lengthOf(cls: string, toks: readonly TaggedToken[], i: number): number;
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'these',
  'those',
  'that',
  'his',
  'her',
  'our',
]);
const isDet = (t: TaggedToken | undefined) => !!t && DETERMINERS.has(t.norm);

/** Builds actor phrases for a sentence's mentions, using the construction set's actor-noun, modifier and link classes. */
export function actorPhrases(
  toks: readonly TaggedToken[],
  mentions: readonly Mention[],
  w: ActorWords,
): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  const covered = new Set<Mention>();
  // after token `last`: actor modifiers then an actor noun → index of that noun, else -1
  // (a word may be both: "intelligence" in "military intelligence" is the noun, in "intelligence officers" a modifier)
  const actorNounAfter = (last: number): number => {
    // a closing bracket glued to the word ends the phrase ("[The Russian Government]/[A State actor]")
    if (toks[last]!.text.includes(']')) return -1;
    let j = last + 1;
    let found = -1;
    for (let n = 0; n < 5; n++) {
      const noun = w.lengthOf('actor-noun', toks, j);
      if (noun) found = j + noun - 1;
      const len = w.lengthOf('actor-modifier', toks, j);
      if (!len || toks[j + len - 1]!.possessive) break;
      j += len;
    }
    return found;
  };
  for (const m of mentions) {
    if (covered.has(m)) continue;
    let last = m.last;
    // "Russia's GRU", "Iran's Ministry of Intelligence", "the Reconnaissance General Bureau of North Korea"
    for (;;) {
      if (toks[last]!.text.includes(']')) break;
      const next = byFirst.get(last + 1);
      if (next && toks[last]!.possessive) {
        covered.add(next);
        last = next.last;
        continue;
      }
      // "Russian GRU", "Chinese MSS", "General Staff Main Intelligence Directorate": one body of the same state
      if (
        next &&
        next.state === m.state &&
        next.kind !== 'state' &&
        next.kind !== 'demonym' &&
        next.kind !== 'capital' &&
        !/[,;:()—–]/.test(toks[last]!.post)
      ) {
        covered.add(next);
        last = next.last;
        continue;
      }
      const ofNext =
        toks[last + 1]?.norm === 'of' && !toks[last]!.possessive
          ? (byFirst.get(last + 2) ?? (isDet(toks[last + 2]) ? byFirst.get(last + 3) : undefined))
          : undefined;
      if (ofNext && m.kind !== 'state' && m.kind !== 'demonym') {
        covered.add(ofNext);
        last = ofNext.last;
        continue;
      }
      break;
    }
    let bareDemonym = false;
    const tail = toks[last]!;
    // "Russia-linked actors", "IRGC-affiliated CyberAv3ngers"
    if (tail.post.trim() === '-' && w.lengthOf('link-word', toks, last + 1)) {
      let end = last + 1;
      const noun = actorNounAfter(end);
      const group = byFirst.get(end + 1);
      if (noun >= 0) end = noun;
      else if (group) {
        covered.add(group);
        end = group.last;
      }
      last = end;
    } else {
      const noun = actorNounAfter(last);
      if (noun >= 0) last = noun;
      else if (m.kind === 'demonym' && last === m.last) bareDemonym = true;
    }
    const phrase: ActorPhrase = {
      mention: m,
      kind: m.kind,
      first: m.first,
      last,
      possessive: toks[last]!.possessive,
      bareDemonym,
      threat: THREAT_STATES.has(m.state),
    };
    out.push(phrase);
    if (bareDemonym) continue;
    // the head the phrase hangs on: "the regime in Minsk", "hackers working for Iran's MOIS"
    let p = m.first - 1;
    if (isDet(toks[p])) p--;
    let linked = 0;
    for (let back = 1; back <= 5 && p - back + 1 >= 0; back++) {
      const s = p - back + 1;
      const len = w.lengthOf('head-link', toks, s);
      if (len === back) {
        linked = back;
        break;
      }
    }
    if (!linked) continue;
    let h = p - linked;
    if (h >= 0 && toks[h]!.post.includes(',')) {
      // "The operators, controlled by …": the head before the comma
    }
    while (h >= 0 && !w.lengthOf('actor-noun', toks, h) && h > p - linked - 1) h--;
    if (h < 0 || !w.lengthOf('actor-noun', toks, h)) continue;
    let first = h;
    while (first > 0 && (isDet(toks[first - 1]) || w.lengthOf('actor-modifier', toks, first - 1))) first--;
    out.push({ ...phrase, first, possessive: toks[last]!.possessive });
  }
  return out;
}
