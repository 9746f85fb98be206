/**
 * A statistical second opinion (LT34–LT37): one regularised logistic regression per lint category over hashed
 * sparse features of a sentence (lower-cased word uni- and bigrams, gazetteer classes instead of names, shapes of
 * addresses, hosts, numbers and times, first person plural with a modal), trained by
 * scripts/train-sentence-model.ts on the development sets and bundled as data (src/sentence-model-data.ts).
 * Scoring a sentence costs a few microseconds: a regular-expression tokenizer, a gazetteer look-up over the same
 * trie the attribution rules use, one hash and one array read per feature. No tagger runs.
 */
import { findMentions } from './entities';
import { LINT_CATEGORIES, type LintCategory } from './finding';
import { THREAT_STATES } from './gazetteer';
import { splitSentenceChunks, type Token } from './sentences';

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
}

export const DEFAULT_FEATURES: Readonly<FeatureOptions> = {
  capBigram: true,
  skip: true,
  trigram: false,
  prefix: true,
  stem: true,
};

export interface SentenceModel {
  /** log2 of the number of hash buckets shared by the categories. */
  bits: number;
  features: FeatureOptions;
  categories: readonly LintCategory[];
  bias: readonly number[];
  /** Weight of bucket b for category c: weights[c * 2^bits + b] * scale[c]. */
  scale: readonly number[];
  weights: Int8Array;
}

/** The serialised form written by the training script: weights as base64 of signed bytes. */
export interface SentenceModelData {
  bits: number;
  features: FeatureOptions;
  categories: readonly string[];
  bias: readonly number[];
  scale: readonly number[];
  weights: string;
}

interface Tok {
  /** The token as a feature: lower-cased word, or a class such as <ACTOR> or <IP>. */
  feat: string;
  start: number;
  end: number;
  /** Extra class features of this token (shape, time, mention kind). */
  extra?: string[];
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
export function decodeWeights(b64: string): Int8Array {
  const clean = b64.replace(/=+$/, '');
  const out = new Int8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let n = 0;
  let k = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64.indexOf(clean[i]!);
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
  if (weights.length !== categories.length << data.bits)
    throw new Error(`sentence model: ${weights.length} weights for ${categories.length} x 2^${data.bits}`);
  return {
    bits: data.bits,
    features: { ...data.features },
    categories,
    bias: data.bias,
    scale: data.scale,
    weights,
  };
}

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Tokens in priority order: URLs and hosts (defanged or with a common top-level domain), IP addresses, ASNs,
// clock times, numbers, words (with inner apostrophes), and the punctuation that shapes a phrase.
const TOKEN = new RegExp(
  [
    '(?<url>(?:h[tx]{2}ps?)(?:\\[:\\]|:)\\/\\/[^\\s"\'<>]+)',
    '(?<host>[\\p{L}\\p{N}_-]+(?:(?:\\[\\.\\]|\\(\\.\\)|\\[dot\\]|\\{\\.\\})[\\p{L}\\p{N}_-]+)+|(?:[\\p{L}\\p{N}_-]+\\.)+(?:com|net|org|info|biz|ru|cn|ir|kp|by|io|xyz|top|online|site|su|cc|tk|ws|me)(?![\\p{L}\\p{N}]))',
    '(?<ip>\\d{1,3}(?:(?:\\[\\.\\]|\\.)\\d{1,3}){3}(?:\\/\\d{1,2})?(?::\\d{1,5})?|(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}(?:::?[0-9a-f]{0,4})*(?:\\/\\d{1,3})?)',
    '(?<asn>AS\\d{2,7})',
    '(?<clock>\\d{1,2}[:h]\\d{2}(?:\\s*(?:utc|gmt|cet|cest|z|hrs|hours))?|\\d{4}\\s*(?:utc|gmt|z|hrs|hours))',
    '(?<num>\\d+(?:[.,/-]\\d+)*(?:st|nd|rd|th)?)',
    "(?<word>[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}]+)*(?:['’](?![\\p{L}]))?)",
    '(?<punct>[,:;()"“”?!/+])',
  ].join('|'),
  'giu',
);

const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december tomorrow tonight midnight noon dawn dusk morning evening overnight weekend hours minutes days weeks immediately imminently shortly soon'.split(
    ' ',
  ),
);
const WE = new Set(['we', 'our', 'us', 'ours', 'ourselves']);
const MODAL = new Set(
  'will shall intend intends plan plans planning going prepared ready would must aim expect'.split(' '),
);

