import { type ActorPhrase, actorPhrases } from './actor-phrases';
import { type Certainty, type ConstructionSet, createMatcher, type TaggedToken } from './constructions';
import { type Mention, withoutHash, wordEnd } from './entities';
import { type Sentence, tagSentence } from './sentences';

export interface Attribution {
  mention: Mention;
  /** The construction (pattern id) that found the author. */
  relation: string;
  certainty: Certainty;
  /** UTF-16 offsets of the actor phrase in the clause. */
  start: number;
  end: number;
  /** Set when the span names an attack ("Russia's cyber-attacks") or its actors ("Russian hackers"). */
  names?: 'activity' | 'actors';
}

const matchers = new WeakMap<ConstructionSet, ReturnType<typeof createMatcher>>();

/** Where a token ends as a word: before a closing bracket glued to it ("China]/[The"). */

/**
 * The text between two tokens as their boundary: the tokenizer keeps what follows a word ("," in "wiper, a") but
 * drops what opens the next ("(" in "wiper (a tool of …"), so a parenthesis would not count as a comma boundary.
 */
function withOpeningPunctuation(sentence: Sentence, tokens: TaggedToken[]): TaggedToken[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i]!;
    const between = sentence.text.slice(tok.end - sentence.start, tokens[i + 1]!.start - sentence.start);
    if (between.length > tok.post.length && /[([{—–]/.test(between)) tok.post = between;
  }
  return tokens;
}

function lengthOf(set: ConstructionSet) {
  const cache = new Map<string, Map<string, string[][]>>();
  return (cls: string, toks: readonly TaggedToken[], i: number): number => {
    let byFirst = cache.get(cls);
    if (!byFirst) {
      byFirst = new Map();
      for (const e of set.classes.get(cls) ?? []) byFirst.set(e[0]!, [...(byFirst.get(e[0]!) ?? []), e]);
      cache.set(cls, byFirst);
    }
    let best = 0;
    for (const e of byFirst.get(toks[i]?.norm ?? '') ?? [])
      if (e.length > best && e.every((w, k) => toks[i + k]?.norm === w)) best = e.length;
    return best;
  };
}
const lengths = new WeakMap<ConstructionSet, ReturnType<typeof lengthOf>>();

/**
 * Who did what: the mentions a sentence names as the author of an attack, found by the construction set's
 * patterns over compromise's tags and the sentence's actor phrases. A mention as victim, place, ally reacting or
 * addressee of an unrelated request matches no pattern (or an antipattern) and is not an attribution.
 */
const tagged = new WeakMap<Sentence, TaggedToken[]>();
const results = new WeakMap<Sentence, Map<string, Attribution[]>>();

export function findAttributions(
  sentence: Sentence,
  mentions: Mention[],
  set: ConstructionSet,
  /** LT85: a text with the sentence's words (its chunk, whose gate answer is remembered), asked instead of it. */
  sameWords: string = sentence.text,
): Attribution[] {
  if (mentions.length === 0) return [];
  if (!set.gate.test(sameWords) && !mentions.some((m) => m.kind === 'group')) return [];
  // policies with the same entity kinds (FR, UK) share one analysis of the sentence
  const key = `${set.name}|${mentions.map((m) => m.first).join(',')}`;
  let memo = results.get(sentence);
  const known = memo?.get(key);
  if (known) return known;
  const found = analyse(sentence, mentions, set);
  if (!memo) {
    memo = new Map();
    results.set(sentence, memo);
  }
  memo.set(key, found);
  return found;
}

function analyse(sentence: Sentence, mentions: Mention[], set: ConstructionSet): Attribution[] {
  let matcher = matchers.get(set);
  if (!matcher) {
    matcher = createMatcher(set);
    matchers.set(set, matcher);
  }
  let len = lengths.get(set);
  if (!len) {
    len = lengthOf(set);
    lengths.set(set, len);
  }
  let tokens = tagged.get(sentence);
  if (!tokens) {
    tokens = withOpeningPunctuation(sentence, tagSentence(sentence));
    // a hashtag is read as its word ("#CyberAttack" as "cyberattack") by the word classes
    for (const t of tokens) t.norm = withoutHash(t.norm);
    tagged.set(sentence, tokens);
  }
  const phrases = actorPhrases(tokens, mentions, { lengthOf: len });
  const actorsAt = new Map<number, ActorPhrase[]>();
  for (const p of phrases) actorsAt.set(p.first, [...(actorsAt.get(p.first) ?? []), p]);
  for (const list of actorsAt.values()) list.sort((a, b) => b.last - a.last);
  const seen = new Set<Mention>();
  const out: Attribution[] = [];
  const matches = matcher({ tokens, actorsAt });
  // sure readings first, so an unsure reading of the same mention is dropped
  matches.sort((a, b) =>
    a.pattern.certainty === b.pattern.certainty ? 0 : a.pattern.certainty === 'sure' ? -1 : 1,
  );
  for (const m of matches) {
    if (seen.has(m.actor.mention)) continue;
    seen.add(m.actor.mention);
    const a = m.actor;
    const whole = m.pattern.span === 'match';
    const names = m.pattern.names ?? (!whole && a.last > a.mention.last ? 'actors' : undefined);
    out.push({
      mention: a.mention,
      relation: m.pattern.id,
      certainty: m.pattern.certainty,
      start: tokens[whole ? m.start : a.first]!.start,
      end: wordEnd(tokens[whole ? m.end - 1 : a.last]!),
      ...(names ? { names } : {}),
    });
  }
  return out.sort((x, y) => x.start - y.start);
}
