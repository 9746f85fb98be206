/**
 * Constructions as data: token patterns (in the manner of LanguageTool's pattern rules with antipatterns, and
 * Vale's sequences) over compromise's part-of-speech tags, word classes and the state-linked actor phrases of a
 * sentence. A construction file (policies/*.yaml with `constructions:`) names word classes, reusable phrases
 * and patterns; a new phrasing is a data change. Pattern syntax, one element per space-separated item:
 *
 *   word|other     a token whose normal form is one of these
 *   @class         a word (or multi-word entry) of a class            %phrase   any alternative of a phrase
 *   #Tag           a token compromise tags so (#Verb, #Adverb, #Determiner, #Gerund, …; #A|B for either)
 *   $actor         a state-linked actor phrase (the span reported)     $actor:group,agency  of these kinds
 *   $threat        an actor phrase of a state with known threat groups  $poss  an actor phrase ending in 's
 *   $hostile       an actor phrase headed by a hostile actor noun (@hostile-noun: "Russian hackers")
 *   $demonym       a bare demonym ("Russian" in "Russian cyber-attacks")
 *   _              any token;  ~  any token not after a comma;  ,  a comma (or dash, parenthesis) boundary here
 *   ^              the start of the sentence;  !x  a token that is not x;  x&y  a token that is both
 *   suffix ? * + {m,n}   optional, up to 4, 1 to 4, m to n times
 */
import type { ActorPhrase } from './actor-phrases';
import { createStemIndex } from './class-stems';
import type { Token } from './sentences';

export type Certainty = 'sure' | 'unsure';

export interface TaggedToken extends Token {
  /** compromise's part-of-speech tags (computed for the whole sentence on first use). */
  tags: { has(tag: string): boolean };
}

type Atom =
  | { t: 'words'; words: ReadonlySet<string> }
  | { t: 'class'; name: string }
  | { t: 'tag'; tags: string[] }
  | { t: 'any' }
  | { t: 'near' }
  | { t: 'not'; atom: Atom }
  | { t: 'alt'; atoms: Atom[] }
  | { t: 'both'; atoms: Atom[] };

type Element =
  | { t: 'atom'; atom: Atom; min: number; max: number }
  | { t: 'phrase'; name: string; min: number; max: number }
  | { t: 'actor'; slot: 'actor' | 'threat' | 'poss' | 'demonym' | 'hostile'; kinds?: string[] }
  | { t: 'comma'; optional: boolean }
  | { t: 'start' };

export interface CompiledPattern {
  id: string;
  certainty: Certainty;
  elements: Element[];
  antipatterns: Element[][];
  requires: string[];
  span: 'actor' | 'match';
  names?: 'activity' | 'actors';
}

export interface ConstructionSet {
  name: string;
  /** class name → entries as word sequences */
  classes: Map<string, string[][]>;
  phrases: Map<string, Element[][]>;
  patterns: CompiledPattern[];
  /** Words of the gate classes: a sentence with none of them is never tagged or matched. */
  gate: { test(text: string): boolean };
}

const QUANT = /^(.*?)(\?|\*|\+|\{(\d+),(\d+)\})$/;

function parseAtom(src: string, classes: ReadonlySet<string>, problems: string[]): Atom {
  if (src.startsWith('!') && src.length > 1)
    return { t: 'not', atom: parseAtom(src.slice(1), classes, problems) };
  if (
    src.includes('|') &&
    src.split('|').some((p) => p.startsWith('@') || p.startsWith('#')) &&
    !src.startsWith('#')
  )
    return { t: 'alt', atoms: src.split('|').map((p) => parseAtom(p, classes, problems)) };
  // "@harm-verb&!#Gerund": one token that fills every part (the lengths of the first part)
  if (src.includes('&') && !src.startsWith('&') && !src.endsWith('&'))
    return { t: 'both', atoms: src.split('&').map((p) => parseAtom(p, classes, problems)) };
  if (src === '_') return { t: 'any' };
  if (src === '~') return { t: 'near' };
  if (src.startsWith('@')) {
    const name = src.slice(1);
    if (!classes.has(name)) problems.push(`unknown class @${name}`);
    return { t: 'class', name };
  }
  if (src.startsWith('#')) return { t: 'tag', tags: src.slice(1).split('|') };
  // "=" is a word of its own in terse notes ("2nd wave = CN MSS")
  if (!/^[\p{L}\p{N}'’.=-]+(?:\|[\p{L}\p{N}'’.=-]+)*$/u.test(src))
    problems.push(`cannot read element "${src}"`);
  return { t: 'words', words: new Set(src.toLowerCase().split('|')) };
}

