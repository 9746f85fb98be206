import { describe, expect, it } from 'vitest';
import { defaultPolicies } from '../defaults';
import { createLinter } from '../linter';
import { DEMO_PARTIES, parseEvalLines, scoreItems } from './score';

const linter = createLinter(defaultPolicies([...DEMO_PARTIES]));

describe('scorer', () => {
  it('LT23: a violation counts as caught only when a finding of its category overlaps the offending span', () => {
    const s = scoreItems(
      [
        { id: '1', text: 'This annex is TLP:RED.', category: 'classification', span: 'TLP:RED' },
        { id: '2', text: 'This annex is TLP:RED.', category: 'classification', span: 'This annex' },
        { id: '3', text: 'This annex is TLP:RED.', category: 'sanctions', span: 'TLP:RED' },
        { id: '4', text: 'We stand in solidarity with Ukraine.', category: null, span: null },
        { id: '5', text: 'Classified TLP:AMBER.', category: null, span: null },
      ],
      linter,
    );
    const cls = s.categories.find((c) => c.category === 'classification')!;
    expect(cls).toMatchObject({ expected: 2, caught: 1, flagged: 4 });
    expect(s.categories.find((c) => c.category === 'sanctions')).toMatchObject({ expected: 1, caught: 0 });
    expect(s.clean).toBe(2);
    expect(s.cleanFlagged).toBe(1);
    expect(s.falsePositiveRate).toBe(0.5);
  });

  it('LT23: a malformed evaluation line is reported with its line number', () => {
    expect(() =>
      parseEvalLines('{"id":"a","text":"x","category":null,"span":null}\n{oops', 'dev.jsonl'),
    ).toThrow(/dev\.jsonl:2/);
    expect(() =>
      parseEvalLines('{"id":"a","text":"x","category":"gossip","span":null}', 'dev.jsonl'),
    ).toThrow(/dev\.jsonl:1/);
  });
});
