import { escapeRegExp } from './escape-regexp';

/**
 * LT69: every rule's keyword gates (LT51) answered by one scan of the clause text. The gates of all compiled rules
 * share one automaton (Aho–Corasick, as a table over the gate words' letters); a text is scanned once, which sets
 * every gate one of whose words it contains; each gated rule then reads its gates' bits. Same answers as one
 * regular expression per gate (`/w1|w2|…/iu`, or `/…/u` for a rule with `ignorecase: false`): a text character
 * stands for a gate letter exactly where the single-letter expression `/x/iu` matches it, asked of the regular
 * expression engine itself (once per character seen), so the case folding is the engine's own.
 */

interface Gate {
  words: string[];
  ignorecase: boolean;
  /**
   * The gate as one regular expression (as before LT69): used where the automaton cannot answer, so compiled only
   * then (LT104: compiling one per gate was a tenth of the first createLinter).
   */
  regex?: RegExp;
}

const regexOf = (g: Gate): RegExp =>
  (g.regex ??= new RegExp(g.words.map(escapeRegExp).join('|'), g.ignorecase ? 'iu' : 'u'));

/**
 * One automaton: the gate words of one case mode over letter classes (0: a character no word contains). Compact, so
 * it stays in the processor's caches between clauses: a full transition table for the root, the trie's own edges
 * for other states (a few each), failure links followed at run time.
 */
interface Automaton {
  classOf: (code: number) => number;
  /** next state from the root, by class */
  root: Int32Array;
  /** state s's edges are edgeClass/edgeNext[first[s] .. first[s + 1]) */
  first: Int32Array;
  edgeClass: Int32Array;
  edgeNext: Int32Array;
  fail: Int32Array;
  /** gate ids of the words that end at a state, its own and those of its suffixes */
  outputs: (readonly number[])[];
}

const NO_OUTPUT: readonly number[] = [];

/** The state after reading class c in state s. */
function step(a: Automaton, s: number, c: number): number {
  if (c === 0) return 0;
  for (;;) {
    if (s === 0) return a.root[c]!;
    for (let e = a.first[s]!, end = a.first[s + 1]!; e < end; e++)
      if (a.edgeClass[e] === c) return a.edgeNext[e]!;
    s = a.fail[s]!;
  }
}

/**
 * LT104: the trie is built as flat arrays (each state's parent and the class of its one incoming edge; the edges by
 * one map from state and class) rather than a Map and a Set per state: the same automaton, its states numbered and
 * its edges ordered as they were, for a tenth of the allocations (the build is part of every linter's first lint).
 */
function buildAutomaton(
  words: { text: string; gate: number }[],
  classOf: (code: number) => number,
  classes: number,
): Automaton {
  const edge = new Map<number, number>(); // s * classes + c -> t
  const parent: number[] = [0];
  const via: number[] = [0];
  const own: (Set<number> | undefined)[] = [undefined];
  for (const { text, gate } of words) {
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = classOf(text.charCodeAt(i));
      const key = s * classes + c;
      let t = edge.get(key);
      if (t === undefined) {
        t = parent.length;
        parent.push(s);
        via.push(c);
        own.push(undefined);
        edge.set(key, t);
      }
      s = t;
    }
    let ends = own[s];
    if (!ends) {
      ends = new Set();
      own[s] = ends;
    }
    ends.add(gate);
  }
  const n = parent.length;
  // a state's edges in the order its children were made (t ascending), as a Map per state kept them
  const first = new Int32Array(n + 1);
  for (let t = 1; t < n; t++) if (parent[t] !== 0) first[parent[t]! + 1]!++;
  for (let s = 0; s < n; s++) first[s + 1]! += first[s]!;
  const edgeClass = new Int32Array(first[n]!);
  const edgeNext = new Int32Array(first[n]!);
  const root = new Int32Array(classes);
  const fill = first.slice(0, n);
  const rootChildren: number[] = [];
  for (let t = 1; t < n; t++) {
    const s = parent[t]!;
    if (s === 0) {
      root[via[t]!] = t;
      rootChildren.push(t);
    } else {
      const e = fill[s]!++;
      edgeClass[e] = via[t]!;
      edgeNext[e] = t;
    }
  }
  const a: Automaton = { classOf, root, first, edgeClass, edgeNext, fail: new Int32Array(n), outputs: [] };
  const outputs: (readonly number[])[] = new Array(n).fill(NO_OUTPUT);
  // failure links breadth first: a state's link is shallower, so already known
  const queue = rootChildren;
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    const f = a.fail[s]!;
    const mine = own[s];
    outputs[s] = mine === undefined ? outputs[f]! : [...new Set([...mine, ...outputs[f]!])];
    for (let e = first[s]!, end = first[s + 1]!; e < end; e++) {
      const t = edgeNext[e]!;
      a.fail[t] = step(a, f, edgeClass[e]!);
      queue.push(t);
    }
  }
  a.outputs = outputs;
  return a;
}

/**
 * Letter classes for case-insensitive words: two letters of the words are one class where `/x/iu` matches y; a
 * text character belongs to the class whose letters `/x/iu` matches. `consistent` turns false if the engine's
 * answers do not form classes (a character matching letters of two classes, or only some of one): then the
 * automaton's answer could differ from the regular expressions', and the gates fall back to them.
 */
