import { foldWord } from './fold-word';
import { type EntityKind, EU_MEMBER_STATES, GAZETTEER } from './gazetteer';
import { rememberedTest } from './remembered-test';
import type { Sentence, Token } from './sentences';

export interface Mention {
  kind: EntityKind;
  state: string;
  euMember: boolean;
  /** Token indices (inclusive) within the sentence. */
  first: number;
  last: number;
  start: number;
  end: number;
}

/** How a name's first token must be written: acronyms in upper case, single-word group aliases capitalised. */
type CaseRule = 'upper' | 'title' | 'any';

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: { kind: EntityKind; state: string; caseRule: CaseRule }[];
}

function caseRuleOf(kind: EntityKind, name: string): CaseRule {
  const first = name.split(/[\s-]+/)[0] ?? '';
  if ((first.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && first === first.toUpperCase()) return 'upper';
  if (kind === 'group' && !/[\s-]/.test(name)) return 'title';
  return 'any';
}

function caseHolds(rule: CaseRule, text: string): boolean {
  if (rule === 'upper') {
    const name = text.replace(/['’]s$/, '').replace(APOSTROPHE_SUFFIX, '');
    return name === name.toUpperCase();
  }
  if (rule === 'title') return /^\p{Lu}/u.test(text);
  return true;
}

/** A word as the trie holds it: folded (foldWord), and "ł" read as "l" as the tokenizer reads it ("Białoruś" →
 * "bialorus"; NFD does not decompose it). */
const foldNameWord = (w: string): string => {
  const folded = foldWord(w);
  return folded.includes('ł') ? folded.replace(/ł/g, 'l') : folded;
};

const normalise = (s: string): string => foldNameWord(s).replace(/['’]s$/, '');

function buildTrie(): { root: TrieNode; firstWords: Set<string>; groupWords: Set<string> } {
  const root: TrieNode = { next: new Map(), entries: [] };
  const names: string[][] = [];
  const groupNames: string[][] = [];
  for (const entry of GAZETTEER) {
    for (const name of entry.names) {
      const words = name.split(/[\s-]+/).map(normalise);
      names.push(words);
      if (entry.kind === 'group') groupNames.push(words);
      let node = root;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) {
          child = { next: new Map(), entries: [] };
          node.next.set(w, child);
        }
        node = child;
      }
      node.entries.push({ kind: entry.kind, state: entry.state, caseRule: caseRuleOf(entry.kind, name) });
    }
  }
  // The pre-check needs one word that every mention of a name contains: its rarest word across all names
  // ("russian" in "Russian security services", not "services"), so ordinary words rarely pass it.
  const frequency = new Map<string, number>();
  for (const words of names)
    for (const w of new Set(words.flatMap((x) => x.split(/[^\p{L}\p{N}]+/u))))
      frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const keysOf = (list: string[][]): Set<string> => {
    const keyWords = new Set<string>();
    for (const words of list) {
      const key = words
        .flatMap((w) => w.split(/[^\p{L}\p{N}]+/u))
        .filter((w) => w.length > 0)
        .sort((x, y) => frequency.get(x)! - frequency.get(y)! || y.length - x.length)[0];
      if (key) keyWords.add(key);
    }
    return keyWords;
  };
  return { root, firstWords: keysOf(names), groupWords: keysOf(groupNames) };
}

const { root: TRIE, firstWords: FIRST_WORDS, groupWords: GROUP_WORDS } = buildTrie();
const KIND_PRIORITY: EntityKind[] = ['agency', 'group', 'leader', 'capital', 'state', 'demonym'];

const WORD = /[\p{L}\p{N}]+/gu;

/** True when some word of the text is a key word of a name: a set look-up per word, no large expression. */
function hasKeyWord(keys: ReadonlySet<string>, text: string): boolean {
  WORD.lastIndex = 0;
  // LT93: the text's words folded as the trie's ("białoruskie" → "bialoruskie")
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) if (keys.has(foldNameWord(m[0]))) return true;
  return false;
}

/** Cheap pre-check so clauses that name no entity never pay for tokenizing. */
export const MAY_MENTION_ENTITY = rememberedTest((text) => hasKeyWord(FIRST_WORDS, text));

/** Pre-check for threat-group names: a group named in a clause is worth analysing even without attack words. */
export const MAY_MENTION_GROUP = rememberedTest((text) => hasKeyWord(GROUP_WORDS, text));

/**
 * A word glued to bracketed drafting alternatives ("China]/[The" in "[… to China]/[The Parties …]") is read up to
 * its closing bracket: the tokenizer keeps "]/[" inside one token.
 */
export const beforeBracket = (w: string): string => {
  const at = w.indexOf(']');
  return at > 0 ? w.slice(0, at) : w;
};
/** Where a token's word ends: before a bracket glued to it ("China]/[The"). */
export const wordEnd = (t: Pick<Token, 'start' | 'text'>): number => t.start + beforeBracket(t.text).length;

/** A hashtag names what it tags ("#Sandworm", "#GRU"): the mark is not part of the name. */
export const withoutHash = (w: string): string => (w.length > 1 && w.startsWith('#') ? w.slice(1) : w);

// compromise reads "İ" as "ii" ("İran" → "iiran"): such a token is folded from its text
const tokenNorm = (t: Token): string =>
  foldWord(beforeBracket(withoutHash(t.text.includes('İ') ? t.text : t.norm)));

/** LT109: a case ending after an apostrophe, as Turkish writes it on names ("Rusya'nın", "GRU'nun", "Çin'e"). */
const APOSTROPHE_SUFFIX = /['’]\p{L}{1,5}$/u;
const withoutSuffix = (w: string): string | undefined => {
  const m = APOSTROPHE_SUFFIX.exec(w);
  return m && m.index > 1 ? w.slice(0, m.index) : undefined;
};

/** Longest-match gazetteer look-up over a sentence's tokens. */
export function findMentions(sentence: Sentence): Mention[] {
  const mentions: Mention[] = [];
  const toks = sentence.tokens;
  let i = 0;
  while (i < toks.length) {
    let node: TrieNode | undefined = TRIE;
    let best: { last: number; entries: TrieNode['entries'] } | undefined;
    for (let j = i; j < toks.length && node; j++) {
      const norm = tokenNorm(toks[j]!);
      let next = node.next.get(norm);
      // LT109: a name with a case ending ends the name ("Kuzey Kore'nin": "Kuzey Kore")
      let suffixed = false;
      if (!next) {
        const stem = withoutSuffix(norm);
        next = stem === undefined ? undefined : node.next.get(stem);
        suffixed = next !== undefined;
      }
      node = next;
      if (node && node.entries.length > 0) {
        const fitting = node.entries.filter((e) =>
          caseHolds(e.caseRule, beforeBracket(withoutHash(toks[i]!.text))),
        );
        if (fitting.length > 0) best = { last: j, entries: fitting };
      }
      // a possessive ends a name unless the name goes on ("Democratic People's Republic of Korea")
      if (suffixed || (toks[j]!.possessive && !node?.next.has(tokenNorm(toks[j + 1] ?? toks[j]!)))) break;
    }
    if (!best) {
      i++;
      continue;
    }
    const entry = [...best.entries].sort(
      (a, b) => KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind),
    )[0]!;
    mentions.push({
      kind: entry.kind,
      state: entry.state,
      euMember: EU_MEMBER_STATES.has(entry.state),
      first: i,
      last: best.last,
      start: toks[i]!.start,
      end: wordEnd(toks[best.last]!),
    });
    i = best.last + 1;
  }
  return mentions;
}
