/**
 * A statistical second opinion (LT34–LT37): one regularised logistic regression per lint category over hashed
 * sparse features of a sentence (lower-cased word uni- and bigrams, gazetteer classes instead of names, shapes of
 * addresses, hosts, numbers and times, first person plural with a modal, the words a negation governs), trained by
 * scripts/train-sentence-model.ts on the development sets and bundled as data (src/sentence-model-data.ts).
 * Scoring a sentence costs a few microseconds: a regular-expression tokenizer, a gazetteer look-up over the same
 * trie the attribution rules use, one hash and one array read per feature. No tagger runs. LT72: each word's
 * normalisation, hashes and classes are computed once and looked up after; features go into shared typed arrays.
 */
import { findMentions } from './entities';
import { LINT_CATEGORIES, type LintCategory } from './finding';
import { foldWord } from './fold-word';
import { THREAT_STATES } from './gazetteer';
import type { Token } from './sentences';
import { classesOf } from './word-classes';

/** Which feature families the model uses (saved with the weights, so scoring featurizes as training did). */
export interface FeatureOptions {
  /** Bigrams see a capitalised word inside the sentence as <CAP> (names generalise). */
  capBigram: boolean;
  /** Skip-bigrams "a _ c". */
  skip: boolean;
  trigram: boolean;
  /** The first five letters of longer words. */
  prefix: boolean;
  /** Words without -s, -es, -ed, -ing. */
  stem: boolean;
  /** Word classes (src/word-classes.ts) as features of their words, and bigrams over classes (LT57). */
  classes?: boolean;
  /** Every pair of classes present anywhere in the sentence (actor, our side, harm, asset …), order-free (LT57). */
  cooc?: boolean;
  /** Words after a negation (to the next punctuation, at most four) also as negated features (LT57). */
  negation?: boolean;
  /**
   * Words after a condition or a hypothetical ("if", "whether", "would", "hypothetically", to the next punctuation, at
   * most five) also as hypothetical features (LT86).
   */
  hypothetical?: boolean;
  /**
   * In a sentence with a defender's word (block, patch, detect, published, advisory, indicators …), the addresses,
   * hosts, clock times, time words and our side's modal also as defender-context features (LT86).
   */
  defender?: boolean;
  /**
   * LT90 (measured, off): words inside quotation marks, and after a reporting verb (said, told, claimed …), also as
   * quoted features.
   */
  quoted?: boolean;
  /**
   * LT90 (measured, off): a state-linked actor's role: as a clause's subject, the next words as subject features
   * ("Russia … attacked"); after a preposition, the words before it as object features ("attacks against Russia").
   */
  role?: boolean;
  /** LT90 (measured, off): character 4-grams of words of seven letters or more (inflected languages). */
  chars?: boolean;
}

export const DEFAULT_FEATURES: Readonly<FeatureOptions> = {
  capBigram: true,
  skip: true,
  trigram: false,
  prefix: true,
  stem: true,
  classes: false,
  cooc: false,
  negation: true,
  hypothetical: false,
  defender: false,
  quoted: false,
  role: false,
  chars: false,
};

export interface SentenceModel {
  /** log2 of the number of hash buckets shared by the categories. */
  bits: number;
  features: FeatureOptions;
  categories: readonly LintCategory[];
  bias: readonly number[];
  /**
   * Weight of bucket b for category c: weights[offsets[c] + (b & (2^categoryBits[c] - 1))] * scale[c] (a category
   * with fewer buckets than `bits` reads a feature's bucket masked to its own, LT81).
   */
  scale: readonly number[];
  weights: Int8Array;
  categoryBits: readonly number[];
  offsets: readonly number[];
  /**
   * The weights of the categories with all 2^bits buckets (the first `full` categories) interleaved by bucket
   * (bucket b, category c at b * full + c): one cache line per feature when scoring, and a third of a float array's
   * memory (the rules' own work evicts the model from the cache).
   */
  byBucket: Int8Array;
  full: number;
  /** The categories after the first `full`, each with fewer buckets: its weights and its bucket mask. */
  reduced: readonly { weights: Int8Array; mask: number }[];
}

/** The serialised form written by the training script: weights as base64 of signed bytes. */
export interface SentenceModelData {
  bits: number;
  features: FeatureOptions;
  categories: readonly string[];
  bias: readonly number[];
  scale: readonly number[];
  weights: string;
  /** Buckets per category as log2 where a category has fewer than 2^bits (LT81); omitted: all have 2^bits. */
  categoryBits?: readonly number[];
}

/** A token as the model sees it (internal to featurizing; kept on a scored sentence to featurize it again). */
export interface ModelToken {
  /** The token as a feature: lower-cased word, or a class such as <ACTOR> or <IP>. */
  feat: string;
  start: number;
  end: number;
  /** The feature's own hashes and flags, shared by every token of the same feature (computed once per feature). */
  info: FeatureInfo;
  /** Hashes of the token's extra class features (shape, time, capitals, mention kind, possessive), in that order. */
  extra?: readonly number[];
  /** Capitalised inside the sentence (<CAP>: bigrams see the class instead of the word). */
  cap?: boolean;
  /** A gazetteer mention's state (class tokens <ACTOR> and <STATE>): what a policy's state limit reads (LT102). */
  state?: string;
}

