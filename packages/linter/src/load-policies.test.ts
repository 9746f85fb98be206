import { describe, expect, it } from 'vitest';
import { loadPolicies } from './load-policies';

const policy = (rules: string) => `delegation: FR\nname: France\nrules:\n${rules}`;

describe('loadPolicies', () => {
  it('LT1: reads a YAML policy file into a validated policy with defaults applied', () => {
    const { policies, errors } = loadPolicies([
      {
        file: 'fr.yaml',
        text: policy(
          "  - id: FR-X\n    kind: existence\n    category: classification\n    severity: error\n    message: no\n    tokens: ['SECRET']\n",
        ),
      },
    ]);
    expect(errors).toEqual([]);
    expect(policies).toHaveLength(1);
    expect(policies[0]).toMatchObject({ delegation: 'FR', name: 'France', file: 'fr.yaml' });
    expect(policies[0]!.rules[0]).toMatchObject({ id: 'FR-X', kind: 'existence', ignorecase: true });
  });

  it('LT2: reports bad YAML syntax with file and line, and never throws', () => {
    const { policies, errors } = loadPolicies([
      { file: 'broken.yaml', text: 'delegation: FR\nname: France\nrules:\n  - id: [unclosed\n' },
    ]);
    expect(policies).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: 'broken.yaml' });
    expect(errors[0]!.line).toBeGreaterThanOrEqual(4);
    expect(errors[0]!.reason).toMatch(/^YAML: /);
  });

  it('LT2: reports an unknown rule kind at the line of its kind field', () => {
    const text = policy(
      '  - id: FR-A\n    kind: existence\n    category: sanctions\n    severity: error\n    message: m\n    tokens: [x]\n' +
        '  - id: FR-B\n    kind: telepathy\n    category: sanctions\n    severity: error\n    message: m\n',
    );
    const { policies, errors } = loadPolicies([{ file: 'fr.yaml', text }]);
    expect(policies).toEqual([]);
    expect(errors).toEqual([
      {
        file: 'fr.yaml',
        line: 11,
        reason: expect.stringMatching(
          /rules\[1\]\.kind: unknown rule kind "telepathy" \(expected one of existence/,
        ),
      },
    ]);
  });

  it('LT2: reports a missing field at the line of the rule that lacks it', () => {
    const text = policy(
      '  - id: FR-A\n    kind: existence\n    category: sanctions\n    severity: error\n    tokens: [x]\n',
    );
    const { errors } = loadPolicies([{ file: 'fr.yaml', text }]);
    expect(errors).toEqual([
      { file: 'fr.yaml', line: 4, reason: 'rules[0].message: required field is missing' },
    ]);
  });

  it('LT2: reports a missing delegation on line 1 and an unknown top-level field where it is', () => {
    const { errors } = loadPolicies([{ file: 'x.yaml', text: 'name: X\nrules: []\ncolour: red\n' }]);
    expect(errors).toContainEqual({
      file: 'x.yaml',
      line: 1,
      reason: 'delegation: required field is missing',
    });
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'x.yaml', reason: expect.stringMatching(/colour/) }),
    );
  });

  it('LT2: reports an invalid regular expression at its own line', () => {
    const text = policy(
      "  - id: FR-A\n    kind: existence\n    category: sanctions\n    severity: error\n    message: m\n    tokens:\n      - 'ok'\n      - '(unclosed'\n",
    );
    const { policies, errors } = loadPolicies([{ file: 'fr.yaml', text }]);
    expect(policies).toEqual([]);
    expect(errors).toEqual([
      { file: 'fr.yaml', line: 11, reason: expect.stringMatching(/^invalid pattern: /) },
    ]);
  });

  it('LT2: reports a reference to an unknown list and a duplicate rule id', () => {
    const text = policy(
      '  - id: FR-A\n    kind: names\n    category: sanctions\n    severity: error\n    message: m\n    list: nowhere\n' +
        '  - id: FR-A\n    kind: names\n    category: sanctions\n    severity: error\n    message: m\n    names: [Ann Lee]\n',
    );
    const { errors } = loadPolicies([{ file: 'fr.yaml', text }]);
    expect(errors).toContainEqual({ file: 'fr.yaml', line: 9, reason: 'unknown list "nowhere"' });
    expect(errors).toContainEqual({ file: 'fr.yaml', line: 10, reason: 'duplicate rule id FR-A' });
  });

  it('LT2: a broken file does not hide the valid ones', () => {
    const { policies, errors } = loadPolicies([
      { file: 'bad.yaml', text: ': :\n  - [' },
      { file: 'ok.yaml', text: 'delegation: DE\nname: Germany\nrules: []\n' },
    ]);
    expect(policies.map((p) => p.delegation)).toEqual(['DE']);
    expect(errors.every((e) => e.file === 'bad.yaml')).toBe(true);
  });

  it('LT2: rejects a second file for the same delegation', () => {
    const text = 'delegation: DE\nname: Germany\nrules: []\n';
    const { policies, errors } = loadPolicies([
      { file: 'a.yaml', text },
      { file: 'b.yaml', text },
    ]);
    expect(policies).toHaveLength(1);
    expect(errors).toEqual([
      { file: 'b.yaml', line: 1, reason: 'delegation DE is already defined in a.yaml' },
    ]);
  });

  it('LT3: resolves a names rule against a list file, whatever the order of the sources', () => {
    const { policies, errors } = loadPolicies([
      {
        file: 'base.yaml',
        text: 'delegation: ALL\nname: Baseline\nrules:\n  - id: SAN\n    kind: names\n    category: sanctions\n    severity: error\n    message: m\n    list: people\n',
      },
      { file: 'people.yaml', text: 'list: people\nentries: [Ann Lee]\n' },
    ]);
    expect(errors).toEqual([]);
    expect(policies[0]!.rules[0]).toMatchObject({ kind: 'names', names: ['Ann Lee'] });
  });
});