function normWord(w: string): string {
  return w
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/’/g, "'");
}

/** Tokens of one sentence, with gazetteer mentions collapsed into one class token each. */
function tokensOf(text: string, base: number): Tok[] {
  const raw: Tok[] = [];
  const words: { tok: Token; at: number }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const g = m.groups!;
    const start = base + m.index;
    const end = start + m[0].length;
    if (g.word !== undefined) {
      const lower = normWord(m[0]);
      const possessive = /(?:'s|s')$/.test(lower) && lower.length > 2;
      const norm = possessive ? lower.replace(/'s$|'$/, '') : lower.replace(/'$/, '');
      const extra: string[] = [];
      if (TIME_WORDS.has(norm)) extra.push('<TIME>');
      if (raw.length > 0 && /^\p{Lu}/u.test(m[0])) extra.push(/^\p{Lu}+$/u.test(m[0]) ? '<CAPS>' : '<CAP>');
      if (possessive) extra.push('<POSS>');
      words.push({ tok: { norm, text: m[0], start, end, possessive, post: ' ' }, at: raw.length });
      raw.push({ feat: norm, start, end, ...(extra.length > 0 ? { extra } : {}) });
    } else if (g.punct !== undefined)
      raw.push({ feat: m[0] === '“' || m[0] === '”' ? '"' : m[0], start, end });
    else {
      const kind =
        g.url !== undefined
          ? 'url'
          : g.host !== undefined
            ? 'host'
            : g.ip !== undefined
              ? 'ip'
              : g.asn !== undefined
                ? 'asn'
                : g.clock !== undefined
                  ? 'clock'
                  : 'num';
      raw.push({
        feat: `<${kind.toUpperCase()}>`,
        start,
        end,
        ...(kind === 'clock' ? { extra: ['<TIME>'] } : {}),
      });
    }
  }
  if (words.length === 0) return raw;
  const mentions = findMentions({
    start: base,
    end: base + text.length,
    text,
    tokens: words.map((w) => w.tok),
  });
  if (mentions.length === 0) return raw;
  const out: Tok[] = [];
  let r = 0;
  for (const mention of mentions) {
    const from = words[mention.first]!.at;
    const to = words[mention.last]!.at;
    while (r < from) out.push(raw[r++]!);
    const threat = THREAT_STATES.has(mention.state);
    const cls = threat ? '<ACTOR>' : '<STATE>';
    const extra = [`${cls}:${mention.kind}`];
    if (words[mention.last]!.tok.possessive) extra.push('<POSS>');
    out.push({ feat: cls, start: raw[from]!.start, end: raw[to]!.end, extra });
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
): Featurized {
  const toks = tokensOf(text, base);
  const mask = (1 << bits) - 1;
  const buckets: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const add = (f: string, a: number, b: number) => {
    buckets.push(hash(f) & mask);
    first.push(a);
    last.push(b);
  };
  let we = -1;
  let modal = -1;
  let actor = false;
  let prev = '<S>';
  let prev2 = '<S>';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const g = options.capBigram && t.extra?.includes('<CAP>') ? '<CAP>' : t.feat;
    add(t.feat, i, i);
    add(`${prev} ${g}`, Math.max(0, i - 1), i);
    if (options.skip && i >= 2) add(`${prev2} _ ${g}`, i - 2, i);
    if (options.trigram && i >= 2) add(`${prev2} ${prev} ${g}`, i - 2, i);
    if (t.extra) for (const x of t.extra) add(x, i, i);
    if (options.prefix && t.feat.length > 5 && t.feat[0] !== '<') add(`~${t.feat.slice(0, 5)}`, i, i);
    if (options.stem && t.feat[0] !== '<') add(`=${t.feat.replace(/(?:ing|ed|es|s)$/, '')}`, i, i);
    if (WE.has(t.feat)) we = i;
    if (MODAL.has(t.feat)) modal = i;
    if (t.feat === '<ACTOR>') actor = true;
    prev2 = prev;
    prev = g;
  }
  if (toks.length > 0) add(`${prev} </S>`, toks.length - 1, toks.length - 1);
  if (we >= 0 && modal >= 0) add('<WE+MODAL>', Math.min(we, modal), Math.max(we, modal));
  if (actor) add('<HAS-ACTOR>', 0, Math.max(0, toks.length - 1));
  add('<BIAS>', 0, Math.max(0, toks.length - 1));
  return {
    buckets,
    first,
    last,
    tokens: toks.map((t) => ({ start: t.start, end: t.end, actor: t.feat === '<ACTOR>' })),
  };
}