/** What featurizing needs of a feature string, hashed once (LT72: no string hashed again per occurrence). */
export interface FeatureInfo {
  /** hash(feat) */
  h: number;
  /** A word (not a <CLASS>): it has a stem and a prefix. */
  word: boolean;
  /** Hash of the first five letters (-1 for a word of five letters or fewer). */
  prefix: number;
  /** Hash of the crude stem (-1 for a class). */
  stem: number;
  /** Hashes of the word's classes (src/word-classes.ts). */
  cls: readonly number[];
  negation: boolean;
  negationEnd: boolean;
  /** Opens a hypothetical scope (LT86). */
  hypothetical: boolean;
  /** A defender's word (LT86). */
  defender: boolean;
  cooc: boolean;
  we: boolean;
  modal: boolean;
}

export interface Featurized {
  /** Hash buckets of the sentence's features (duplicates kept: presence is what counts, see `unique`). */
  buckets: number[];
  /** First and last token index each feature touches (for the finding's span). */
  first: number[];
  last: number[];
  tokens: { start: number; end: number; actor: boolean }[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of signed bytes, decoded without ambient globals (atob is not everywhere the linter runs). */
const B64_VALUE = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();

export function decodeWeights(b64: string): Int8Array {
  const clean = b64.replace(/=+$/, '');
  const out = new Int8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let n = 0;
  let k = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const v = code < 128 ? B64_VALUE[code]! : -1;
    if (v < 0) throw new Error(`sentence model: bad base64 character at ${i}`);
    acc = (acc << 6) | v;
    n += 6;
    if (n >= 8) {
      n -= 8;
      out[k++] = (acc >> n) & 0xff;
    }
  }
  return out;
}

export function encodeWeights(bytes: Int8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]! & 0xff;
    const b = i + 1 < bytes.length ? bytes[i + 1]! & 0xff : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! & 0xff : 0;
    const v = (a << 16) | (b << 8) | c;
    s += B64[(v >> 18) & 63]! + B64[(v >> 12) & 63]!;
    s += i + 1 < bytes.length ? B64[(v >> 6) & 63]! : '=';
    s += i + 2 < bytes.length ? B64[v & 63]! : '=';
  }
  return s;
}

export function loadSentenceModel(data: SentenceModelData): SentenceModel {
  const categories = data.categories.map((c) => {
    if (!(LINT_CATEGORIES as readonly string[]).includes(c)) throw new Error(`sentence model: category ${c}`);
    return c as LintCategory;
  });
  const weights = decodeWeights(data.weights);
  const categoryBits = categories.map((_, c) => data.categoryBits?.[c] ?? data.bits);
  const offsets: number[] = [];
  let total = 0;
  for (const b of categoryBits) {
    if (!(b >= 1 && b <= data.bits))
      throw new Error(`sentence model: ${b} bits for a category of 2^${data.bits}`);
    offsets.push(total);
    total += 1 << b;
  }
  if (weights.length !== total)
    throw new Error(
      `sentence model: ${weights.length} weights for ${categoryBits.map((b) => `2^${b}`).join(' + ')}`,
    );
  // the categories with every bucket come first (interleaved); those with fewer are read from their own arrays
  let full = 0;
  while (full < categoryBits.length && categoryBits[full] === data.bits) full++;
  if (categoryBits.slice(full).some((b) => b === data.bits))
    throw new Error('sentence model: the categories with fewer buckets must come last');
  const size = 1 << data.bits;
  const byBucket = new Int8Array(full * size);
  for (let c = 0; c < full; c++)
    for (let b = 0; b < size; b++) byBucket[b * full + c] = weights[c * size + b]!;
  const reduced = categoryBits.slice(full).map((b, r) => ({
    weights: weights.subarray(offsets[full + r]!, offsets[full + r]! + (1 << b)),
    mask: (1 << b) - 1,
  }));
  return {
    bits: data.bits,
    features: { ...data.features },
    categories,
    bias: data.bias,
    scale: data.scale,
    weights,
    categoryBits,
    offsets,
    byBucket,
    full,
    reduced,
  };
}

