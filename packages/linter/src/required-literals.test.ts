import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileRule, derivedGates } from './compile-rules';
import { defaultPolicies } from './defaults';
import { escapeRegExp } from './escape-regexp';
import { fastWordBoundaries } from './regex-boundaries';
import { gatedAlternatives, requiredLiterals, requiredLiteralsOfAny } from './required-literals';
import { ruleFromYaml, ruleSpans } from './rules-under-test';

const lit = (source: string, flags = 'iu') => requiredLiterals(source, flags);

describe('literals a regular expression needs (LT94)', () => {
  it('LT94: a plain word is its own gate; a longer alternative containing a shorter one needs only the shorter', () => {
    expect(lit('\\bcondition of anonymity|anonym')).toEqual(['anonym']);
    expect(lit('official')).toEqual(['official']);
  });

  it('LT94: an optional part and a small class give every spelling (a required "colour" would skip "color")', () => {
    expect(lit('colou?r')).toEqual(['color|colour']);
    expect(lit('authori[sz]ed')).toEqual(['authorised|authorized']);
  });

  it('LT94: an alternation needs a word of some alternative; one alternative with no literal leaves no gate', () => {
    expect(lit('\\b(?:head|chief)\\s+of\\b')).toEqual(['chief|head']);
    expect(lit('anonym|\\w+ed')).toEqual([]);
    expect(lit('anonym|\\w+ing')).toEqual(['anonym|ing']);
    expect(lit('x?')).toEqual([]);
    expect(lit('(?:deputy\\s+)?director')).toEqual(['director']);
  });

  it('LT94: the parts of a sequence around a gap are each needed (an AND of gates)', () => {
    expect(lit('\\bnot\\s+authori[sz]ed\\s+to')).toEqual(['not', 'authorised|authorized']);
  });

  it('LT94: a lookaround is zero width: what it looks at is not needed, a negative one least of all', () => {
    expect(lit('unnamed(?!\\s+countr(?:y|ies))')).toEqual(['unnamed']);
    expect(lit('(?<=the\\s)source')).toEqual(['source']);
    expect(lit('(?<![\\p{L}\\p{N}_])(?:named)(?![\\p{L}\\p{N}_])')).toEqual(['named']);
  });

  it('LT94: what a repetition needs once the whole needs; an optional repetition needs nothing', () => {
    expect(lit('(?:very\\s+)+senior')).toEqual(['very', 'senior']);
    expect(lit('(?:very\\s+){0,3}senior')).toEqual(['senior']);
  });

  it('LT94: short words, wide classes, property escapes, back-references, astral characters and `|` give no gate', () => {
    expect(lit('\\bI\\b|\\bwe\\b')).toEqual([]);
    expect(lit('[a-z]+ed')).toEqual([]);
    expect(lit('\\p{Lu}\\p{L}+')).toEqual([]);
    expect(lit('(\\w)\\1')).toEqual([]);
    expect(lit('🔒lock', 'u')).toEqual(['lock']);
    expect(lit('🔒🔒', 'u')).toEqual([]);
    expect(lit('a\\|b\\|c')).toEqual([]);
  });

  it('LT94: an expression the parser cannot read gets no pre-check (it runs on every clause, as before)', () => {
    expect(lit('(?<a>x)(?<a>y)', 'u')).toEqual([]);
  });

  it('LT94: any of several expressions needs a word of the union of one gate each', () => {
    expect(requiredLiteralsOfAny(['anonym', 'off the record'], 'iu')).toEqual(['anonym|off the record']);
    expect(requiredLiteralsOfAny(['anonym', '\\w+'], 'iu')).toEqual([]);
    expect(requiredLiteralsOfAny([], 'iu')).toEqual([]);
    expect(requiredLiteralsOfAny(['\\bnot\\s+named'], 'iu')).toEqual(['not', 'named']);
  });
});

const CONDITIONAL = `  - id: SRC-TEST
    kind: conditional
    category: source-protection
    severity: error
    message: m
    when: ['colou?r|\\banonym|unnamed(?!\\s+countr(?:y|ies))|(?:very\\s+){0,3}secret|authori[sz]ed']
    flag: ['(?:head|chief)\\s+of\\s+(?:the\\s+)?desk']
`;

