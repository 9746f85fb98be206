import { LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { ConstructionSet } from './constructions';
import { ConstructionFileSchema, compileConstructions } from './constructions-file';
import {
  ListFileSchema,
  type Policy,
  type PolicyError,
  PolicyFileSchema,
  type PolicySource,
  RULE_KINDS,
  type Rule,
} from './policy-schema';

type Path = readonly PropertyKey[];

interface Parsed {
  source: PolicySource;
  value: unknown;
  lineOf(path: Path): number;
}

function parse(source: PolicySource, errors: PolicyError[]): Parsed | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      errors.push({
        file: source.file,
        line: lineCounter.linePos(e.pos[0]).line,
        reason: `YAML: ${e.message}`,
      });
    }
    return undefined;
  }
  const lineOf = (path: Path): number => {
    // a missing key has no node: report the nearest enclosing node that exists
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { source, value: doc.toJS(), lineOf };
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const at = where.replace(/^\./, '') || '(file)';
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'kind') {
    const got = issue.path.reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
      value,
    );
    return `${at}: unknown rule kind ${JSON.stringify(got)} (expected one of ${RULE_KINDS.join(', ')})`;
  }
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
    return `${at}: required field is missing`;
  }
  if (issue.code === 'unrecognized_keys') return `${at}: unknown field(s) ${issue.keys.join(', ')}`;
  return `${at}: ${issue.message}`;
}

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
 * Parses and validates policy files and the data lists they refer to. Never throws: every problem becomes a
 * PolicyError with file, line and reason, and a file with any error contributes no policy.
 */
export function loadPolicies(sources: PolicySource[]): { policies: Policy[]; errors: PolicyError[] } {
  const errors: PolicyError[] = [];
  const lists = new Map<string, string[]>();
  const constructions = new Map<string, ConstructionSet>();
  const policyFiles: { parsed: Parsed; data: z.output<typeof PolicyFileSchema> }[] = [];

  for (const source of sources) {
    const parsed = parse(source, errors);
    if (!parsed) continue;
    const v = parsed.value;
    const isList = v !== null && typeof v === 'object' && 'list' in v;
    if (v !== null && typeof v === 'object' && 'constructions' in v) {
      const result = ConstructionFileSchema.safeParse(v);
      if (!result.success) {
        for (const issue of result.error.issues)
          errors.push({ file: source.file, line: parsed.lineOf(issue.path), reason: describe(issue, v) });
        continue;
      }
      const { set, problems } = compileConstructions(result.data);
      for (const p of problems)
        errors.push({ file: source.file, line: parsed.lineOf(p.path), reason: p.reason });
      if (problems.length === 0) constructions.set(set.name, set);
      continue;
    }
    const schema = isList ? ListFileSchema : PolicyFileSchema;
    const result = schema.safeParse(v);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ file: source.file, line: parsed.lineOf(issue.path), reason: describe(issue, v) });
      }
      continue;
    }
    if (isList) {
      const list = result.data as z.output<typeof ListFileSchema>;
      lists.set(list.list, list.entries);
    } else {
      policyFiles.push({ parsed, data: result.data as z.output<typeof PolicyFileSchema> });
    }
  }

  const policies: Policy[] = [];
  const seen = new Map<string, string>();
  for (const { parsed, data } of policyFiles) {
    const file = parsed.source.file;
    const before = errors.length;
    const previous = seen.get(data.delegation);
    if (previous) {
      errors.push({
        file,
        line: parsed.lineOf(['delegation']),
        reason: `delegation ${data.delegation} is already defined in ${previous}`,
      });
    }
    const ids = new Set<string>();
    const rules = data.rules.map((rule, i) => {
      if (ids.has(rule.id)) {
        errors.push({
          file,
          line: parsed.lineOf(['rules', i, 'id']),
          reason: `duplicate rule id ${rule.id}`,
        });
      }
      ids.add(rule.id);
      for (const { pattern, path } of patternsOf(rule)) {
        const problem = checkPattern(pattern);
        if (problem) {
          errors.push({
            file,
            line: parsed.lineOf(['rules', i, ...path]),
            reason: `invalid pattern: ${problem}`,
          });
        }
      }
      if (rule.kind === 'attribution' && !constructions.has(rule.constructions)) {
        errors.push({
          file,
          line: parsed.lineOf(['rules', i, 'constructions']),
          reason: `unknown constructions "${rule.constructions}"`,
        });
      }
      if (rule.kind !== 'names') return rule;
      if (rule.list === undefined && rule.names.length === 0) {
        errors.push({
          file,
          line: parsed.lineOf(['rules', i]),
          reason: 'a names rule needs `list` or `names`',
        });
        return rule;
      }
      if (rule.list === undefined) return rule;
      const entries = lists.get(rule.list);
      if (!entries) {
        errors.push({
          file,
          line: parsed.lineOf(['rules', i, 'list']),
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
  return { policies, errors };
}
