import type { z } from 'zod';
import type { ConstructionSet } from './constructions';
import { type ConstructionFile, compileConstructions } from './constructions-file';
import type { ListFileSchema, Policy, PolicyError, PolicyFileSchema, Rule } from './policy-schema';

/**
 * LT78: a policy file after parsing and validation (the schema's output, defaults filled in), as loadPolicies reads
 * it from YAML and as the generator embeds the bundled files (src/default-policies.ts), so the bundled policies are
 * assembled without a YAML parse or a validation at run time. Plain JSON data.
 */
export type ValidatedPolicyFile =
  | { file: string; kind: 'constructions'; data: ConstructionFile }
  | { file: string; kind: 'list'; data: z.output<typeof ListFileSchema> }
  | { file: string; kind: 'policy'; data: z.output<typeof PolicyFileSchema> };

export type Path = readonly PropertyKey[];
/** The line of a path in its file (1 where the file's text is not at hand). */
export type LineOf = (path: Path) => number;

/** Every regular-expression field of a rule, with its path, so a bad pattern is reported where it is written. */
function patternsOf(rule: Rule): { pattern: string; path: PropertyKey[] }[] {
  const list = (key: string, items: string[]) => items.map((pattern, i) => ({ pattern, path: [key, i] }));
  switch (rule.kind) {
    case 'existence':
      return [...list('tokens', rule.tokens), ...list('unless', rule.unless)];
    case 'substitution':
      return [
        ...Object.keys(rule.swap).map((pattern) => ({ pattern, path: ['swap', pattern] })),
        ...list('unless', rule.unless),
      ];
    case 'conditional':
      return [
        ...list('when', rule.when),
        ...list('and', rule.and),
        ...list('unless', rule.unless),
        ...list('flag', rule.flag),
      ];
    case 'attribution':
      return list('unless', rule.unless);
    case 'entity-context':
      return list('context', rule.context);
    case 'model':
      return list('unless', rule.unless);
    case 'names':
      return [];
  }
}

function checkPattern(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'iu');
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Builds policies from validated files, in order: construction sets are compiled and lists kept as their files come
 * (`add`), then every policy file is checked against them (`finish`: duplicate delegations and rule ids, patterns
 * the engine refuses, unknown constructions and lists). A file with any error contributes no policy.
 */
export class PolicyAssembly {
  private readonly lists = new Map<string, string[]>();
  private readonly constructions = new Map<string, ConstructionSet>();
  private readonly policyFiles: { file: string; data: z.output<typeof PolicyFileSchema>; lineOf: LineOf }[] =
    [];

  constructor(private readonly errors: PolicyError[]) {}

  add(validated: ValidatedPolicyFile, lineOf: LineOf): void {
    if (validated.kind === 'constructions') {
      const { set, problems } = compileConstructions(validated.data);
      for (const p of problems)
        this.errors.push({ file: validated.file, line: lineOf(p.path), reason: p.reason });
      if (problems.length === 0) this.constructions.set(set.name, set);
    } else if (validated.kind === 'list') this.lists.set(validated.data.list, validated.data.entries);
    else this.policyFiles.push({ file: validated.file, data: validated.data, lineOf });
  }

  /** With `checkPatterns: false` the patterns are not compiled here (the bundled files: checked by the generator). */
  finish({ checkPatterns }: { checkPatterns: boolean }): Policy[] {
    const { errors, constructions, lists } = this;
    const policies: Policy[] = [];
    const seen = new Map<string, string>();
    for (const { file, data, lineOf } of this.policyFiles) {
      const before = errors.length;
      const previous = seen.get(data.delegation);
      if (previous) {
        errors.push({
          file,
          line: lineOf(['delegation']),
          reason: `delegation ${data.delegation} is already defined in ${previous}`,
        });
      }
      const ids = new Set<string>();
      const rules = data.rules.map((rule, i) => {
        if (ids.has(rule.id)) {
          errors.push({
            file,
            line: lineOf(['rules', i, 'id']),
            reason: `duplicate rule id ${rule.id}`,
          });
        }
        ids.add(rule.id);
        if (checkPatterns)
          for (const { pattern, path } of patternsOf(rule)) {
            const problem = checkPattern(pattern);
            if (problem) {
              errors.push({
                file,
                line: lineOf(['rules', i, ...path]),
                reason: `invalid pattern: ${problem}`,
              });
            }
          }
        if (rule.kind === 'attribution' && !constructions.has(rule.constructions)) {
          errors.push({
            file,
            line: lineOf(['rules', i, 'constructions']),
            reason: `unknown constructions "${rule.constructions}"`,
          });
        }
        if (rule.kind !== 'names') return rule;
        if (rule.list === undefined && rule.names.length === 0) {
          errors.push({
            file,
            line: lineOf(['rules', i]),
            reason: 'a names rule needs `list` or `names`',
          });
          return rule;
        }
        if (rule.list === undefined) return rule;
        const entries = lists.get(rule.list);
        if (!entries) {
          errors.push({
            file,
            line: lineOf(['rules', i, 'list']),
            reason: `unknown list "${rule.list}"`,
          });
          return rule;
        }
        return { ...rule, names: [...rule.names, ...entries] };
      });
      if (errors.length > before) continue;
      seen.set(data.delegation, file);
      policies.push({ delegation: data.delegation, name: data.name, file, rules, constructions });
    }
    return policies;
  }
}

/**
 * LT78: policies from files validated beforehand (the bundled ones, embedded by the generator): no YAML parse, no
 * schema validation, no pattern compilation at run time. Never throws; an error (a packaging bug) is reported at
 * line 1 of its file.
 */
export function assemblePolicies(files: readonly ValidatedPolicyFile[]): {
  policies: Policy[];
  errors: PolicyError[];
} {
  const errors: PolicyError[] = [];
  const assembly = new PolicyAssembly(errors);
  for (const f of files) assembly.add(f, () => 1);
  return { policies: assembly.finish({ checkPatterns: false }), errors };
}