function caseClasses(letters: string[]) {
  const single = letters.map((x) => new RegExp(escapeRegExp(x), 'iu'));
  const cls = new Int32Array(letters.length).fill(-1);
  let classes = 1;
  let consistent = true;
  for (let i = 0; i < letters.length; i++) {
    if (cls[i] !== -1) continue;
    cls[i] = classes;
    for (let j = i + 1; j < letters.length; j++)
      if (single[i]!.test(letters[j]!)) {
        if (cls[j] !== -1) consistent = false;
        cls[j] = classes;
      }
    classes++;
  }
  const memo = new Int16Array(0x10000).fill(-1);
  const classOf = (code: number): number => {
    let c = memo[code]!;
    if (c !== -1) return c;
    const ch = String.fromCharCode(code);
    c = 0;
    const hit: number[] = [];
    for (let i = 0; i < letters.length; i++) if (single[i]!.test(ch)) hit.push(i);
    if (hit.length > 0) {
      c = cls[hit[0]!]!;
      const members = cls.reduce((k, x) => (x === c ? k + 1 : k), 0);
      if (hit.some((i) => cls[i] !== c) || hit.length !== members) {
        consistent = false;
        c = 0;
      }
    }
    memo[code] = c;
    return c;
  };
  return { classOf, classes, consistent: () => consistent };
}

/** Letter classes for case-sensitive words: each letter its own class. */
function exactClasses(letters: string[]) {
  const index = new Int16Array(0x10000);
  letters.forEach((x, i) => {
    index[x.charCodeAt(0)] = i + 1;
  });
  return { classOf: (code: number) => index[code]!, classes: letters.length + 1 };
}

/** True when every character of the word is a single UTF-16 unit outside the surrogates (the automaton's alphabet). */
const bmpOnly = (word: string): boolean => !/[\uD800-\uDFFF]/.test(word);

class KeywordScan {
  private readonly gates: Gate[] = [];
  private readonly ids = new Map<string, number>();
  private built:
    | { insensitive?: Automaton; sensitive?: Automaton; consistent: () => boolean; usable: boolean }
    | undefined;
  private readonly answers = new Map<string, Uint8Array>();

  /** The id of a gate (`w1|w2|…`), registered on first sight. */
  gate(words: string, ignorecase: boolean): number {
    const key = `${ignorecase ? 'i' : 's'}\u0000${words}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.gates.length;
      this.gates.push({ words: words.split('|'), ignorecase });
      this.ids.set(key, id);
      this.built = undefined;
      this.answers.clear();
    }
    return id;
  }

  private build() {
    const insensitive: { text: string; gate: number }[] = [];
    const sensitive: { text: string; gate: number }[] = [];
    let usable = true;
    this.gates.forEach((g, gate) => {
      for (const text of g.words) {
        if (!bmpOnly(text)) usable = false;
        (g.ignorecase ? insensitive : sensitive).push({ text, gate });
      }
    });
    const lettersOf = (ws: { text: string }[]) => {
      const letters = new Set<string>();
      for (const w of ws) for (const ch of w.text) letters.add(ch);
      return [...letters].sort();
    };
    const ci = caseClasses(lettersOf(insensitive));
    const cs = exactClasses(lettersOf(sensitive));
    this.built = {
      ...(insensitive.length > 0 ? { insensitive: buildAutomaton(insensitive, ci.classOf, ci.classes) } : {}),
      ...(sensitive.length > 0 ? { sensitive: buildAutomaton(sensitive, cs.classOf, cs.classes) } : {}),
      consistent: ci.consistent,
      usable,
    };
    return this.built;
  }

  /** Which gates the text passes (1 per passed gate id). */
  scan(text: string): Uint8Array {
    const known = this.answers.get(text);
    if (known) return known;
    const built = this.built ?? this.build();
    const passed = new Uint8Array(this.gates.length);
    if (built.usable) {
      for (const a of [built.insensitive, built.sensitive]) {
        if (!a) continue;
        const { classOf, outputs, root } = a;
        let s = 0;
        for (let i = 0; i < text.length; i++) {
          const c = classOf(text.charCodeAt(i));
          s = s === 0 ? root[c]! : step(a, s, c);
          if (s === 0) continue;
          const out = outputs[s]!;
          for (let k = 0; k < out.length; k++) passed[out[k]!] = 1;
        }
      }
    }
    if (!built.usable || !built.consistent())
      for (let g = 0; g < this.gates.length; g++) passed[g] = regexOf(this.gates[g]!).test(text) ? 1 : 0;
    if (this.answers.size >= 2048) this.answers.clear();
    this.answers.set(text, passed);
    return passed;
  }
}

const shared = new KeywordScan();

/**
 * LT51 + LT69: a rule's keyword gates as one test of the clause text; every gate must find one of its words
 * (matched as plain substrings). No gates: every clause passes.
 */
export function keywordGates(requires: string[] | undefined, ignorecase: boolean): (text: string) => boolean {
  if (!requires) return () => true;
  const ids = requires.map((words) => shared.gate(words, ignorecase));
  return (text) => {
    const passed = shared.scan(text);
    for (const id of ids) if (passed[id] !== 1) return false;
    return true;
  };
}

/**
 * LT94: several entries' keyword gates (each as `keywordGates`; [] for an entry without gates, which always passes)
 * answered by one scan of the text: `passes(text)` gives the gates' bits, `passed(bits, i)` whether entry i passed.
 */
export function keywordGateList(
  entries: readonly (readonly string[])[],
  ignorecase: boolean,
): { passes: (text: string) => Uint8Array; passed: (bits: Uint8Array, entry: number) => boolean } {
  const ids = entries.map((requires) => requires.map((words) => shared.gate(words, ignorecase)));
  return {
    passes: (text) => shared.scan(text),
    passed: (bits, entry) => {
      for (const id of ids[entry]!) if (bits[id] !== 1) return false;
      return true;
    },
  };
}