describe('rules skipped where a literal they need is absent (LT94)', () => {
  it('LT94: the compiler derives the gates of a conditional rule from its `when` and its flags', () => {
    expect(derivedGates(ruleFromYaml(CONDITIONAL))).toEqual([
      'anonym|authorised|authorized|color|colour|secret|unnamed',
      'chief|head',
      'desk',
    ]);
  });

  it('LT94: a rule still fires on every spelling its expressions allow (a gate that skipped one would fail here)', () => {
    const rule = ruleFromYaml(CONDITIONAL);
    for (const when of [
      'The color was agreed.',
      'The colour was agreed.',
      'She spoke ANONYMOUSLY.',
      'An unnamed aide spoke.',
      'It is very very secret.',
      'She was not authorized.',
      'She was not authorised.',
    ])
      expect(ruleSpans(rule, `${when} The head of desk confirmed it.`), when).toEqual(['head of desk']);
    expect(ruleSpans(rule, 'The CHIEF OF THE DESK spoke anonymously.')).toEqual(['CHIEF OF THE DESK']);
  });

  it('LT94: case folding is the engine\'s own: "ſ" (long s) stands for "s" under `i` as in the expression', () => {
    const rule = ruleFromYaml(CONDITIONAL);
    expect(/secret/iu.test('ſecret')).toBe(true);
    expect(ruleSpans(rule, 'It is ſecret. The head of desk confirmed it.')).toEqual(['head of desk']);
  });

  it('LT94: no finding where the literals are absent, nor where they are present and the expression does not match', () => {
    const rule = ruleFromYaml(CONDITIONAL);
    expect(ruleSpans(rule, 'The head of desk confirmed it.')).toEqual([]);
    expect(ruleSpans(rule, 'An unnamed country. The head of desk confirmed it.')).toEqual([]);
  });

  it('LT94: with `entities: [person]` the flags are not needed (a named person is flagged without them)', () => {
    const rule = ruleFromYaml(`${CONDITIONAL}    entities: [person]\n`);
    expect(derivedGates(rule)).toEqual(['anonym|authorised|authorized|color|colour|secret|unnamed']);
  });

  it('LT94: a case-sensitive rule gets case-sensitive gates', () => {
    const rule = ruleFromYaml(`${CONDITIONAL}    ignorecase: false\n`);
    expect(ruleSpans(rule, 'She spoke anonymously. The head of desk confirmed it.')).toEqual([
      'head of desk',
    ]);
    expect(ruleSpans(rule, 'She spoke ANONYMOUSLY. The head of desk confirmed it.')).toEqual([]);
  });
});

/** Sentences of the fixtures and an eighth of the own sets (never a held-out set). */
function sentences(): string[] {
  const out: string[] = [];
  const fixtures = join(import.meta.dirname, 'fixtures');
  for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.yaml'))) {
    const y = parse(readFileSync(join(fixtures, f), 'utf8')) as { invalid?: string[]; valid?: string[] };
    out.push(...(y.invalid ?? []), ...(y.valid ?? []));
  }
  const own = join(import.meta.dirname, 'evaluation');
  for (const f of readdirSync(own).filter((f) => /^own-sentences(-\d+)?\.jsonl$/.test(f)))
    readFileSync(join(own, f), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        // every eighth own sentence (all of them: 17 s of unanchored conditions on a loaded machine)
        if (line.trim() && i % 8 === 0) out.push((JSON.parse(line) as { text: string }).text);
      });
  return out;
}

describe("the bundled rules' derived gates (LT94)", () => {
  it('LT94: every bundled rule compiles with its gates, and most word rules get one', () => {
    const rules = defaultPolicies().flatMap((p) => p.rules);
    for (const rule of rules) expect(() => compileRule(rule)).not.toThrow();
    const wordRules = rules.filter((r) => r.kind === 'conditional' || r.kind === 'existence');
    const gated = wordRules.filter((r) => derivedGates(r).length > 0);
    expect(gated.length / wordRules.length).toBeGreaterThan(0.5);
  });

  it('LT94: every match of every bundled expression, and of each of its alternatives, contains a word of each of its gates (fixture and own sentences)', () => {
    const texts = sentences();
    expect(texts.length).toBeGreaterThan(600);
    const all = texts.join('\n');
    const expressions = new Map<string, string>();
    for (const policy of defaultPolicies())
      for (const rule of policy.rules) {
        const flags = ('ignorecase' in rule ? rule.ignorecase : true) ? 'iu' : 'u';
        // as the compiler compiles them (LT32): conditions as they are, word patterns anchored at a word's start
        const word = (p: string) => `(?<![\\p{L}\\p{N}_])(?:${fastWordBoundaries(p)})(?![\\p{L}\\p{N}_])`;
        const patterns =
          rule.kind === 'conditional'
            ? [...[...rule.when, ...rule.and, ...rule.unless].map(fastWordBoundaries), ...rule.flag.map(word)]
            : rule.kind === 'existence'
              ? [...rule.tokens.map(word), ...rule.unless.map(fastWordBoundaries)]
              : rule.kind === 'entity-context'
                ? rule.context.map(fastWordBoundaries)
                : [];
        for (const p of patterns) expressions.set(`${flags}\u0000${p}`, p);
      }
    let checked = 0;
    const broken: string[] = [];
    const check = (source: string, found: string[], flags: string) => {
      const gates = found.map((g) => new RegExp(g.split('|').map(escapeRegExp).join('|'), flags));
      if (gates.length === 0) return;
      for (const m of all.matchAll(new RegExp(source, `${flags}g`))) {
        checked++;
        for (const g of gates) if (!g.test(m[0])) broken.push(`${source} on "${m[0]}": ${g.source}`);
      }
    };
    for (const [key, source] of expressions) {
      const flags = key.slice(0, key.indexOf('\u0000'));
      check(source, requiredLiterals(source, flags), flags);
      // and each alternative with its own gates (what gated expressions run, LT94)
      const alternatives = gatedAlternatives(source, flags);
      if (alternatives.length > 1) for (const a of alternatives) check(a.source, a.gates, flags);
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
