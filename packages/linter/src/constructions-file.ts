import { z } from 'zod';
import { createStemIndex, stemProblem } from './class-stems';
import { type CompiledPattern, type ConstructionSet, parsePattern } from './constructions';
import { foldWord, normalFormProblem, withTokenLetters } from './fold-word';
import { rememberedTest } from './remembered-test';

const WORD = /[\p{L}\p{N}]+/gu;

/** A construction file: word classes, reusable phrases and patterns (see constructions.ts for the syntax). */
export const ConstructionFileSchema = z
  .object({
    constructions: z.string().min(1),
    description: z.string().optional(),
    /** Classes whose words must occur in a sentence before it is tagged and matched at all. */
    gate: z.array(z.string().min(1)).min(1),
    classes: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(z.string().min(1)).min(1)),
    phrases: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(z.string().min(1)).min(1)).default({}),
    patterns: z
      .array(
        z
          .object({
            id: z.string().regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/),
            /** sure: the policy's severity; unsure: a warning (recall before precision). */
            certainty: z.enum(['sure', 'unsure']).default('sure'),
            pattern: z.string().min(1),
            antipatterns: z.array(z.string().min(1)).default([]),
            /** Classes at least one word of which must occur somewhere in the sentence. */
            requires: z.array(z.string()).default([]),
            /** The span reported: the actor phrase (default) or the whole match ("Russia's cyber-attacks"). */
            span: z.enum(['actor', 'match']).default('actor'),
            /** What the reported span names, so the policy's rewrite fits: the activity or its actors. */
            names: z.enum(['activity', 'actors']).optional(),
            example: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type ConstructionFile = z.output<typeof ConstructionFileSchema>;

/** Compiles a validated construction file; each problem comes with the path of the field it is in. */
export function compileConstructions(file: ConstructionFile): {
  set: ConstructionSet;
  problems: { path: PropertyKey[]; reason: string }[];
} {
  const problems: { path: PropertyKey[]; reason: string }[] = [];
  const classes = new Map(
    Object.entries(file.classes).map(([name, entries]) => [
      name,
      // a hyphenated entry matches as the tokenizer gives it: split ("Tehran-born" is two tokens) or, where
      // compromise keeps the word whole ("co-sponsored"), as one token (LT68)
      entries.flatMap((e) => {
        const words = e.toLowerCase().split(/[\s]+/);
        const split = words.flatMap((w) => w.split(/(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/u));
        return split.length > words.length ? [split, words] : [split];
      }),
    ]),
  );
  const classNames = new Set(classes.keys());
  for (const [name, entries] of Object.entries(file.classes))
    for (const [k, e] of entries.entries()) {
      const reason = stemProblem(e) ?? normalFormProblem(e);
      if (reason) problems.push({ path: ['classes', name, k], reason });
    }
  const phraseNames = new Set(Object.keys(file.phrases));
  const parse = (src: string, path: PropertyKey[]) => {
    const found: string[] = [];
    const elements = parsePattern(src, classNames, phraseNames, found);
    for (const reason of found) problems.push({ path, reason });
    return elements;
  };
  const phrases = new Map(
    Object.entries(file.phrases).map(([name, alts]) => [
      name,
      alts.map((a, i) => parse(a, ['phrases', name, i])),
    ]),
  );
  const patterns: CompiledPattern[] = file.patterns.map((p, i) => {
    for (const [k, cls] of p.requires.entries())
      if (!classNames.has(cls))
        problems.push({ path: ['patterns', i, 'requires', k], reason: `unknown class @${cls}` });
    const elements = parse(p.pattern, ['patterns', i, 'pattern']);
    if (!elements.some((e) => e.t === 'actor'))
      problems.push({
        path: ['patterns', i, 'pattern'],
        reason: 'a pattern needs an actor slot ($actor, $threat, $poss, $hostile or $demonym)',
      });
    return {
      id: p.id,
      certainty: p.certainty,
      elements,
      antipatterns: p.antipatterns.map((a, k) => parse(a, ['patterns', i, 'antipatterns', k])),
      requires: p.requires,
      span: p.span,
      ...(p.names ? { names: p.names } : {}),
    };
  });
  for (const [k, cls] of file.gate.entries())
    if (!classNames.has(cls)) problems.push({ path: ['gate', k], reason: `unknown class @${cls}` });
  // the gate's entries as word sequences, looked up word by word (no large expression)
  const gateEntries = file.gate.flatMap((cls) => classes.get(cls) ?? []).map((e) => e.map(foldWord));
  const single = new Set(gateEntries.filter((e) => e.length === 1).map((e) => e[0]!));
  const multi = new Map<string, string[][]>();
  for (const e of gateEntries.filter((x) => x.length > 1)) multi.set(e[0]!, [...(multi.get(e[0]!) ?? []), e]);
  // LT109: a gate word may be a stem ("saldiri*"), compared with the word folded as the tokenizer folds it
  const stemsOf = createStemIndex(gateEntries.filter((e) => e.length === 1).map((e) => e[0]!));
  // the same text is asked about by every attribution rule (FR, UK) and again per sentence: remember the answers
  const gate = rememberedTest((text) => {
    const words = Array.from(text.matchAll(WORD), (m) => foldWord(m[0]));
    return words.some(
      (w, i) =>
        single.has(w) ||
        (multi.get(w)?.some((e) => e.every((x, k) => words[i + k] === x)) ?? false) ||
        stemsOf(withTokenLetters(w)).length > 0,
    );
  });
  return { set: { name: file.constructions, classes, phrases, patterns, gate }, problems };
}