/** Distinct buckets of a featurized sentence (a feature counts once however often it occurs). */
export function uniqueBuckets(f: Featurized): number[] {
  return [...new Set(f.buckets)];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Probability per category (in `model.categories` order) that the sentence violates it. */
export function probabilities(model: SentenceModel, f: Featurized): number[] {
  const size = 1 << model.bits;
  const seen = new Set<number>();
  const z = model.bias.slice();
  for (const b of f.buckets) {
    if (seen.has(b)) continue;
    seen.add(b);
    for (let c = 0; c < z.length; c++) z[c]! += model.weights[c * size + b]! * model.scale[c]!;
  }
  return z.map(sigmoid);
}

export interface ScoredSentence {
  start: number;
  end: number;
  features: Featurized;
  /** By category. */
  p: ReadonlyMap<LintCategory, number>;
}

/** Every sentence of a clause with its probabilities. */
export function scoreClauseText(model: SentenceModel, text: string): ScoredSentence[] {
  return splitSentenceChunks(text)
    .filter((chunk) => chunk.text.trim().length > 0)
    .map((chunk) => {
      const features = featurize(chunk.text, model.bits, chunk.base, model.features);
      const p = probabilities(model, features);
      const lead = chunk.text.length - chunk.text.trimStart().length;
      return {
        start: chunk.base + lead,
        end: chunk.base + chunk.text.trimEnd().length,
        features,
        p: new Map(model.categories.map((c, i) => [c, p[i]!])),
      };
    });
}

/**
 * The phrase the finding covers: for attribution the state-linked actor whose features weigh most for the
 * category (the author the model suspects); otherwise, and where no actor is named, the whole sentence. (A window
 * around the heaviest tokens was tried: it points at the trigger, such as "anonymity", rather than at the
 * narrowing phrase, and missed half the spans in cross-validation.)
 */
export function responsibleSpan(
  model: SentenceModel,
  s: ScoredSentence,
  category: LintCategory,
): { start: number; end: number } {
  const c = model.categories.indexOf(category);
  const { features: f } = s;
  if (category !== 'attribution' || c < 0) return { start: s.start, end: s.end };
  const size = 1 << model.bits;
  const weight = new Map<number, number>();
  for (let k = 0; k < f.buckets.length; k++) {
    const a = f.first[k]!;
    const b = f.last[k]!;
    if (b - a > 2) continue; // sentence-wide features point nowhere
    const w = model.weights[c * size + f.buckets[k]!]! * model.scale[c]!;
    for (let i = a; i <= b; i++) if (f.tokens[i]!.actor) weight.set(i, (weight.get(i) ?? 0) + w);
  }
  let best = -1;
  for (const [i, w] of weight)
    if (best < 0 || w > weight.get(best)! || (w === weight.get(best)! && i < best)) best = i;
  return best >= 0
    ? { start: f.tokens[best]!.start, end: f.tokens[best]!.end }
    : { start: s.start, end: s.end };
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
): ModelHit[] {
  return scored.flatMap((s) => {
    const p = s.p.get(category);
    if (p === undefined || p < threshold) return [];
    return [
      { category, p, ...responsibleSpan(model, s, category), sentenceStart: s.start, sentenceEnd: s.end },
    ];
  });
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
