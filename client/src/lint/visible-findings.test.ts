import type { Finding } from '@accord/linter';
import { describe, expect, it } from 'vitest';
import {
  currentFindings,
  findingId,
  fittedSuggestion,
  type LocatedFinding,
  policyLabel,
} from './visible-findings';

const finding: Finding = {
  ruleId: 'FR-NO-ATTRIBUTION',
  category: 'attribution',
  severity: 'error',
  message: 'no',
  clauseId: 'c1',
  start: 3,
  end: 9,
  policy: 'FR',
};

describe('currentFindings', () => {
  it('keeps findings computed on the text the clause shows now and drops outdated ones', () => {
    const located: LocatedFinding[] = [
      { ...finding, clauseText: 'By Russia.', id: findingId(finding) },
      { ...finding, clauseId: 'c2', clauseText: 'old text', id: 'x' },
    ];
    const clauses = [
      { id: 'c1', text: 'By Russia.' },
      { id: 'c2', text: 'new text' },
    ];
    expect(currentFindings(located, clauses).map((f) => f.clauseId)).toEqual(['c1']);
  });
});

describe('policyLabel', () => {
  it('names the delegation whose policy raised the finding, or the shared baseline', () => {
    expect(policyLabel('FR', () => 'France')).toBe('France (FR)');
    expect(policyLabel('ALL', () => 'x')).toBe('Baseline (all parties)');
  });
});

describe('fittedSuggestion', () => {
  it('capitalises a rewrite that opens the clause or a sentence, and leaves mid-sentence ones alone', () => {
    expect(fittedSuggestion('Russian hackers did it.', 0, 'malicious cyber actors')).toBe(
      'Malicious cyber actors',
    );
    expect(fittedSuggestion('We note. Russian hackers did it.', 9, 'malicious cyber actors')).toBe(
      'Malicious cyber actors',
    );
    expect(fittedSuggestion('It was done by Russian hackers.', 15, 'malicious cyber actors')).toBe(
      'malicious cyber actors',
    );
  });
});
