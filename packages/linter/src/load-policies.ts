import { LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type LineOf, type Path, PolicyAssembly, type ValidatedPolicyFile } from './assemble-policies';
import { ConstructionFileSchema } from './constructions-file';
import {
  ListFileSchema,
  type Policy,
  type PolicyError,
  PolicyFileSchema,
  type PolicySource,
  RULE_KINDS,
} from './policy-schema';

interface Parsed {
  source: PolicySource;
  value: unknown;
  lineOf: LineOf;
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

/** A source parsed and validated, or its problems added to `errors` (then undefined). */
function validate(
  source: PolicySource,
  errors: PolicyError[],
): { validated: ValidatedPolicyFile; lineOf: LineOf } | undefined {
  const parsed = parse(source, errors);
  if (!parsed) return undefined;
  const v = parsed.value;
  const file = source.file;
  const report = (issues: z.core.$ZodIssue[]) => {
    for (const issue of issues)
      errors.push({ file, line: parsed.lineOf(issue.path), reason: describe(issue, v) });
  };
  if (v !== null && typeof v === 'object' && 'constructions' in v) {
    const result = ConstructionFileSchema.safeParse(v);
    if (!result.success) return void report(result.error.issues);
    return { validated: { file, kind: 'constructions', data: result.data }, lineOf: parsed.lineOf };
  }
  if (v !== null && typeof v === 'object' && 'list' in v) {
    const result = ListFileSchema.safeParse(v);
    if (!result.success) return void report(result.error.issues);
    return { validated: { file, kind: 'list', data: result.data }, lineOf: parsed.lineOf };
  }
  const result = PolicyFileSchema.safeParse(v);
  if (!result.success) return void report(result.error.issues);
  return { validated: { file, kind: 'policy', data: result.data }, lineOf: parsed.lineOf };
}

/**
 * Parses and validates policy files and the data lists they refer to. Never throws: every problem becomes a
 * PolicyError with file, line and reason, and a file with any error contributes no policy.
 */
export function loadPolicies(sources: PolicySource[]): { policies: Policy[]; errors: PolicyError[] } {
  const errors: PolicyError[] = [];
  const assembly = new PolicyAssembly(errors);
  for (const source of sources) {
    const ok = validate(source, errors);
    if (ok) assembly.add(ok.validated, ok.lineOf);
  }
  return { policies: assembly.finish({ checkPatterns: true }), errors };
}

/**
 * LT78: the files as validated data, for embedding (scripts/generate-default-policies.ts): the sources must load
 * without a single error, whatever their kind, or the problems are returned instead.
 */
export function validatedPolicyFiles(sources: PolicySource[]): {
  files: ValidatedPolicyFile[];
  errors: PolicyError[];
} {
  const { errors } = loadPolicies(sources);
  if (errors.length > 0) return { files: [], errors };
  const files: ValidatedPolicyFile[] = [];
  for (const source of sources) {
    const ok = validate(source, errors);
    if (ok) files.push(ok.validated);
  }
  return { files, errors };
}
