import { type AST, RegExpParser } from '@eslint-community/regexpp';
import { SHIPPED_REQUIRED_LITERALS } from './required-literals-data';

/**
 * LT94: the literals a regular expression cannot match without. `requiredLiterals(source, flags)` reads the
 * expression's syntax tree (`@eslint-community/regexpp`) and returns gates in the form of `requires:` (LT51): a list
 * of word sets, every set needing one of its words in any text the expression matches (a match contains one of the
 * set's words as a substring, in the expression's own case mode). An empty list: no pre-check could be derived.
 *
 * Sound by construction, not by sampling: a node's `exact` is every string it can match (kept while small), its
 * `all` the word sets each of its matches contains one word of. A sequence multiplies its elements' exact strings
 * while the product stays small and otherwise keeps the runs so far as sets; an alternation's set is the union of
 * one set per alternative (so no alternative can match without a word of it); a lookaround, a boundary or anything
 * optional contributes the empty string; a class of many characters, a property escape, a back-reference, an inline
 * modifier, an astral character and the gates' separator `|` are unknown (they end a run and give no word).
 */

/** Exact strings kept per node at most (beyond: the node is read as word sets only). */
const EXACT_LIMIT = 32;
/** Characters of a class read as its exact alternatives at most ([sz] is two, [a-z] unknown). */
const CLASS_LIMIT = 8;
/** Words of one gate at most (a set of more is hardly selective; its union is not built). */
const SET_LIMIT = 256;
/** Words shorter than this are not worth a gate (nearly every clause has them). */
const MIN_WORD = 3;

interface Info {
  /** Every string the node can match ('' where it can match nothing), when few; undefined when unknown or many. */
  exact?: Set<string>;
  /** Word sets every match contains a word of (all of them). */
  all: string[][];
}

const UNKNOWN: Info = { all: [] };
const EMPTY: Info = { exact: new Set(['']), all: [] };

/** A character the gates can hold: one UTF-16 unit outside the surrogates, and not the gates' separator. */
function gateChar(code: number): string | undefined {
  if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff) || code === 0x7c) return undefined;
  return String.fromCharCode(code);
}

