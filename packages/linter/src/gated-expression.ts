import { keywordGateList } from './keyword-scan';
import { gatedAlternatives } from './required-literals';

/** A match's span. */
export interface Span {
  start: number;
  end: number;
}

/** The spans of a global exec loop of `re` over `text`, leftmost first, an empty match skipped (the search going on
 * one character later). */
export function allMatches(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * LT94: an expression (the alternation of some patterns, wrapped, e.g. between word boundaries) that runs on a text
 * only the alternatives that could match it. Each top-level alternative of each pattern gets the literals it needs
 * (requiredLiterals); an alternative none of whose gates a text passes cannot match anywhere in it, so leaving it
 * out changes no answer: `test` is true exactly where the whole expression's is, and `matches` gives the spans a
 * global exec loop of the whole expression gives (leftmost first; at one position, the first alternative in order;
 * an empty match skipped, the search going on one character later).
 */
export interface GatedExpression {
  /** The whole expression, as before LT94 (compiled when first asked for, LT104). */
  readonly whole: RegExp;
  test(text: string): boolean;
  matches(text: string): Span[];
}

/**
 * LT104: an expression compiled when first used: most of a gated expression's clauses run only some pieces or none,
 * and the whole expression's `new RegExp` was a third of the first createLinter. Its flags are known before.
 */
export interface Deferred {
  readonly source: string;
  readonly flags: string;
  regex(): RegExp;
}

/** A compiled expression as a Deferred one. */
export const compiledNow = (re: RegExp): Deferred => ({
  source: re.source,
  flags: re.flags,
  regex: () => re,
});

/** A piece: some consecutive alternatives as one expression, compiled when a text first needs it. */
interface Piece {
  source: string;
  compiled?: RegExp;
}

const regexOf = (p: Piece, flags: string, compile: (source: string, flags: string) => RegExp): RegExp =>
  (p.compiled ??= compile(p.source, flags));

/**
 * LT94: `expression`, the expression `wrap((?:p1)|(?:p2)|…)` of `patterns` (compiled sources, or to be compiled when
 * first needed, LT104), gated; its pieces compiled with its flags by `compile` (the interned compiler, LT75). Consecutive alternatives without a derivable literal are
 * kept together as one piece.
 */
export function gatedExpression(
  expression: RegExp | Deferred,
  patterns: readonly string[],
  wrap: (body: string) => string,
  compile: (source: string, flags: string) => RegExp,
): GatedExpression {
  const deferred = expression instanceof RegExp ? compiledNow(expression) : expression;
  const join = (parts: readonly string[]) => parts.map((p) => `(?:${p})`).join('|');
  const flags = deferred.flags;
  const plain = flags.replace(/[gy]/g, '');
  const pieces: { parts: string[]; gates: string[] }[] = [];
  for (const { source, gates } of patterns.flatMap((p) => gatedAlternatives(p, plain))) {
    const last = pieces.at(-1);
    if (gates.length === 0 && last && last.gates.length === 0) last.parts.push(source);
    else pieces.push({ parts: [source], gates });
  }
  if (pieces.every((p) => p.gates.length === 0))
    return {
      get whole() {
        return deferred.regex();
      },
      test: (text) => {
        const whole = deferred.regex();
        whole.lastIndex = 0;
        return whole.test(text);
      },
      matches: (text) => allMatches(deferred.regex(), text),
    };
  const compiled: Piece[] = pieces.map((p) => ({ source: wrap(join(p.parts)) }));
  const re = (p: Piece): RegExp => regexOf(p, flags, compile);
  const gates = keywordGateList(
    pieces.map((p) => p.gates),
    plain.includes('i'),
  );
  const none: Piece[] = [];
  const active = (text: string): Piece[] | undefined => {
    const bits = gates.passes(text);
    let some: Piece[] | undefined;
    let all = true;
    for (let i = 0; i < compiled.length; i++) {
      if (gates.passed(bits, i)) {
        some ??= [];
        some.push(compiled[i]!);
      } else all = false;
    }
    return all ? undefined : (some ?? none); // all: every piece may match, so the whole expression, one scan
  };
  return {
    get whole() {
      return deferred.regex();
    },
    test(text) {
      const some = active(text);
      if (!some) {
        const whole = deferred.regex();
        whole.lastIndex = 0;
        return whole.test(text);
      }
      return some.some((p) => {
        const r = re(p);
        r.lastIndex = 0;
        return r.test(text);
      });
    },
    matches(text) {
      const some = active(text);
      if (!some) return allMatches(deferred.regex(), text);
      if (some.length === 0) return [];
      if (!flags.includes('g')) throw new Error('gatedExpression: matches needs the g flag');
      if (some.length === 1) return allMatches(re(some[0]!), text);
      // the pieces' leftmost matches merged: each piece's next match from the search position (a match found
      // from an earlier position that starts at or after this one is the one a search from here finds)
      const next: ({ start: number; length: number; from: number } | null | undefined)[] = some.map(
        () => undefined,
      );
      const spans: Span[] = [];
      let at = 0;
      for (;;) {
        let best = -1;
        for (let k = 0; k < some.length; k++) {
          let m = next[k];
          if (m === undefined || (m !== null && m.start < at && m.from < at)) {
            const r = re(some[k]!);
            r.lastIndex = at;
            const found = r.exec(text);
            m = found ? { start: found.index, length: found[0].length, from: at } : null;
            next[k] = m;
          }
          if (m !== null && (best === -1 || m.start < next[best]!.start)) best = k;
        }
        if (best === -1) return spans;
        const m = next[best]!;
        if (m.length === 0) {
          at = m.start + 1;
          continue;
        }
        spans.push({ start: m.start, end: m.start + m.length });
        at = m.start + m.length;
      }
    },
  };
}