/** FNV-1a, 32 bits. */
function hash(s: string, seed = 0x811c9dc5, from = 0, to = s.length): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two feature hashes into the hash of their n-gram (integer work, no strings built). */
function mix(a: number, b: number, salt: number): number {
  let h = Math.imul(a ^ salt, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const H_START = hash('<S>');
const H_END = hash('</S>');
const H_CAP = hash('<CAP>');
const ACTOR = '<ACTOR>';
const H_ACTOR = hash(ACTOR);
const H_WE_MODAL = hash('<WE+MODAL>');
const H_HAS_ACTOR = hash('<HAS-ACTOR>');
const H_BIAS = hash('<BIAS>');
const PREFIX_SEED = hash('~');
const H_NEG = hash('<NEG>');
const H_HYPO = hash('<HYPO>');
/** Words that open a hypothetical scope (LT86): a condition, a supposition, a modal of what might be. */
const HYPOTHETICAL = new Set(
  'if whether unless would could might hypothetical hypothetically suppose supposing imagine scenario scenarios'.split(
    ' ',
  ),
);
const H_NEGATION_CLASS = hash('#NEGATION');
const classCache = new Map<string, readonly number[]>();
const NO_CLASSES: readonly number[] = [];
/** Hashes of a word's classes (none for a class token such as <ACTOR>, which is its own class). */
function classHashes(feat: string): readonly number[] {
  let h = classCache.get(feat);
  if (h === undefined) {
    h = feat.charCodeAt(0) === 60 ? NO_CLASSES : (classesOf(feat)?.map((c) => hash(`#${c}`)) ?? NO_CLASSES);
    if (classCache.size < 50_000) classCache.set(feat, h);
  }
  return h;
}
/** Class tokens that take part in the co-occurrence features as classes of their own. */
const COOC_TOKENS = new Set(
  ['<ACTOR>', '<STATE>', '<IP>', '<HOST>', '<URL>', '<ASN>', '<CLOCK>'].map((t) => hash(t)),
);
const NEGATION_END = new Set([',', ';', ':', '(', ')', '"'].map((t) => hash(t)));
const H_DEF = hash('<DEF>');
/** A defender's words (LT86): what one does to protect a network, or publishes about an attacker's infrastructure. */
const DEFENDER = new Set(
  'block blocked blocking blocklist blocklisted blocklists blacklist blacklisted patch patched patching mitigate mitigated mitigation mitigations detect detected detection detections monitor monitored monitoring defend defended defensive defence defense protect protected protection harden hardened hardening published publish publishes advisory advisories indicator indicators ioc iocs alert alerted warn warned observed quarantine quarantined isolate isolated remediate remediation firewall filter filtered'.split(
    ' ',
  ),
);
/** Class tokens that are defender-context features where a defender's word is in the sentence (LT86). */
const DEFENDER_CONTEXT = new Set(['<IP>', '<HOST>', '<URL>', '<ASN>', '<CLOCK>'].map((t) => hash(t)));
const STEM_SEED = hash('=');
const H_QUOTE = hash('<QUOTE>');
const H_QUOTE_MARK = hash('"');
/** Reporting verbs (LT90): what follows is reported, not asserted. */
const REPORTING = new Set(
  'said says say told claimed claims claim alleged alleges allege according reported reports stated states asserted insisted denied denies argued argues suggested suggests believes believe'
    .split(' ')
    .map((w) => hash(w)),
);
const H_SUBJ = hash('<SUBJ>');
const H_OBJ = hash('<OBJ>');
const DETERMINERS = new Set('the a an its their this that these those'.split(' ').map((w) => hash(w)));
const CLAUSE_OPENERS = new Set(
  [
    ',',
    ';',
    ':',
    '(',
    'that',
    'and',
    'but',
    'while',
    'as',
    'when',
    'which',
    'because',
    'after',
    'since',
    'if',
  ].map((w) => hash(w)),
);
const PREPOSITIONS = new Set(
  'against on at into in to for with targeting toward towards about over of from'
    .split(' ')
    .map((w) => hash(w)),
);
const CHAR_SEED = hash('#ch');
const extraHashes = new Map<string, number>();
const extraHash = (x: string): number => {
  let h = extraHashes.get(x);
  if (h === undefined) {
    h = hash(x);
    extraHashes.set(x, h);
  }
  return h;
};

/** Length of a word without -s, -es, -ed, -ing (a crude stem). */
function stemLength(w: string): number {
  if (w.endsWith('ing')) return w.length - 3;
  if (w.endsWith('ed') || w.endsWith('es')) return w.length - 2;
  if (w.endsWith('s')) return w.length - 1;
  return w.length;
}

// Two cheap passes instead of one large alternation (which cost 20-70 times more): the text is cut into
// whitespace-separated chunks (phrase punctuation split off); a chunk with a digit or a dot, bracket, colon or slash
// inside is matched against the shapes (URL, host, IP address, ASN, clock time, number), anything else is split
// into words.
const CHUNK = /[^\s,;"“”!?]+|[,;"“”!?]/g;
const SHAPE_HINT = /[\d[\]().:/]/;
const SHAPES: [string, RegExp][] = [
  ['url', /^h[tx]{2}ps?(?:\[:\]|:)\/\/\S+$/i],
  [
    'ip',
    /^\d{1,3}(?:(?:\[\.\]|\.)\d{1,3}){3}(?:\/\d{1,2})?(?::\d{1,5})?$|^(?=.*::|(?:.*:){3})[0-9a-f:]{2,39}(?:\/\d{1,3})?$/i,
  ],
  [
    'host',
    /^[\w-]+(?:(?:\[\.\]|\(\.\)|\[dot\]|\{\.\}|\.)[\w-]+)*(?:\[\.\]|\(\.\)|\[dot\]|\{\.\})[\w-]+(?::\d+)?$|^(?:[\w-]+\.)+(?:com|net|org|info|biz|ru|cn|ir|kp|by|io|xyz|top|online|site|su|cc|tk|ws|me)(?::\d+)?$/i,
  ],
  ['asn', /^AS\d{2,7}$/],
  ['clock', /^\d{1,2}[:h.]\d{2}(?:utc|gmt|cet|cest|z|hrs)?$|^\d{4}(?:utc|gmt|z|hrs)$/i],
  ['num', /^\d+(?:[.,/-]\d+)*(?:st|nd|rd|th|s)?$/i],
];
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)*['’]?/gu;
const ASCII_LETTERS = /^[A-Za-z]+$/;
// Opening brackets and quotes before a chunk, closing ones and phrase-final dots or colons after it: plain character
// scans (a regular expression per chunk cost more than the rest of the tokenizer).
const LEADING = new Set([..."([{'‘"].map((c) => c.charCodeAt(0)));
const TRAILING = new Set([...")]}.:'’"].map((c) => c.charCodeAt(0)));
/** Length of the run of `chars` at the start of s. */
function leadingRun(s: string, chars: ReadonlySet<number>): number {
  let i = 0;
  while (i < s.length && chars.has(s.charCodeAt(i))) i++;
  return i;
}
/** Where the run of `chars` at the end of s begins. */
function trailingRunStart(s: string, chars: ReadonlySet<number>): number {
  let i = s.length;
  while (i > 0 && chars.has(s.charCodeAt(i - 1))) i--;
  return i;
}

const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december tomorrow tonight midnight noon dawn dusk morning evening overnight weekend hours minutes days weeks immediately imminently shortly soon'.split(
    ' ',
  ),
);
const WE = new Set(['we', 'our', 'us', 'ours', 'ourselves']);
const MODAL = new Set(
  'will shall intend intends plan plans planning going prepared ready would must aim expect'.split(' '),
);

