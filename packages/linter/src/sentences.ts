import nlp from 'compromise';

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
  post: string;
}
type FromString = (text: string, world: unknown) => RawTerm[][];

// compromise's own tokenizer without the View machinery nlp.tokenize() adds (about 3x faster per clause)
const world = nlp.world() as { methods: { one: { tokenize: { fromString: FromString } } } };
const fromString = world.methods.one.tokenize.fromString;
const splitSentences = (
  world as unknown as {
    methods: { one: { tokenize: { splitSentences: (t: string, w: unknown) => string[] } } };
  }
).methods.one.tokenize.splitSentences;

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

function tokenizeFrom(text: string, raw: RawTerm[][], from: number): Sentence[] {
  const sentences: Sentence[] = [];
  let cursor = from;
  for (const terms of raw) {
    const tokens: Token[] = [];
    for (const t of terms) {
      const found = text.indexOf(t.text, cursor);
      const start = found >= 0 ? found : cursor;
      cursor = start + t.text.length;
      const normal = t.normal ?? t.text.toLowerCase();
      const possessive = POSSESSIVE.test(normal) && normal.length > 2;
      const norm = possessive ? normal.replace(POSSESSIVE, normal.endsWith("s'") ? 's' : '') : normal;
      tokens.push({ norm, text: t.text, start, end: cursor, possessive, post: t.post });
    }
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) continue;
    sentences.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens });
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

function computeTags(sentence: Sentence): ReadonlySet<string>[] {
  const doc = nlp.tokenize(unwrap(sentence.text)) as unknown as TaggableDoc;
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
