import nlp from 'compromise';
import { foldWord } from './fold-word';

export interface Token {
  /** Lower-cased, accents folded, possessive ending removed. */
  norm: string;
  text: string;
  start: number;
  end: number;
  possessive: boolean;
  /** Punctuation and whitespace after the token, as compromise reports it ("-" joins hyphenated words). */
  post: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

interface RawTerm {
  text: string;
  normal?: string;
  pre: string;
  post: string;
  tags?: Set<string>;
}
interface Tokenizer {
  splitSentences(text: string, world: unknown): string[];
  splitTerms(text: string, model: unknown): string[];
  splitWhitespace(term: string, model: unknown): RawTerm & { tags: Set<string> };
}

// compromise's own tokenizer without the View machinery nlp.tokenize() adds (about 3x faster per clause)
const world = nlp.world() as {
  methods: { one: { tokenize: Tokenizer } };
  model: unknown;
  compute: { normal(view: { docs: RawTerm[][]; world: unknown }): void };
};
const { splitSentences: compromiseSentences, splitTerms, splitWhitespace } = world.methods.one.tokenize;

/** A day written as an ordinal ("am 24.", "den 1.") at the end of what compromise took for a sentence. */
const ORDINAL_DAY_END = /(?<![\p{N}.])\p{N}{1,2}\.\s*$/u;
/**
 * A month name opening the next one: the languages that write the day as an ordinal ("24. Februar", "1. juni",
 * "3. května", "1. kesäkuuta", "5. srpnja", "1. marca").
 */
const MONTH_START = new RegExp(
  `^\\s*(?:${[
    // German, Danish, Norwegian, Swedish
    'januar|jänner|februar|feber|märz|marts|mars|april|mai|maj|juni|juli|august|september|oktober|november|dezember|december|desember',
    // Czech, Slovak (genitive)
    'ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|januára|februára|marca|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra',
    // Polish (genitive)
    'stycznia|lutego|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia',
    // Finnish (partitive), Croatian, Slovene
    'tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta',
    'siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|prosinca|januarja|februarja|marca|aprila|junija|julija|avgusta|septembra|oktobra|novembra|decembra',
  ].join('|')})(?!\\p{L})`,
  'iu',
);

/**
 * compromise's sentences, with a sentence it ends after an ordinal day put back together with the month that follows
 * ("Das Paket soll am 24. Februar beschlossen werden"): read apart, neither half holds the step and its date.
 */
function splitSentences(text: string, w: unknown): string[] {
  const chunks = compromiseSentences(text, w);
  if (chunks.length < 2) return chunks;
  const out: string[] = [];
  let offset = 0;
  let lastStart = -1;
  for (const chunk of chunks) {
    const at = text.indexOf(chunk, offset);
    const start = at >= 0 ? at : offset;
    offset = start + chunk.length;
    const prev = out.at(-1);
    if (
      prev !== undefined &&
      lastStart >= 0 &&
      at >= 0 &&
      ORDINAL_DAY_END.test(prev) &&
      MONTH_START.test(chunk)
    ) {
      out[out.length - 1] = text.slice(lastStart, offset);
      continue;
    }
    out.push(chunk);
    lastStart = at >= 0 ? start : -1;
  }
  return out;
}

/**
 * LT80: what compromise's fromString makes of each term string (its edge punctuation split off, its normal form),
 * remembered: both are functions of the string alone (and the library's fixed punctuation and transliteration
 * tables), and a statement repeats its words. Bounded: forgotten all at once past TERMS_BOUND strings.
 */
const TERMS_BOUND = 50_000;
const termParts = new Map<string, { text: string; pre: string; post: string; normal: string | undefined }>();

function parseTerm(raw: string): RawTerm {
  let known = termParts.get(raw);
  if (!known) {
    const t = splitWhitespace(raw, world.model);
    world.compute.normal({ docs: [[t]], world });
    known = { text: t.text, pre: t.pre, post: t.post, normal: t.normal };
    if (termParts.size >= TERMS_BOUND) termParts.clear();
    termParts.set(raw, known);
  }
  return {
    text: known.text,
    pre: known.pre,
    post: known.post,
    tags: new Set<string>(),
    normal: known.normal,
  };
}

/** compromise's fromString (parse.js: sentences, terms, their punctuation and normal form), the terms remembered. */
function fromString(text: string, _world: unknown): RawTerm[][] {
  return splitSentences(text || '', world).map((sentence) =>
    splitTerms(sentence, world.model).map(parseTerm),
  );
}

const POSSESSIVE = /(?:'s|s')$/;

/** compromise ends a sentence at a line break; a wrapped line is not one (same length, so offsets hold). */
const unwrap = (text: string): string => text.replace(/(?<!\n)\r?\n(?!\r?\n)/g, (m) => ' '.repeat(m.length));

/**
 * Splits a clause into sentences and tokens with UTF-16 offsets, using compromise's tokenizer. With `keep`, only
 * the sentences whose text it accepts are split into tokens (splitting sentences costs a tenth of tokenizing).
 */
export function tokenize(text: string, keep?: (sentence: string) => boolean): Sentence[] {
  const unwrapped = unwrap(text);
  if (!keep) return tokenizeFrom(text, fromString(unwrapped, world), 0);
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const chunk of splitSentences(unwrapped, world)) {
    const at = unwrapped.indexOf(chunk, offset);
    const base = at >= 0 ? at : offset;
    offset = base + chunk.length;
    if (keep(chunk)) sentences.push(...tokenizeFrom(text, fromString(chunk, world), base));
  }
  return sentences;
}