/** foldWord, with the typographic apostrophe as a plain one (it only occurs beyond ASCII). */
function normWord(w: string): string {
  const folded = foldWord(w);
  return folded.includes('’') ? folded.replace(/’/g, "'") : folded;
}

// LT72: every string the model meets is hashed, classed and normalised once, then looked up (one Map read per token
// instead of three hash loops, a class look-up, three set look-ups, a fold and a lower-casing per occurrence). The
// caches are emptied when they grow large, so memory stays bounded whatever is linted; what they return never depends
// on what was seen before.
const CACHE_LIMIT = 50_000;
const featureInfos = new Map<string, FeatureInfo>();

/** The hashes and flags of a feature string. */
function infoOf(feat: string): FeatureInfo {
  let info = featureInfos.get(feat);
  if (info === undefined) {
    const h = hash(feat);
    const word = feat.charCodeAt(0) !== 60; // not a <CLASS>
    const cls = classHashes(feat);
    info = {
      h,
      word,
      prefix: word && feat.length > 5 ? hash(feat, PREFIX_SEED, 0, 5) : -1,
      stem: word ? hash(feat, STEM_SEED, 0, stemLength(feat)) : -1,
      cls,
      negation: cls.includes(H_NEGATION_CLASS),
      negationEnd: NEGATION_END.has(h),
      hypothetical: HYPOTHETICAL.has(feat),
      defender: DEFENDER.has(feat),
      cooc: COOC_TOKENS.has(h),
      we: WE.has(feat),
      modal: MODAL.has(feat),
    };
    if (featureInfos.size >= CACHE_LIMIT) featureInfos.clear();
    featureInfos.set(feat, info);
  }
  return info;
}

/** A word as written, read once: its feature, whether possessive, a time word, capitalised (1 <CAP>, 2 <CAPS>). */
interface WordForm {
  norm: string;
  possessive: boolean;
  time: boolean;
  capital: 0 | 1 | 2;
  /** Only ASCII letters: a chunk that is this word alone is this word (no shape, no split). */
  plain: boolean;
  info: FeatureInfo;
}
const wordForms = new Map<string, WordForm>();

function formOf(w: string): WordForm {
  let form = wordForms.get(w);
  if (form === undefined) {
    const lower = normWord(w);
    const possessive = lower.length > 2 && (lower.endsWith("'s") || lower.endsWith("s'"));
    const norm = possessive
      ? lower.slice(0, lower.endsWith("'s") ? -2 : -1)
      : lower.endsWith("'")
        ? lower.slice(0, -1)
        : lower;
    const c = w.charCodeAt(0);
    // capitalised: an ASCII capital, or (beyond ASCII) a first letter that lower-casing changes
    const capital = c < 128 ? c >= 65 && c <= 90 : w[0] !== w[0]!.toLowerCase();
    form = {
      norm,
      possessive,
      time: TIME_WORDS.has(norm),
      capital: capital ? (w === w.toUpperCase() ? 2 : 1) : 0,
      plain: ASCII_LETTERS.test(w),
      info: infoOf(norm),
    };
    if (wordForms.size >= CACHE_LIMIT) wordForms.clear();
    wordForms.set(w, form);
  }
  return form;
}

const H_TIME = hash('<TIME>');
const H_POSS = hash('<POSS>');
const H_CAPS = hash('<CAPS>');
/** A word's extra class features by (time, capital, possessive), in the order time, capitals, possessive. */
const WORD_EXTRAS: (readonly number[] | undefined)[] = Array.from({ length: 16 }, (_, k) => {
  const time = (k & 1) === 1;
  const capital = (k >> 1) & 3;
  const possessive = k >= 8;
  if (!time && capital === 0 && !possessive) return undefined;
  const extra: number[] = time ? [H_TIME] : [];
  if (capital > 0) extra.push(capital === 2 ? H_CAPS : H_CAP);
  if (possessive) extra.push(H_POSS);
  return extra;
});
const CLOCK_EXTRA: readonly number[] = [H_TIME];
const SHAPE_FEATS: Record<string, string> = Object.fromEntries(
  SHAPES.map(([shape]) => [shape, `<${shape.toUpperCase()}>`]),
);
const SINGLE_PUNCTUATION = new Set([...',;"“”!?'].map((c) => c.charCodeAt(0)));

/** Appends a word to a sentence's raw tokens and to the words the gazetteer reads. */
function pushWord(
  raw: ModelToken[],
  words: Token[],
  wordAt: number[],
  w: string,
  start: number,
  form: WordForm,
): void {
  const capital = raw.length > 0 ? form.capital : 0;
  const end = start + w.length;
  words.push({ norm: form.norm, text: w, start, end, possessive: form.possessive, post: ' ' });
  wordAt.push(raw.length);
  const extra = WORD_EXTRAS[(form.time ? 1 : 0) | (capital << 1) | (form.possessive ? 8 : 0)];
  raw.push(
    extra
      ? { feat: form.norm, start, end, info: form.info, extra, cap: capital === 1 }
      : { feat: form.norm, start, end, info: form.info },
  );
}