/** Parses one pattern string; problems (unknown class, bad element) are collected, not thrown. */
export function parsePattern(
  src: string,
  classes: ReadonlySet<string>,
  phrases: ReadonlySet<string>,
  problems: string[],
): Element[] {
  const out: Element[] = [];
  for (const raw of src.trim().split(/\s+/)) {
    if (raw === ',' || raw === ',?') {
      out.push({ t: 'comma', optional: raw === ',?' });
      continue;
    }
    if (raw === '^') {
      out.push({ t: 'start' });
      continue;
    }
    if (raw.startsWith('$')) {
      const [slot, kinds] = raw.slice(1).split(':');
      if (
        slot !== 'actor' &&
        slot !== 'threat' &&
        slot !== 'poss' &&
        slot !== 'demonym' &&
        slot !== 'hostile'
      ) {
        problems.push(`unknown slot ${raw}`);
        continue;
      }
      out.push({ t: 'actor', slot, ...(kinds ? { kinds: kinds.split(',') } : {}) });
      continue;
    }
    const q = QUANT.exec(raw);
    const body = q ? q[1]! : raw;
    let min = 1;
    let max = 1;
    if (q) {
      if (q[2] === '?') [min, max] = [0, 1];
      else if (q[2] === '*') [min, max] = [0, 4];
      else if (q[2] === '+') [min, max] = [1, 4];
      else [min, max] = [Number(q[3]), Number(q[4])];
    }
    if (body.startsWith('%')) {
      const name = body.slice(1);
      if (!phrases.has(name)) problems.push(`unknown phrase %${name}`);
      out.push({ t: 'phrase', name, min, max });
      continue;
    }
    out.push({ t: 'atom', atom: parseAtom(body, classes, problems), min, max });
  }
  return out;
}

export interface SentenceView {
  tokens: readonly TaggedToken[];
  /** actor phrases by first token index */
  actorsAt: ReadonlyMap<number, readonly ActorPhrase[]>;
}

const COMMA = /[,;:()—–]/;
/** After a comma, semicolon, colon, parenthesis or dash; a spaced hyphen (" - ") is a dash, "Russia-linked" is not. */
const afterComma = (toks: readonly TaggedToken[], i: number): boolean => {
  if (i <= 0) return false;
  const post = toks[i - 1]!.post;
  return post.includes('-') ? /\s/.test(post) : COMMA.test(post);
};

export interface Match {
  actor: ActorPhrase;
  start: number;
  end: number;
}