/** The clause's sentences as text chunks with their offsets (cheap: no tokens yet). */
export function splitSentenceChunks(text: string): { text: string; base: number }[] {
  const unwrapped = unwrap(text);
  const out: { text: string; base: number }[] = [];
  let offset = 0;
  for (const chunk of splitSentences(unwrapped, world)) {
    const at = unwrapped.indexOf(chunk, offset);
    const base = at >= 0 ? at : offset;
    offset = base + chunk.length;
    out.push({ text: chunk, base });
  }
  return out;
}

/** Tokens of one chunk made by splitSentenceChunks, with offsets into the clause text. */
export function tokenizeChunk(text: string, chunk: { text: string; base: number }): Sentence[] {
  return tokenizeFrom(text, fromString(chunk.text, world), chunk.base);
}

/**
 * LT79: the tokenizer's own terms of a sentence made by tokenizeFrom, so that tagging it (computeTags) need not
 * tokenize its text again. Weak: a sentence's terms live as long as the sentence.
 */
const termsOf = new WeakMap<Sentence, RawTerm[]>();

/** A word in Cyrillic or Greek script (LT117). */
const NON_LATIN_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

function tokenizeFrom(text: string, raw: RawTerm[][], from: number): Sentence[] {
  const sentences: Sentence[] = [];
  let cursor = from;
  for (const terms of raw) {
    const tokens: Token[] = [];
    for (const t of terms) {
      const found = text.indexOf(t.text, cursor);
      const start = found >= 0 ? found : cursor;
      cursor = start + t.text.length;
      // LT117: compromise's normal form spells Cyrillic and Greek in Latin look-alikes ("Россия" → "poccnr"); such a
      // word is its own text, folded as the gazetteer folds names
      const normal = NON_LATIN_SCRIPT.test(t.text) ? foldWord(t.text) : (t.normal ?? t.text.toLowerCase());
      const possessive = POSSESSIVE.test(normal) && normal.length > 2;
      const norm = possessive ? normal.replace(POSSESSIVE, normal.endsWith("s'") ? 's' : '') : normal;
      tokens.push({ norm, text: t.text, start, end: cursor, possessive, post: t.post });
    }
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) continue;
    const sentence = { start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens };
    termsOf.set(sentence, terms);
    sentences.push(sentence);
  }
  return sentences;
}

export interface PersonSpan {
  start: number;
  end: number;
  text: string;
}

/** Person names found by compromise's tagger (slower than tokenizing: callers run it only when needed). */
export function findPeople(text: string): PersonSpan[] {
  const json = nlp(unwrap(text)).people().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
  }[];
  return json.map((p) => {
    const trimmed = p.text.replace(/[\s,.;:]+$/, '');
    return { start: p.offset.start, end: p.offset.start + trimmed.length, text: trimmed };
  });
}

type TaggableDoc = {
  compute(name: string): void;
  docs: { text: string; tags: Set<string> }[][];
};

/**
 * The sentence's tokens with compromise's part-of-speech tags (lexicon and pre-tagger passes: the
 * contextual post-tagger costs twice as much and changes little for these patterns). Tagging runs on the
 * first look at any token's tags, so a sentence no pattern gets far in is never tagged.
 */