/** Tokens of one sentence, with gazetteer mentions collapsed into one class token each. */
function tokensOf(text: string, base: number): ModelToken[] {
  const raw: ModelToken[] = [];
  // the words as gazetteer tokens, and where each sits among the raw tokens
  const words: Token[] = [];
  const wordAt: number[] = [];
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(text); m; m = CHUNK.exec(text)) {
    let chunk = m[0];
    let start = base + m.index;
    if (chunk.length === 1 && SINGLE_PUNCTUATION.has(chunk.charCodeAt(0))) {
      const feat = chunk === '“' || chunk === '”' ? '"' : chunk;
      raw.push({ feat, start, end: start + 1, info: infoOf(feat) });
      continue;
    }
    // most chunks are a plain word seen before: one look-up
    const known = wordForms.get(chunk);
    if (known?.plain) {
      pushWord(raw, words, wordAt, chunk, start, known);
      continue;
    }
    const lead = leadingRun(chunk, LEADING);
    if (lead > 0) {
      if (chunk[0] === '(') raw.push({ feat: '(', start, end: start + 1, info: infoOf('(') });
      chunk = chunk.slice(lead);
      start += lead;
    }
    const cut = trailingRunStart(chunk, TRAILING);
    const trail = cut < chunk.length ? chunk.slice(cut) : '';
    if (cut < chunk.length) chunk = chunk.slice(0, cut);
    if (chunk.length > 0) {
      const shape = SHAPE_HINT.test(chunk) ? SHAPES.find(([, re]) => re.test(chunk))?.[0] : undefined;
      if (shape) {
        const end = start + chunk.length;
        const feat = SHAPE_FEATS[shape]!;
        raw.push(
          shape === 'clock'
            ? { feat, start, end, info: infoOf(feat), extra: CLOCK_EXTRA }
            : { feat, start, end, info: infoOf(feat) },
        );
      } else if (ASCII_LETTERS.test(chunk)) pushWord(raw, words, wordAt, chunk, start, formOf(chunk));
      else {
        WORD.lastIndex = 0;
        for (let w = WORD.exec(chunk); w; w = WORD.exec(chunk))
          pushWord(raw, words, wordAt, w[0], start + w.index, formOf(w[0]));
      }
    }
    if (trail.length > 0) {
      const at = start + chunk.length;
      if (trail.includes(')')) raw.push({ feat: ')', start: at, end: at + 1, info: infoOf(')') });
      if (trail.includes(':')) raw.push({ feat: ':', start: at, end: at + 1, info: infoOf(':') });
    }
  }
  if (words.length === 0) return raw;
  const mentions = findMentions({
    start: base,
    end: base + text.length,
    text,
    tokens: words,
  });
  if (mentions.length === 0) return raw;
  const out: ModelToken[] = [];
  let r = 0;
  for (const mention of mentions) {
    const from = wordAt[mention.first]!;
    const to = wordAt[mention.last]!;
    while (r < from) out.push(raw[r++]!);
    const threat = THREAT_STATES.has(mention.state);
    const cls = threat ? ACTOR : '<STATE>';
    const extra = [extraHash(`${cls}:${mention.kind}`)];
    if (words[mention.last]!.possessive) extra.push(H_POSS);
    out.push({
      feat: cls,
      start: raw[from]!.start,
      end: raw[to]!.end,
      info: infoOf(cls),
      extra,
      state: mention.state,
    });
    r = to + 1;
  }
  while (r < raw.length) out.push(raw[r++]!);
  return out;
}

/** The features of one sentence (offsets relative to `base`). */
export function featurize(
  text: string,
  bits: number,
  base = 0,
  options: FeatureOptions = DEFAULT_FEATURES,
  /** Without positions only the buckets are filled (scoring needs no more; a finding's span does). */
  positions = true,
): Featurized {
  const toks = tokensOf(text, base);
  const n = featurizeTokens(toks, bits, options);
  return {
    buckets: Array.from(BUCKETS.subarray(0, n)),
    first: positions ? Array.from(FIRST.subarray(0, n)) : [],
    last: positions ? Array.from(LAST.subarray(0, n)) : [],
    tokens: positions ? toks.map((t) => ({ start: t.start, end: t.end, actor: t.feat === ACTOR })) : [],
  };
}

// LT72: a sentence's features are written into three typed arrays shared by every call (bucket, first and last token
// it touches), not pushed through closures into fresh lists; a caller reads the first n entries before featurizing
// again.
let BUCKETS = new Int32Array(1024);
let FIRST = new Int32Array(1024);
let LAST = new Int32Array(1024);
let count = 0;
let mask = 0;
/** Token indices of the sentence being featurized that are defender-context candidates (LT86). */
const CONTEXT: number[] = [];

function add(h: number, a: number, b: number): void {
  if (count === BUCKETS.length) {
    const grow = (x: Int32Array) => {
      const y = new Int32Array(x.length * 2);
      y.set(x);
      return y;
    };
    BUCKETS = grow(BUCKETS);
    FIRST = grow(FIRST);
    LAST = grow(LAST);
  }
  BUCKETS[count] = h & mask;
  FIRST[count] = a;
  LAST[count] = b;
  count++;
}