/** Matches compiled patterns over one sentence. */
export function createMatcher(set: ConstructionSet) {
  const classFirst = new Map<string, Map<string, string[][]>>();
  for (const [name, entries] of set.classes) {
    const byFirst = new Map<string, string[][]>();
    for (const e of entries) {
      const list = byFirst.get(e[0]!) ?? [];
      list.push(e);
      byFirst.set(e[0]!, list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
    classFirst.set(name, byFirst);
  }
  // LT109: the stem entries ("saldiri*") a token falls under, looked up as entries of their own
  const stemsOf = createStemIndex([...set.classes.values()].flatMap((es) => es.map((e) => e[0]!)));
  const entriesAt = (byFirst: Map<string, string[][]> | undefined, norm: string): string[][] | undefined => {
    const direct = byFirst?.get(norm);
    if (direct || !byFirst) return direct;
    for (const key of stemsOf(norm)) {
      const entries = byFirst.get(key);
      if (entries) return entries;
    }
    return undefined;
  };

  /** Lengths (in tokens) of the ways an atom can match at i. */
  const ONE: readonly number[] = [1];
  const NONE: readonly number[] = [];
  const atomLengths = (atom: Atom, toks: readonly TaggedToken[], i: number): readonly number[] => {
    const tok = toks[i];
    if (!tok) return NONE;
    switch (atom.t) {
      case 'any':
        return ONE;
      case 'near':
        return afterComma(toks, i) ? NONE : ONE;
      case 'words':
        return atom.words.has(tok.norm) || atom.words.has(tok.text.toLowerCase()) ? ONE : NONE;
      case 'tag':
        for (const t of atom.tags) if (tok.tags.has(t)) return ONE;
        return NONE;
      case 'class': {
        const entries = entriesAt(classFirst.get(atom.name), tok.norm);
        if (!entries) return NONE;
        if (entries.length === 1 && entries[0]!.length === 1) return ONE;
        const out: number[] = [];
        for (const e of entries) {
          let ok = true;
          for (let k = 1; k < e.length; k++) if (toks[i + k]?.norm !== e[k]) ok = false;
          if (ok) out.push(e.length);
        }
        return out;
      }
      case 'not':
        return atomLengths(atom.atom, toks, i).length > 0 ? NONE : ONE;
      case 'both': {
        const first = atomLengths(atom.atoms[0]!, toks, i);
        if (first.length === 0) return NONE;
        for (let k = 1; k < atom.atoms.length; k++)
          if (atomLengths(atom.atoms[k]!, toks, i).length === 0) return NONE;
        return first;
      }
      case 'alt': {
        let out: number[] | undefined;
        for (const a of atom.atoms) {
          const lens = atomLengths(a, toks, i);
          if (lens.length === 0) continue;
          if (!out && atom.atoms.length > 0) out = [];
          out!.push(...lens);
        }
        return out ?? NONE;
      }
    }
  };

  const classAtoms = new Map<string, Atom>();
  const classAtom = (name: string): Atom => {
    let a = classAtoms.get(name);
    if (!a) {
      a = { t: 'class', name };
      classAtoms.set(name, a);
    }
    return a;
  };
  // the classes by the first word of their entries: a sentence's classes are found in one pass over its tokens,
  // one look-up per token (not one scan of the sentence per class a pattern asks about)
  // a class is known by its index (LT69): a sentence's classes are one flag each, not a set of names
  const classIds = new Map([...classFirst.keys()].map((name, id) => [name, id]));
  const classesByFirst = new Map<string, { id: number; entries: string[][] }[]>();
  for (const [name, byFirst] of classFirst)
    for (const [word, entries] of byFirst) {
      const list = classesByFirst.get(word) ?? [];
      list.push({ id: classIds.get(name)!, entries });
      classesByFirst.set(word, list);
    }
  /** The classes with an entry somewhere in the sentence (as a class atom would match it at some token): 1 by id. */
  const classesIn = (toks: readonly TaggedToken[]): Uint8Array => {
    const found = new Uint8Array(classIds.size);
    for (let i = 0; i < toks.length; i++) {
      for (const { id, entries } of classesByFirst.get(toks[i]!.norm) ?? []) {
        if (found[id] === 1) continue;
        if (entries.some((e) => e.every((w, k) => k === 0 || toks[i + k]?.norm === w))) found[id] = 1;
      }
      for (const key of stemsOf(toks[i]!.norm))
        for (const { id } of classesByFirst.get(key) ?? []) found[id] = 1;
    }
    return found;
  };

  /** The phrase ends in a hostile actor noun of one word ("hackers") or more ("IT workers"). */
  const endsInHostileNoun = (a: ActorPhrase, toks: readonly TaggedToken[]): boolean => {
    const hostile = classAtom('hostile-noun');
    for (let k = a.last; k > a.mention.last && k > a.last - 3; k--)
      if (atomLengths(hostile, toks, k).includes(a.last - k + 1)) return true;
    return false;
  };

  /** Whether an actor phrase can fill a slot ($threat, $poss, $hostile, $demonym, :kinds). */
  const fits = (
    el: Extract<Element, { t: 'actor' }>,
    a: ActorPhrase,
    toks: readonly TaggedToken[],
  ): boolean => {
    if (el.slot === 'threat' && !a.threat) return false;
    if (el.slot === 'hostile' && (a.last === a.mention.last || !endsInHostileNoun(a, toks))) return false;
    if (el.slot === 'poss' && !a.possessive) return false;
    if (el.slot === 'demonym' ? !a.bareDemonym : a.bareDemonym) return false;
    if (el.kinds && !el.kinds.includes(a.kind)) return false;
    return true;
  };

  const cheap = (atom: Atom): boolean =>
    atom.t === 'words' || atom.t === 'class' || (atom.t === 'alt' && atom.atoms.every(cheap));
  /** False when element k+1 is a required word or class that matches nowhere in [from, to]. */
  const canFollow = (
    elements: readonly Element[],
    k: number,
    toks: readonly TaggedToken[],
    from: number,
    to: number,
  ): boolean => {
    const next = elements[k + 1];
    if (next?.t !== 'atom' || next.min === 0 || !cheap(next.atom)) return true;
    for (let p = from; p <= to && p < toks.length; p++)
      if (atomLengths(next.atom, toks, p).length > 0) return true;
    return false;
  };

  /** Continuation-passing matcher: calls `done(end, actor)` for every way elements[k..] match from i. */
  const matchFrom = (
    elements: readonly Element[],
    k: number,
    view: SentenceView,
    i: number,
    actor: ActorPhrase | undefined,
    done: (end: number, actor: ActorPhrase | undefined) => boolean,
  ): boolean => {
    if (k === elements.length) return done(i, actor);
    const el = elements[k]!;
    const toks = view.tokens;
    switch (el.t) {
      case 'start':
        return i === 0 && matchFrom(elements, k + 1, view, i, actor, done);
      case 'comma':
        return (
          ((afterComma(toks, i) || toks[i]?.text === '—') &&
            matchFrom(elements, k + 1, view, toks[i]?.text === '—' ? i + 1 : i, actor, done)) ||
          (el.optional && matchFrom(elements, k + 1, view, i, actor, done))
        );
      case 'actor': {
        for (const a of view.actorsAt.get(i) ?? []) {
          if (!fits(el, a, toks)) continue;
          if (matchFrom(elements, k + 1, view, a.last + 1, actor ?? a, done)) return true;
        }
        return false;
      }
      case 'atom':
      case 'phrase':
        return repeat(elements, k, el, view, 0, i, actor, done);
    }
  };

  /** Element k (an atom or phrase) has matched `count` times, ending at `at`: go on to k+1, or match it again. */
  const repeat = (
    elements: readonly Element[],
    k: number,
    el: Extract<Element, { t: 'atom' | 'phrase' }>,
    view: SentenceView,
    count: number,
    at: number,
    actor: ActorPhrase | undefined,
    done: (end: number, actor: ActorPhrase | undefined) => boolean,
  ): boolean => {
    if (count >= el.min && matchFrom(elements, k + 1, view, at, actor, done)) return true;
    if (count >= el.max) return false;
    if (el.t === 'atom') {
      // a tag is looked at only where the next (word or class) element could follow it: tagging is the cost
      if (el.atom.t === 'tag' && !canFollow(elements, k, view.tokens, at + 1, at + el.max - count))
        return false;
      for (const len of atomLengths(el.atom, view.tokens, at))
        if (repeat(elements, k, el, view, count + 1, at + len, actor, done)) return true;
      return false;
    }
    for (const alt of set.phrases.get(el.name) ?? []) {
      if (
        matchFrom(
          alt,
          0,
          view,
          at,
          actor,
          (end) => end > at && repeat(elements, k, el, view, count + 1, end, actor, done),
        )
      )
        return true;
    }
    return false;
  };

  const maxLen = (els: readonly Element[]): number =>
    els.reduce((n, el) => {
      if (el.t === 'atom') return n + el.max * atomMax(el.atom);
      if (el.t === 'phrase') return n + el.max * Math.max(0, ...(set.phrases.get(el.name) ?? []).map(maxLen));
      if (el.t === 'comma') return n + 1;
      return n + 8;
    }, 0);
  const atomMax = (atom: Atom): number =>
    atom.t === 'class'
      ? Math.max(1, ...(set.classes.get(atom.name) ?? []).map((e) => e.length))
      : atom.t === 'alt' || atom.t === 'both'
        ? Math.max(...atom.atoms.map(atomMax))
        : 1;
  /** A class's index; an unknown class (a policy error) is in no sentence. */
  const classId = (name: string): number => classIds.get(name) ?? -1;
  /**
   * What a pattern needs in the sentence (classes by index, required word sets), how many tokens it can span before
   * its actor slot, and how many each antipattern can span: once per pattern, not per sentence (LT69).
   */
  // LT85: the patterns' required word sets by index, and the sets each word is in: which sets a sentence has a word
  // of is one look-up per distinct token norm, not one scan of every set of every pattern per sentence
  const wordSetIds = new Map<ReadonlySet<string>, number>();
  const setsByWord = new Map<string, number[]>();
  const wordSetId = (words: ReadonlySet<string>): number => {
    let id = wordSetIds.get(words);
    if (id === undefined) {
      id = wordSetIds.size;
      wordSetIds.set(words, id);
      for (const w of words) {
        const ids = setsByWord.get(w);
        if (ids) ids.push(id);
        else setsByWord.set(w, [id]);
      }
    }
    return id;
  };
  const shapes = set.patterns.map((p) => {
    const top = p.elements.filter((e): e is Extract<Element, { t: 'atom' }> => e.t === 'atom' && e.min > 0);
    const slot = p.elements.findIndex((e) => e.t === 'actor');
    return {
      requires: p.requires.map(classId),
      classes: top.flatMap((e) => (e.atom.t === 'class' ? [classId(e.atom.name)] : [])),
      words: top.flatMap((e) => (e.atom.t === 'words' ? [wordSetId(e.atom.words)] : [])),
      before: maxLen(p.elements.slice(0, slot)),
      slot: p.elements[slot] as Extract<Element, { t: 'actor' }>,
      antipatternLengths: p.antipatterns.map(maxLen),
    };
  });

  const matchesAt = (elements: readonly Element[], view: SentenceView, i: number) => {
    let found: { end: number; actor: ActorPhrase | undefined } | undefined;
    matchFrom(elements, 0, view, i, undefined, (end, actor) => {
      found = { end, actor };
      return true;
    });
    return found;
  };

  return (view: SentenceView): (Match & { pattern: CompiledPattern })[] => {
    const out: (Match & { pattern: CompiledPattern })[] = [];
    const n = view.tokens.length;
    const anti = (p: CompiledPattern, lengths: readonly number[], actor: ActorPhrase): boolean =>
      p.antipatterns.some((ap, k) => {
        // any way the antipattern matches from i that reaches the actor (a list "in Germany, Russia and China"
        // reaches its last member only on its longest match); a match inside the actor phrase is its own link
        // ("of" in "officers of Russia's military intelligence"), not a role of the phrase
        for (let i = Math.max(0, actor.first - lengths[k]!); i <= actor.last && i < n; i++)
          if (
            matchFrom(
              ap,
              0,
              view,
              i,
              undefined,
              (end) => end > actor.first && !(i > actor.first && end <= actor.last + 1),
            )
          )
            return true;
        return false;
      });
    let present: Uint8Array | undefined;
    const has = (cls: number): boolean => {
      present ??= classesIn(view.tokens);
      return present[cls] === 1;
    };
    // the required word sets with a word among the tokens' norms (LT85): 1 by index
    const wordSetsPresent = new Uint8Array(wordSetIds.size);
    for (const t of view.tokens) {
      const ids = setsByWord.get(t.norm);
      if (ids) for (const id of ids) wordSetsPresent[id] = 1;
    }
    const anyIn = (id: number): boolean => wordSetsPresent[id] === 1;
    const actorStarts = [...view.actorsAt.keys()];
    const startAt = new Uint8Array(Math.max(n, ...actorStarts.map((a) => a + 1)));
    const sure = new Set<ActorPhrase>();
    for (let pi = 0; pi < set.patterns.length; pi++) {
      const p = set.patterns[pi]!;
      const {
        requires,
        classes: needClasses,
        words: needWords,
        before,
        slot,
        antipatternLengths,
      } = shapes[pi]!;
      if (requires.length > 0 && !requires.some(has)) continue;
      if (!needClasses.every(has) || !needWords.every(anyIn)) continue;
      // where a match may start, in ascending order without repeats: a flag per token, not a set to sort
      startAt.fill(0);
      let from = n;
      let to = -1;
      for (const a of actorStarts) {
        const here = view.actorsAt.get(a)!;
        // an actor already read as the sure author needs no other pattern; one that cannot fill the slot
        // ($threat, $poss, :group …) is never tried, so no tagging is paid for it
        if (here.every((x) => sure.has(x) || !fits(slot, x, view.tokens))) continue;
        const lo = Math.max(0, a - before);
        for (let i = lo; i <= a; i++) startAt[i] = 1;
        if (lo < from) from = lo;
        if (a > to) to = a;
      }
      const first = p.elements[0]!;
      for (let i = from; i <= to; i++) {
        if (startAt[i] === 0) continue;
        // a match starts only where its first element can: the sentence start, or a required word or class
        if (first.t === 'start' && i !== 0) continue;
        if (
          first.t === 'atom' &&
          first.min > 0 &&
          cheap(first.atom) &&
          !atomLengths(first.atom, view.tokens, i).length
        )
          continue;
        const m = matchesAt(p.elements, view, i);
        if (!m?.actor) continue;
        if (
          out.some((o) => o.actor === m.actor && (o.pattern.certainty === 'sure' || p.certainty === 'unsure'))
        )
          continue;
        if (anti(p, antipatternLengths, m.actor)) continue;
        out.push({ pattern: p, actor: m.actor, start: i, end: m.end });
        if (p.certainty === 'sure') sure.add(m.actor);
      }
    }
    // a sure reading of an actor replaces an unsure one
    return out.filter(
      (o) =>
        o.pattern.certainty === 'sure' ||
        !out.some((x) => x.actor === o.actor && x.pattern.certainty === 'sure'),
    );
  };
}