/** A word set as a gate: drops a word containing another (the shorter one is found wherever it is), sorted. */
function minimal(words: Iterable<string>): string[] {
  const sorted = [...new Set(words)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept = new Set<string>();
  const lengths = new Set<number>();
  for (const w of sorted) {
    let covered = false;
    for (const n of lengths) {
      for (let i = 0; i + n <= w.length && !covered; i++) covered = kept.has(w.slice(i, i + n));
      if (covered) break;
    }
    if (covered) continue;
    kept.add(w);
    lengths.add(w.length);
  }
  return [...kept].sort();
}

/** A set usable as a gate: no empty word, every word at least MIN_WORD long, not too many words. */
const usable = (words: string[]): boolean =>
  words.length > 0 && words.length <= SET_LIMIT && words.every((w) => w.length >= MIN_WORD);

const shortest = (words: string[]): number => words.reduce((m, w) => Math.min(m, w.length), Infinity);

/** How selective a set is: its shortest word's length first, then fewer words. */
function better(a: string[], b: string[]): boolean {
  const la = shortest(a);
  const lb = shortest(b);
  return la !== lb ? la > lb : a.length < b.length;
}

/** The node's most selective word set, if any (its exact strings count as one). */
function best(info: Info): string[] | undefined {
  const candidates = [...info.all];
  if (info.exact && !info.exact.has('')) candidates.push(minimal(info.exact));
  let pick: string[] | undefined;
  for (const c of candidates) if (usable(c) && (!pick || better(c, pick))) pick = c;
  return pick;
}

/**
 * LT104: `best(alternation(infos))` from each alternative's exact strings and best set alone (all an alternation
 * reads of an alternative when it has more than one: see alternation).
 */
function bestOfAlternation(alternatives: readonly Pick<Analysis, 'exact' | 'best'>[]): string[] | undefined {
  if (alternatives.length === 1) return alternatives[0]!.best;
  const exacts = alternatives.map((a) => a.exact);
  if (exacts.every((e) => e !== undefined)) {
    const union = new Set(exacts.flatMap((e) => [...e!]));
    if (union.size <= EXACT_LIMIT) return best({ exact: union, all: [] });
  }
  const words: string[] = [];
  for (const a of alternatives) {
    if (!a.best || words.length + a.best.length > SET_LIMIT * 4) return undefined;
    words.push(...a.best);
  }
  const union = minimal(words);
  return union.length <= SET_LIMIT ? best({ all: [union] }) : undefined;
}

function alternation(alternatives: Info[]): Info {
  if (alternatives.length === 1) return alternatives[0]!;
  const exacts = alternatives.map((a) => a.exact);
  if (exacts.every((e) => e !== undefined)) {
    const union = new Set(exacts.flatMap((e) => [...e!]));
    if (union.size <= EXACT_LIMIT) return { exact: union, all: [] };
  }
  const words: string[] = [];
  for (const a of alternatives) {
    const b = best(a);
    if (!b || words.length + b.length > SET_LIMIT * 4) return UNKNOWN;
    words.push(...b);
  }
  const union = minimal(words);
  return union.length <= SET_LIMIT ? { all: [union] } : UNKNOWN;
}

function sequence(elements: Info[]): Info {
  let run: Set<string> | undefined = new Set(['']);
  let whole = true;
  const all: string[][] = [];
  const flush = () => {
    if (run && !run.has('')) all.push(minimal(run));
    run = new Set(['']);
  };
  for (const e of elements) {
    all.push(...e.all);
    if (!e.exact) {
      whole = false;
      flush();
      continue;
    }
    if (run!.size * e.exact.size > EXACT_LIMIT) {
      whole = false;
      flush();
      run = new Set(e.exact);
      continue;
    }
    const next = new Set<string>();
    for (const x of run!) for (const y of e.exact) next.add(x + y);
    run = next;
  }
  if (whole) return { exact: run, all };
  flush();
  return { all };
}

function characterClass(node: AST.CharacterClass): Info {
  if (node.negate || node.unicodeSets) return UNKNOWN;
  const chars = new Set<string>();
  for (const e of node.elements) {
    if (e.type === 'Character') {
      const ch = gateChar(e.value);
      if (ch === undefined) return UNKNOWN;
      chars.add(ch);
    } else if (e.type === 'CharacterClassRange') {
      if (e.max.value - e.min.value >= CLASS_LIMIT) return UNKNOWN;
      for (let v = e.min.value; v <= e.max.value; v++) {
        const ch = gateChar(v);
        if (ch === undefined) return UNKNOWN;
        chars.add(ch);
      }
    } else return UNKNOWN;
    if (chars.size > CLASS_LIMIT) return UNKNOWN;
  }
  return chars.size === 0 ? UNKNOWN : { exact: chars, all: [] };
}

function quantifier(node: AST.Quantifier): Info {
  const inner = element(node.element);
  if (node.min === 1 && node.max === 1) return inner;
  if (node.min === 0)
    return node.max === 1 && inner.exact ? { exact: new Set([...inner.exact, '']), all: [] } : UNKNOWN;
  // at least once: whatever one repetition needs, the whole needs
  const b = best(inner);
  return { all: b ? [...inner.all, b] : inner.all };
}

function element(node: AST.Element): Info {
  switch (node.type) {
    case 'Character': {
      const ch = gateChar(node.value);
      return ch === undefined ? UNKNOWN : { exact: new Set([ch]), all: [] };
    }
    case 'CharacterClass':
      return characterClass(node);
    case 'Group':
      return node.modifiers ? UNKNOWN : alternation(node.alternatives.map(alternative));
    case 'CapturingGroup':
      return alternation(node.alternatives.map(alternative));
    case 'Quantifier':
      return quantifier(node);
    case 'Backreference':
      backreferences++;
      return UNKNOWN;
    case 'Assertion':
      return EMPTY; // zero width: a boundary, or a lookaround (what it looks at is not part of the match)
    default:
      return UNKNOWN; // a character set escape (\w, \p{L}, .), a back-reference, a class expression
  }
}

const alternative = (node: AST.Alternative): Info => sequence(node.elements.map(element));

/** Back-references met while reading an expression (a split at its alternatives would renumber its groups). */
let backreferences = 0;

/** The word sets of a node, its exact strings included as one set. */
function gates(info: Info): string[][] {
  const sets = info.all.filter(usable);
  if (info.exact && !info.exact.has('')) {
    const own = minimal(info.exact);
    if (usable(own)) sets.push(own);
  }
  const seen = new Set<string>();
  return sets.filter((s) => {
    const key = s.join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const parser = new RegExpParser();

/**
 * One expression read once: every string it can match when few (`exact`), what it needs (`gates`), its most
 * selective word set (`best`, one of the gates: what an alternation of it with other expressions takes from it),
 * and its top-level alternatives with what each needs (where splittable).
 */
export interface Analysis {
  exact?: ReadonlySet<string>;
  gates: string[];
  best?: string[];
  alternatives?: { source: string; gates: string[] }[];
}

/**
 * Each expression is read once per source and flags, whichever rule or linter asks (a linter per document, a test per
 * rule: the same bundled expressions again and again). Bounded like LT75's interned expressions.
 */
const KNOWN_BOUND = 8192;
const known = new Map<string, Analysis>();

const asGates = (info: Info): string[] => gates(info).map((s) => s.join('|'));

/**
 * LT104: the analyses of the bundled policies' expressions, derived by the generator (`pnpm --filter @accord/linter
 * generate`, scripts/generate-required-literals.ts) with `analyse` itself, so the first `createLinter` does not parse
 * every pattern again. Keyed by the exact flags and source: a pattern not in it (a changed one, a user's policy) is
 * parsed here as before. Read when first needed.
 */
let shipped: ReadonlyMap<string, ShippedAnalysis> | undefined;
let shippedOff = false;

/** Keys asked for while recording (the generator's list of what the bundled policies need). */
let recording: Set<string> | undefined;

const keyOf = (source: string, flags: string): string => `${flags}\u0000${source}`;

function analysed(source: string, flags: string): Analysis {
  const key = keyOf(source, flags);
  recording?.add(key);
  let a = known.get(key);
  if (!a) {
    if (!shipped && !shippedOff) shipped = shippedAnalyses();
    const row = shippedOff ? undefined : shipped?.get(key);
    a = row ? fromShipped(source, row) : analyse(source, flags);
    if (known.size >= KNOWN_BOUND) known.clear();
    known.set(key, a);
  }
  return a;
}

/**
 * LT104: an analysis as the shipped table holds it: [flags, source, splittable (1, or 0 where it has no
 * alternatives), parts]. A part is a top-level alternative (the whole expression where not splittable) as [its
 * length (the next starts after its `|`), its gates, its best set (an index in its gates, -1: none), its exact
 * strings (0: unknown)]; a gate's words are written in the order the source first has them (so the compressed
 * download finds them in the source) and read back sorted, as the analysis gives them. The whole expression's
 * answers are its one part's, or those of the alternation of its parts, which reads a part's exact strings and best
 * set alone.
 */
export type ShippedAnalysis = [flags: string, source: string, splittable: 0 | 1, parts: ShippedPart[]];
type ShippedPart = [length: number, gates: string[], best: number, exact: string[] | 0];

function shippedAnalyses(): ReadonlyMap<string, ShippedAnalysis> {
  const rows = JSON.parse(SHIPPED_REQUIRED_LITERALS) as ShippedAnalysis[];
  return new Map(rows.map((r) => [keyOf(r[1], r[0]), r]));
}

/** The words of a gate in the order of their first place in `source` (then those it lacks, as they were). */
function inSourceOrder(gate: string, source: string): string {
  const words = gate.split('|');
  const at = new Map(words.map((w) => [w, source.indexOf(w)]));
  const place = (w: string) => (at.get(w)! < 0 ? Number.MAX_SAFE_INTEGER : at.get(w)!);
  return words.sort((a, b) => place(a) - place(b)).join('|');
}

const sortedWords = (gate: string): string => gate.split('|').sort().join('|');

interface Part {
  source: string;
  gates: string[];
  best?: string[];
  exact?: ReadonlySet<string>;
}

function fromShipped(source: string, [, , splittable, rows]: ShippedAnalysis): Analysis {
  let at = 0;
  const parts: Part[] = rows.map(([length, g, b, exact]) => {
    const gates = g.map(sortedWords);
    const part: Part = {
      source: source.slice(at, at + length),
      gates,
      ...(b >= 0 ? { best: gates[b]!.split('|') } : {}),
      ...(exact ? { exact: new Set(exact) } : {}),
    };
    at += length + 1;
    return part;
  });
  const alternatives = splittable
    ? { alternatives: parts.map((p) => ({ source: p.source, gates: p.gates })) }
    : {};
  if (parts.length === 1) {
    const { gates, best: b, exact } = parts[0]!;
    return { gates, ...(b ? { best: b } : {}), ...(exact ? { exact } : {}), ...alternatives };
  }
  // an alternation reads of each alternative its exact strings and best set only (see alternation and best)
  const info = alternation(
    parts.map((p) => ({ ...(p.exact ? { exact: new Set(p.exact) } : {}), all: p.best ? [p.best] : [] })),
  );
  const b = best(info);
  return {
    gates: asGates(info),
    ...(b ? { best: b } : {}),
    ...(info.exact ? { exact: info.exact } : {}),
    ...alternatives,
  };
}

/** LT104: an analysis as a row of the shipped table (the generator's; `fromShipped` reads it back). */
function toShipped(source: string, flags: string, a: Analysis, parts: Part[] | undefined): ShippedAnalysis {
  const row = (p: Omit<Part, 'source'>, within: string, length: number): ShippedPart => {
    const best = p.best ? p.gates.indexOf(p.best.join('|')) : -1;
    if (p.best && best < 0) throw new Error(`required literals: best set not among the gates of ${within}`);
    for (const g of p.gates)
      if (sortedWords(g) !== g)
        throw new Error(`required literals: a gate's words out of order in ${within}`);
    return [length, p.gates.map((g) => inSourceOrder(g, within)), best, p.exact ? [...p.exact] : 0];
  };
  if (!parts || !a.alternatives) return [flags, source, 0, [row(a, source, source.length)]];
  let at = 0;
  for (const p of parts) {
    if (source.slice(at, at + p.source.length) !== p.source)
      throw new Error(`required literals: the alternatives of ${source} are not its pieces between bars`);
    at += p.source.length + 1;
  }
  return [flags, source, 1, parts.map((p) => row(p, p.source, p.source.length))];
}

/**
 * LT104, for the generator and its test: runs `run` with the shipped table off and returns, sorted, the rows for
 * every expression analysed meanwhile, each read afresh by the parser.
 */
export function shippedRowsFor(run: () => void): ShippedAnalysis[] {
  const keys = new Set<string>();
  recording = keys;
  try {
    withoutShippedTable(run);
  } finally {
    recording = undefined;
  }
  return [...keys].sort().map((key) => {
    const cut = key.indexOf('\u0000');
    const flags = key.slice(0, cut);
    const source = key.slice(cut + 1);
    const { analysis, parts } = analyseWithParts(source, flags);
    return toShipped(source, flags, analysis, parts);
  });
}

/** LT104: `run` with the shipped table off, every expression read afresh by the parser (for the table's test). */
export function withoutShippedTable<T>(run: () => T): T {
  const wasOff = shippedOff;
  shippedOff = true;
  known.clear();
  try {
    return run();
  } finally {
    shippedOff = wasOff;
    known.clear();
  }
}

/** LT104: the shipped table's rows, as the module holds them (for its test). */
export function shippedRows(): ShippedAnalysis[] {
  return JSON.parse(SHIPPED_REQUIRED_LITERALS) as ShippedAnalysis[];
}

const analyse = (source: string, flags: string): Analysis => analyseWithParts(source, flags).analysis;

/** The analysis and, where splittable, each top-level alternative's own (the shipped table's parts). */
function analyseWithParts(source: string, flags: string): { analysis: Analysis; parts?: Part[] } {
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, {
      unicode: flags.includes('u'),
      unicodeSets: flags.includes('v'),
    });
  } catch (error) {
    // Not swallowed blindly: an expression this parser cannot read (one the engine accepts, or it would not have
    // compiled) gets no pre-check and runs on every clause, whole, as every expression did before LT94.
    if (error instanceof SyntaxError) return { analysis: { gates: [] } };
    throw error;
  }
  backreferences = 0;
  const parts = pattern.alternatives.map((node) => {
    const info = alternative(node);
    const b = best(info);
    const part: Part & { info: Info } = {
      source: node.raw,
      info,
      gates: asGates(info),
      ...(b ? { best: b } : {}),
      ...(info.exact ? { exact: info.exact } : {}),
    };
    return part;
  });
  const info = alternation(parts.map((p) => p.info));
  const b = best(info);
  const analysis: Analysis = {
    gates: asGates(info),
    ...(b ? { best: b } : {}),
    ...(info.exact ? { exact: info.exact } : {}),
    ...(backreferences === 0
      ? { alternatives: parts.map((p) => ({ source: p.source, gates: p.gates })) }
      : {}),
  };
  return backreferences === 0 ? { analysis, parts } : { analysis };
}

/**
 * LT94: the word sets (each `w1|w2|…` as a `requires:` entry) that every match of the expression needs one word of;
 * [] when none could be derived.
 */
export function requiredLiterals(source: string, flags: string): string[] {
  return analysed(source, flags).gates;
}

/**
 * LT94: the word set a text needs one word of for any of the expressions (sources, one flags) to match: [] when one
 * of them has none. One expression: all of its sets.
 */
export function requiredLiteralsOfAny(sources: readonly string[], flags: string): string[] {
  if (sources.length === 0) return [];
  if (sources.length === 1) return requiredLiterals(sources[0]!, flags);
  const b = bestOfAlternation(sources.map((s) => analysed(s, flags)));
  return b ? [b.join('|')] : [];
}

/**
 * LT94: the top-level alternatives of an expression, as substrings of its source (`a|b(?:c|d)|e`: `a`, `b(?:c|d)`,
 * `e`), each with the literals it needs; the expression as its only alternative where the parser cannot read it or
 * splitting it could change what it matches (a back-reference counts groups across alternatives). An alternation
 * tries its alternatives in order at each position, so the alternatives joined again by `|` are the same expression.
 */
export function gatedAlternatives(source: string, flags: string): { source: string; gates: string[] }[] {
  const a = analysed(source, flags);
  return a.alternatives ?? [{ source, gates: a.gates }];
}