/** Writes the features of tokens made by tokensOf into BUCKETS/FIRST/LAST; returns how many. */
function featurizeTokens(toks: readonly ModelToken[], bits: number, options: FeatureOptions): number {
  mask = (1 << bits) - 1;
  count = 0;
  let we = -1;
  let modal = -1;
  let actor = false;
  let prev = H_START;
  let prev2 = H_START;
  let prevClasses: readonly number[] = NO_CLASSES;
  let negated = 0;
  let hypothetical = 0;
  const hypo = options.hypothetical === true;
  const defender = options.defender === true;
  let defending = false;
  const quoted = options.quoted === true;
  let inQuote = false;
  let reported = 0;
  const anyClasses = options.classes || options.cooc || options.negation;
  const present: number[] | undefined = options.cooc ? [] : undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const info = t.info;
    const h = info.h;
    const before = i > 0 ? i - 1 : 0;
    if (anyClasses) {
      const cls = info.cls;
      if (options.classes) {
        for (const c of cls) {
          add(c, i, i);
          // class bigrams: the previous word's classes (or the word) with this one's
          if (prevClasses.length === 0) add(mix(prev, c, 4), before, i);
          else for (const p of prevClasses) add(mix(p, c, 4), before, i);
        }
        if (cls.length === 0) for (const p of prevClasses) add(mix(p, h, 4), before, i);
      }
      if (present) {
        for (const c of cls) if (!present.includes(c)) present.push(c);
        if (info.cooc && !present.includes(h)) present.push(h);
      }
      if (options.negation) {
        if (info.negationEnd) negated = 0;
        else if (negated > 0) {
          negated--;
          add(mix(H_NEG, h, 6), i, i);
          for (const c of cls) add(mix(H_NEG, c, 6), i, i);
        }
        if (info.negation) negated = 4;
      }
      prevClasses = cls;
    }
    if (hypo) {
      if (info.negationEnd) hypothetical = 0;
      else if (hypothetical > 0) {
        hypothetical--;
        add(mix(H_HYPO, h, 7), i, i);
      }
      if (info.hypothetical) hypothetical = 5;
    }
    if (defender) {
      if (info.defender) defending = true;
      // a shape, or a time word or clock time (their first extra feature is <TIME>)
      if (DEFENDER_CONTEXT.has(h) || t.extra?.[0] === H_TIME) CONTEXT.push(i);
    }
    if (quoted) {
      if (h === H_QUOTE_MARK) inQuote = !inQuote;
      else if (inQuote || reported > 0) add(mix(H_QUOTE, info.word ? info.stem : h, 9), i, i);
      if (reported > 0) reported--;
      if (REPORTING.has(h)) reported = 6;
    }
    if (options.role && h === H_ACTOR) addRole(toks, i);
    if (options.chars && info.word && t.feat.length >= 7)
      for (let k = 0; k + 4 <= t.feat.length; k++) add(hash(t.feat, CHAR_SEED, k, k + 4), i, i);
    const g = options.capBigram && t.cap ? H_CAP : h;
    add(h, i, i);
    add(mix(prev, g, 1), before, i);
    if (options.skip && i >= 2) add(mix(prev2, g, 2), i - 2, i);
    if (options.trigram && i >= 2) add(mix(mix(prev2, prev, 1), g, 3), i - 2, i);
    const extra = t.extra;
    if (extra) for (let k = 0; k < extra.length; k++) add(extra[k]!, i, i);
    if (options.prefix && info.prefix >= 0) add(info.prefix, i, i);
    if (options.stem && info.word) add(info.stem, i, i);
    if (info.we) we = i;
    if (info.modal) modal = i;
    if (h === H_ACTOR) actor = true;
    prev2 = prev;
    prev = g;
  }
  const lastToken = toks.length > 0 ? toks.length - 1 : 0;
  if (toks.length > 0) add(mix(prev, H_END, 1), lastToken, lastToken);
  if (we >= 0 && modal >= 0) add(H_WE_MODAL, Math.min(we, modal), Math.max(we, modal));
  if (defender) {
    if (defending) {
      for (const i of CONTEXT) add(mix(H_DEF, toks[i]!.info.h, 8), i, i);
      if (we >= 0 && modal >= 0) add(mix(H_DEF, H_WE_MODAL, 8), Math.min(we, modal), Math.max(we, modal));
      add(H_DEF, 0, lastToken);
    }
    CONTEXT.length = 0;
  }
  if (actor) add(H_HAS_ACTOR, 0, lastToken);
  if (present && present.length > 1) {
    present.sort((a, b) => a - b);
    for (let a = 0; a < present.length; a++)
      for (let b = a + 1; b < present.length; b++) add(mix(present[a]!, present[b]!, 5), 0, lastToken);
  }
  add(H_BIAS, 0, lastToken);
  return count;
}

/** LT90's role features of the state-linked actor at i (FeatureOptions.role). */
function addRole(toks: readonly ModelToken[], i: number): void {
  let j = i - 1;
  while (j >= 0 && DETERMINERS.has(toks[j]!.info.h)) j--;
  const before = j >= 0 ? toks[j]!.info.h : H_START;
  if (j < 0 || CLAUSE_OPENERS.has(before)) {
    for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
      const info = toks[k]!.info;
      if (info.negationEnd) break;
      add(mix(H_SUBJ, info.word ? info.stem : info.h, 10), i, k);
    }
  } else if (PREPOSITIONS.has(before)) {
    for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
      const info = toks[k]!.info;
      if (info.negationEnd) break;
      add(mix(H_OBJ, info.word ? info.stem : info.h, 10), k, i);
    }
  }
}

