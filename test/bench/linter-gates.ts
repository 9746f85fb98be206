/**
 * Proposes keyword gates (LT51) for the bundled word rules: for each rule, words one of which every text the rule
 * can flag must contain, derived soundly from its patterns (a match of a token must contain one of its words; an
 * antipattern `^(?![\s\S]*X)` demands X in the sentence; a conditional rule's `when` and each `and` must match),
 * and how many of the bench statement's clauses and of the development sentences each gate lets through.
 * Run: pnpm exec tsx test/bench/linter-gates.ts [RULE-ID…]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultPolicies, type Rule } from '../../packages/linter/src/index';
import { benchStatement } from './linter-statement';

/** exact: the finite set of strings the node matches (null: too many or unknown); must: one of these is in every match. */
interface Info {
  exact: Set<string> | null;
  must: Set<string> | null;
}
const MAX_SET = 24;
const EMPTY: Info = { exact: new Set(['']), must: null };
const UNKNOWN: Info = { exact: null, must: null };

const cross = (a: Set<string>, b: Set<string>): Set<string> | null => {
  if (a.size * b.size > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
};
const nonEmpty = (s: Set<string> | null): Set<string> | null =>
  s && ![...s].some((x) => x === '') ? s : null;
/** The most selective of candidate sets: longest shortest word, then fewest words. */
function best(cands: (Set<string> | null)[]): Set<string> | null {
  let pick: Set<string> | null = null;
  let score = -1;
  for (const c of cands) {
    const s = nonEmpty(c && sanitize(c));
    if (!s) continue;
    const min = Math.min(...[...s].map((x) => x.length));
    const sc = min * 1000 - s.size;
    if (sc > score) {
      score = sc;
      pick = s;
    }
  }
  return pick;
}
/** Gate words may hold only letters, digits, hyphens, apostrophes and dots: keep each word's longest such run (case kept: a gate's case is its rule's). */
function sanitize(s: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const w of s) {
    const runs = w.match(/[\p{L}\p{N}'’.-]+/gu) ?? [''];
    out.add(runs.reduce((a, b) => (b.length > a.length ? b : a), ''));
  }
  return out;
}

class Parser {
  i = 0;
  constructor(readonly src: string) {}
  alt(): Info {
    const branches: Info[] = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.seq());
    }
    if (branches.length === 1) return branches[0]!;
    let exact: Set<string> | null = new Set();
    for (const b of branches) {
      if (!b.exact || !exact) exact = null;
      else for (const x of b.exact) exact.add(x);
    }
    if (exact && exact.size > MAX_SET) exact = null;
    let must: Set<string> | null = new Set();
    for (const b of branches) {
      const m = best([b.must, b.exact]);
      if (!m || !must) must = null;
      else for (const x of m) must.add(x);
    }
    return { exact, must };
  }
  seq(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')')
      items.push(this.quantified());
    const cands: (Set<string> | null)[] = items.map((x) => x.must);
    let run: Set<string> | null = new Set(['']);
    let whole: Set<string> | null = new Set(['']);
    for (const it of items) {
      whole = whole && it.exact ? cross(whole, it.exact) : null;
      if (it.exact) {
        const next: Set<string> | null = run ? cross(run, it.exact) : null;
        if (next) run = next;
        else {
          cands.push(run);
          run = it.exact;
        }
      } else {
        cands.push(run);
        run = new Set(['']);
      }
    }
    cands.push(run);
    return { exact: whole, must: best(cands) };
  }
  quantified(): Info {
    const atom = this.atom();
    const q = /^(?:\?|\*|\+|\{(\d+)(,(\d*))?\})\??/.exec(this.src.slice(this.i));
    if (!q) return atom;
    this.i += q[0].length;
    const op = q[0][0];
    const min = op === '?' || op === '*' ? 0 : op === '+' ? 1 : Number(q[1]);
    const max =
      op === '?' ? 1 : op === '*' || op === '+' ? Infinity : q[2] ? (q[3] ? Number(q[3]) : Infinity) : min;
    if (min === 0) {
      const exact = max === 1 && atom.exact ? new Set([...atom.exact, '']) : null;
      return { exact, must: null };
    }
    return { exact: min === 1 && max === 1 ? atom.exact : null, must: best([atom.must, atom.exact]) };
  }
  atom(): Info {
    const s = this.src;
    const c = s[this.i]!;
    // a quantifier with nothing to repeat is no pattern this reads (and never a literal)
    if (c === '?' || c === '*' || c === '+' || c === '{') throw new Error(`unexpected ${c} at ${this.i}`);
    if (c === '(') {
      let kind = 'group';
      if (s.startsWith('(?:', this.i)) this.i += 3;
      else if (/^\(\?<?[=!]/.test(s.slice(this.i))) {
        kind = 'look';
        this.i += s[this.i + 2] === '<' ? 4 : 3;
      } else if (s.startsWith('(?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      else this.i++;
      const inner = this.alt();
      if (s[this.i] !== ')') throw new Error(`unbalanced at ${this.i}`);
      this.i++;
      return kind === 'look' ? EMPTY : inner;
    }
    if (c === '[') {
      let j = this.i + 1;
      const chars = new Set<string>();
      let known = s[j] !== '^';
      for (; s[j] !== ']'; j++) {
        if (s[j] === '\\') {
          j++;
          if (/[sSwWdDpPbBux]/.test(s[j]!)) known = false;
          else if (s[j] === 'n') chars.add('\n');
          else chars.add(s[j]!);
          if (s[j] === 'p' || s[j] === 'P') j = s.indexOf('}', j);
        } else if (s[j + 1] === '-' && s[j + 2] !== ']') known = false;
        else chars.add(s[j]!);
      }
      this.i = j + 1;
      return known && chars.size <= 6 ? { exact: chars, must: null } : UNKNOWN;
    }
    if (c === '\\') {
      const e = s[this.i + 1]!;
      this.i += 2;
      if (e === 'b' || e === 'B') return EMPTY;
      if (e === 'p' || e === 'P') {
        this.i = s.indexOf('}', this.i) + 1;
        return UNKNOWN;
      }
      if (/[sSwWdDux0-9kcf]/.test(e)) return UNKNOWN;
      if (e === 'n') return { exact: new Set(['\n']), must: null };
      if (e === 't' || e === 'r' || e === 'v') return UNKNOWN;
      return { exact: new Set([e]), must: null };
    }
    this.i++;
    if (c === '.') return UNKNOWN;
    if (c === '^' || c === '$') return EMPTY;
    return { exact: new Set([c]), must: null };
  }
}

/** Words one of which every match of the pattern contains (null: none known). */
export function mustWords(pattern: string): Set<string> | null {
  const p = new Parser(pattern);
  const info = p.alt();
  if (p.i !== pattern.length) throw new Error(`unparsed tail at ${p.i} of ${pattern}`);
  return best([info.must, info.exact]);
}

const union = (sets: (Set<string> | null)[]): Set<string> | null => {
  const out = new Set<string>();
  for (const s of sets) {
    if (!s) return null;
    for (const x of s) out.add(x);
  }
  return out;
};

/** Each gate a rule could carry (all must hold), from its tokens, conditions and sentence-context antipatterns. */
export function derivedGates(rule: Rule): { from: string; words: Set<string> }[] {
  const gates: { from: string; words: Set<string> | null }[] = [];
  const DEMANDS = '^(?![\\s\\S]*';
  const demanded = (unless: string[]) =>
    unless
      .filter((u) => u.startsWith(DEMANDS) && u.endsWith(')'))
      .map((u, k) => {
        try {
          return { from: `unless#${k}`, words: mustWords(u.slice(DEMANDS.length, -1)) };
        } catch {
          return { from: `unless#${k}`, words: null };
        }
      });
  if (rule.kind === 'existence')
    gates.push({ from: 'tokens', words: union(rule.tokens.map(mustWords)) }, ...demanded(rule.unless));
  if (rule.kind === 'substitution')
    gates.push(
      { from: 'swap', words: union(Object.keys(rule.swap).map(mustWords)) },
      ...demanded(rule.unless),
    );
  if (rule.kind === 'conditional') {
    gates.push({ from: 'when', words: union(rule.when.map(mustWords)) });
    rule.and.forEach((a, k) => {
      gates.push({ from: `and#${k}`, words: mustWords(a) });
    });
    if (!rule.entities.includes('person') && rule.flag.length > 0)
      gates.push({ from: 'flag', words: union(rule.flag.map(mustWords)) });
  }
  return gates
    .filter((g): g is { from: string; words: Set<string> } => g.words !== null && g.words.size > 0)
    .map((g) => ({ from: g.from, words: minimal(g.words, rule.ignorecase) }));
}

/** Drops each word that contains another word of the set ("advisers" where "adviser" is there: same gate). */
function minimal(words: Set<string>, ignorecase: boolean): Set<string> {
  const fold = (w: string) => (ignorecase ? w.toLowerCase() : w);
  const list = [...new Set([...words].map(fold))];
  return new Set(list.filter((w) => !list.some((v) => v !== w && w.includes(v))));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = process.argv.slice(2);
  const root = new URL('../../packages/linter/', import.meta.url);
  const dev = ['dev', ...Array.from({ length: 9 }, (_, i) => `dev-${i + 2}`)].flatMap((f) =>
    readFileSync(new URL(`eval/${f}.jsonl`, root), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  const bench = benchStatement().map((c) => c.text);
  for (const p of defaultPolicies())
    for (const rule of p.rules) {
      if (only.length > 0 && !only.includes(rule.id)) continue;
      for (const g of derivedGates(rule)) {
        const words = [...g.words].sort();
        const re = new RegExp(
          words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
          rule.ignorecase ? 'iu' : 'u',
        );
        const pass = (xs: string[]) =>
          `${((100 * xs.filter((x) => re.test(x)).length) / xs.length).toFixed(0)} %`;
        console.log(
          `${rule.id} ${g.from}: bench ${pass(bench)}, dev ${pass(dev)} pass  '${words.join('|')}'`,
        );
      }
    }
}