export function tagSentence(sentence: Sentence): (Token & { tags: { has(tag: string): boolean } })[] {
  let tags: ReadonlySet<string>[] | undefined;
  const tagsOf = (k: number): ReadonlySet<string> => {
    tags ??= computeTags(sentence);
    return tags[k]!;
  };
  return sentence.tokens.map((t, k) => ({
    norm: t.norm,
    text: t.text,
    start: t.start,
    end: t.end,
    possessive: t.possessive,
    post: t.post,
    tags: new LazyTags(tagsOf, k),
  }));
}

/** Token k's tags, asked for only when a pattern looks (one object per token, no closure). */
class LazyTags {
  constructor(
    private readonly tagsOf: (k: number) => ReadonlySet<string>,
    private readonly k: number,
  ) {}
  has(tag: string): boolean {
    return this.tagsOf(this.k).has(tag);
  }
}

/** Where compromise may end a sentence: a stop before a space, a line break, a CJK stop (its own splitter's marks). */
const MAY_SPLIT =
  /[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002]+\s|[\r\n\u3002\uFF01\uFF1F\uFF61]/;
/** A last word compromise reads the same without the punctuation after it: a letter first and last, no joiner. */
const PLAIN_LAST_WORD = /^\p{L}(?:[^-\u2013\u2014/]*[\p{L}\p{N}])?$/u;
const LAST_WORD = /\S+$/;

/**
 * LT79: the terms compromise makes of the sentence's text, taken from the tokenization that made the sentence
 * instead of tokenizing the text again, where that is sure to give the same terms. The sentence text runs from its
 * first term's word to its last term's word: tokenized again, it gives the same terms with the first one's leading
 * and the last one's trailing punctuation dropped, provided (1) compromise's splitter keeps the text one sentence
 * (asked only where it holds a place to split: quotes and brackets balanced differently once the edge punctuation is
 * gone can split it differently), (2) the first and last terms have no leading punctuation, and (3) the last word is
 * a plain word whose reading does not depend on what follows it (hyphen and slash splits, number ranges and edge
 * punctuation rules read it), and the terms spell the text exactly. Otherwise, and for a question joined to its
 * answer, undefined: the text is tokenized again.
 */
function ownTerms(sentence: Sentence, text: string): { terms: RawTerm[] }[] | undefined {
  const raw = termsOf.get(sentence);
  if (!raw || raw.length === 0 || raw.length !== sentence.tokens.length) return undefined;
  const first = raw[0]!;
  const last = raw[raw.length - 1]!;
  if (first.pre !== '' || last.pre !== '') return undefined;
  // one sentence however its edges read: no place to split, or compromise's splitter keeps it whole as it is
  if (MAY_SPLIT.test(text)) {
    const split = splitSentences(text, world);
    if (split.length !== 1 || split[0] !== text) return undefined;
  }
  const lastWord = LAST_WORD.exec(text)?.[0];
  if (lastWord !== last.text || !PLAIN_LAST_WORD.test(lastWord)) return undefined;
  let spelt = '';
  const terms = raw.map((t, i) => {
    const pre = i === 0 ? '' : t.pre;
    const post = i === raw.length - 1 ? '' : t.post;
    spelt += pre + t.text + post;
    return { text: t.text, pre, post, tags: new Set<string>(), normal: t.normal };
  });
  return spelt === text ? [{ terms: terms as RawTerm[] }] : undefined;
}

function computeTags(sentence: Sentence): ReadonlySet<string>[] {
  const text = unwrap(sentence.text);
  // as nlp.tokenize(text) would tokenize it (LT80: the same terms, given as compromise's JSON input)
  const input =
    ownTerms(sentence, text) ?? fromString(text, world).map((sentenceTerms) => ({ terms: sentenceTerms }));
  const doc = nlp.tokenize(input as unknown as string) as unknown as TaggableDoc;
  doc.compute('lexicon');
  doc.compute('preTagger');
  // the same tokenizer made sentence.tokens, so terms and tokens align one to one; realign by text otherwise
  const terms = doc.docs.flat();
  if (terms.length === sentence.tokens.length) return terms.map((x) => x.tags);
  let k = 0;
  return sentence.tokens.map((t) => {
    const at = terms.findIndex((x, i) => i >= k && x.text === t.text);
    if (at >= 0) k = at + 1;
    return at >= 0 ? terms[at]!.tags : new Set<string>();
  });
}