/** Distinct buckets of a featurized sentence (a feature counts once however often it occurs). */
export function uniqueBuckets(f: Featurized): number[] {
  return [...new Set(f.buckets)];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

// Which buckets a sentence has already counted: a one-byte stamp per bucket instead of a Set per sentence.
const counted = new WeakMap<SentenceModel, { stamps: Uint8Array; stamp: number }>();

function stampsOf(model: SentenceModel): { stamps: Uint8Array; stamp: number } {
  let seen = counted.get(model);
  if (!seen) {
    seen = { stamps: new Uint8Array(1 << model.bits), stamp: 0 };
    counted.set(model, seen);
  }
  if (++seen.stamp === 256) {
    seen.stamps.fill(0);
    seen.stamp = 1;
  }
  return seen;
}

/** Integer sums of the weights per category, to probabilities. */
function toProbabilities(model: SentenceModel, sums: number[]): number[] {
  return sums.map((sum, c) => sigmoid(model.bias[c]! + sum * model.scale[c]!));
}

/** Probability per category (in `model.categories` order) that the sentence violates it. */
export function probabilities(model: SentenceModel, f: Featurized): number[] {
  const { stamps, stamp } = stampsOf(model);
  const n = model.full;
  const sums = new Array<number>(model.categories.length).fill(0);
  const w = model.byBucket;
  const reduced = model.reduced;
  for (const b of f.buckets) {
    if (stamps[b] === stamp) continue;
    stamps[b] = stamp;
    for (let c = 0, at = b * n; c < n; c++) sums[c]! += w[at + c]!;
    for (let r = 0; r < reduced.length; r++) sums[n + r]! += reduced[r]!.weights[b & reduced[r]!.mask]!;
  }
  return toProbabilities(model, sums);
}

/** The same as probabilities(model, featurize(text, …)), summing as the features come. */
export function scoreText(model: SentenceModel, text: string, base = 0): number[] {
  return scoreTokens(model, tokensOf(text, base));
}

function scoreTokens(model: SentenceModel, toks: readonly ModelToken[]): number[] {
  const { stamps, stamp } = stampsOf(model);
  const n = model.full;
  const sums = new Array<number>(model.categories.length).fill(0);
  const w = model.byBucket;
  const reduced = model.reduced;
  const found = featurizeTokens(toks, model.bits, model.features);
  for (let k = 0; k < found; k++) {
    const b = BUCKETS[k]!;
    if (stamps[b] === stamp) continue;
    stamps[b] = stamp;
    for (let c = 0, at = b * n; c < n; c++) sums[c]! += w[at + c]!;
    for (let r = 0; r < reduced.length; r++) sums[n + r]! += reduced[r]!.weights[b & reduced[r]!.mask]!;
  }
  return toProbabilities(model, sums);
}

export interface ScoredSentence {
  start: number;
  end: number;
  /** The sentence's text and where it starts in the clause (to featurize again, with positions, for a span). */
  text: string;
  base: number;
  /** By category. */
  p: ReadonlyMap<LintCategory, number>;
  /** The sentence's tokens as scoring made them (a span featurizes them again with positions, no new tokenizing). */
  tokens?: readonly ModelToken[];
}

// A sentence ends at . ! or ? (and closing quotes or brackets) before a space and a capital, digit or opening quote,
// except after an abbreviation or an initial. Cheaper than compromise's splitter, which the model does not need.
const SENTENCE_END = /[.!?]["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\d])/gu;
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|ms|mrs|dr|gen|col|lt|adm|st|no|nos|art|arts|sgt|maj|capt|prof|sen|rep|gov|amb|hon|jr|sr|vs|etc|e\.g|i\.e|u\.s|u\.k|\p{L})\.$/iu;

const OPENERS = new Set([...'"“‘(['].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...'"”’)]'].map((c) => c.charCodeAt(0)));
/** JavaScript's \s, by code unit. */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));
const UPPER = /^\p{Lu}/u;

/**
 * Where the match of SENTENCE_END that starts at `i` (a . ! or ?) ends, or -1: a scan by code unit instead of the
 * expression (LT72; the same matches, which sentence-model-same.ts checks against the expression's).
 */
function sentenceEndAt(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text.charCodeAt(j))) j++;
  const spaces = j;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  if (j === spaces || j >= text.length) return -1;
  let k = j;
  if (OPENERS.has(text.charCodeAt(k))) k++;
  if (k >= text.length) return -1;
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? j : -1;
  return UPPER.test(text.slice(k, k + 2)) ? j : -1;
}

/** The clause's sentences as text chunks with their offsets. */
export function splitSentences(text: string): { text: string; base: number }[] {
  const out: { text: string; base: number }[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    const end = sentenceEndAt(text, i);
    if (end < 0) continue;
    const dot = i + 1;
    const next = end - 1; // the loop's i++ resumes the scan where the match ends
    if (c === 46 && ABBREVIATION.test(text.slice(Math.max(from, i - 6), dot))) {
      i = next;
      continue;
    }
    if (/^\s*\(?[\dIVXivx]{1,4}[.)]$/.test(text.slice(from, dot))) {
      i = next; // "12. We …", a numbered clause
      continue;
    }
    out.push({ text: text.slice(from, end), base: from });
    from = end;
    i = next;
  }
  if (from < text.length) out.push({ text: text.slice(from), base: from });
  return out;
}

/** The same split by the expression SENTENCE_END (the reference splitSentences is checked against). */
export function splitSentencesByExpression(text: string): { text: string; base: number }[] {
  const out: { text: string; base: number }[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const dot = m.index + 1;
    if (text[m.index] === '.' && ABBREVIATION.test(text.slice(Math.max(from, m.index - 6), dot))) continue;
    if (/^\s*\(?[\dIVXivx]{1,4}[.)]$/.test(text.slice(from, dot))) continue; // "12. We …", a numbered clause
    const end = m.index + m[0].length;
    out.push({ text: text.slice(from, end), base: from });
    from = end;
  }
  if (from < text.length) out.push({ text: text.slice(from), base: from });
  return out;
}

/** Every sentence of a clause with its probabilities. */
export function scoreClauseText(model: SentenceModel, text: string): ScoredSentence[] {
  return splitSentences(text)
    .filter((chunk) => chunk.text.trim().length > 0)
    .map((chunk) => {
      const tokens = tokensOf(chunk.text, chunk.base);
      const p = scoreTokens(model, tokens);
      const lead = chunk.text.length - chunk.text.trimStart().length;
      return {
        start: chunk.base + lead,
        end: chunk.base + chunk.text.trimEnd().length,
        text: chunk.text,
        base: chunk.base,
        p: new Map(model.categories.map((c, i) => [c, p[i]!])),
        tokens,
      };
    });
}

/**
 * The probability for the category of the sentence that an offset of the clause falls in (LT66: what confirms an
 * unsure attribution): the last sentence that starts at or before it, 0 where there is none.
 */
export function probabilityAt(
  scored: readonly ScoredSentence[],
  category: LintCategory,
  offset: number,
): number {
  let at: ScoredSentence | undefined;
  for (const s of scored) {
    if (s.base > offset) break;
    at = s;
  }
  return at?.p.get(category) ?? 0;
}

/**
 * The phrase the finding covers: for attribution the state-linked actor whose features weigh most for the
 * category (the author the model suspects); otherwise, and where no actor is named, the whole sentence. (A window
 * around the heaviest tokens was tried: it points at the trigger, such as "anonymity", rather than at the
 * narrowing phrase, and missed half the spans in cross-validation.)
 */
function responsibleSpan(
  model: SentenceModel,
  s: ScoredSentence,
  category: LintCategory,
  states?: ReadonlySet<string>,
): { start: number; end: number } {
  const c = model.categories.indexOf(category);
  if (category !== 'attribution' || c < 0) return { start: s.start, end: s.end };
  const toks = s.tokens ?? tokensOf(s.text, s.base);
  const found = featurizeTokens(toks, model.bits, model.features);
  const offset = model.offsets[c]!;
  const mask = (1 << model.categoryBits[c]!) - 1;
  const weight = new Map<number, number>();
  for (let k = 0; k < found; k++) {
    const a = FIRST[k]!;
    const b = LAST[k]!;
    if (b - a > 2) continue; // sentence-wide features point nowhere
    const w = model.weights[offset + (BUCKETS[k]! & mask)]! * model.scale[c]!;
    for (let i = a; i <= b; i++) if (isActorOf(toks[i]!, states)) weight.set(i, (weight.get(i) ?? 0) + w);
  }
  let best = -1;
  for (const [i, w] of weight)
    if (best < 0 || w > weight.get(best)! || (w === weight.get(best)! && i < best)) best = i;
  return best >= 0 ? { start: toks[best]!.start, end: toks[best]!.end } : { start: s.start, end: s.end };
}

export interface ModelHit {
  category: LintCategory;
  p: number;
  start: number;
  end: number;
  /** The sentence the hit stands for: a rule finding of the category in it silences the hit. */
  sentenceStart: number;
  sentenceEnd: number;
}

/** Sentences of a clause whose probability for the category reaches the threshold, each with its span. */
export function modelHits(
  model: SentenceModel,
  scored: readonly ScoredSentence[],
  category: LintCategory,
  threshold: number,
  /**
   * LT102: the states (lower case) a policy limits its attributions to (an attribution rule's `states:`, LT25); an
   * attribution hit then stands only where the sentence names an actor of one of them, and its span is such an actor.
   */
  states?: ReadonlySet<string>,
): ModelHit[] {
  return scored.flatMap((s) => {
    const p = s.p.get(category);
    if (p === undefined || p < threshold) return [];
    // an attribution names its author: a sentence with no state-linked actor attributes nothing, however much it
    // reads like one ("This attack was carried out by malicious cyber actors", the rules' own rewrite)
    const limit = category === 'attribution' ? states : undefined;
    if (category === 'attribution' && !namesAnActor(s, limit)) return [];
    return [
      {
        category,
        p,
        ...responsibleSpan(model, s, category, limit),
        sentenceStart: s.start,
        sentenceEnd: s.end,
      },
    ];
  });
}

/** A state-linked actor's token, of one of the states where a policy limits them (LT102). */
function isActorOf(t: ModelToken, states: ReadonlySet<string> | undefined): boolean {
  return t.feat === ACTOR && (!states || (t.state !== undefined && states.has(t.state.toLowerCase())));
}

function namesAnActor(s: ScoredSentence, states?: ReadonlySet<string>): boolean {
  return (s.tokens ?? tokensOf(s.text, s.base)).some((t) => isActorOf(t, states));
}

/**
 * A second opinion, not a duplicate: a model hit stands only where no rule finding of its category touches its
 * sentence (LT36).
 */
export function isSecondOpinion(
  hit: Pick<ModelHit, 'category' | 'sentenceStart' | 'sentenceEnd'>,
  ruleFindings: readonly { category: string; start: number; end: number }[],
): boolean {
  return !ruleFindings.some(
    (f) => f.category === hit.category && f.start < hit.sentenceEnd && f.end > hit.sentenceStart,
  );
}
