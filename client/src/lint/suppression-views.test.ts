import { describe, expect, it } from 'vitest';
import {
  clauseSuppressionViews,
  lapseNote,
  type Suppression,
  suppressedBy,
  suppressionsByClause,
  suppressorLabel,
} from './suppression-views';

const suppression = (over: Partial<Suppression> = {}): Suppression => ({
  ruleId: 'classification.tlp-red',
  clauseId: 'c2',
  clauseHash: 'h2',
  start: 5,
  end: 12,
  policy: 'ALL',
  reason: 'Quoted, not applied',
  by: 'Élise Martin (FR)',
  at: '2026-12-01T10:00:00.000Z',
  id: '0123456789abcdef',
  ...over,
});
const clause = {
  id: 'c2',
  index: 2,
  text: 'This TLP:RED note.',
  hash: 'h2',
  bracketed: false,
  approvals: {},
};

describe("a clause's suppressions (#19)", () => {
  it('who suppressed it: the person and the delegation, from "Name (FR)"', () => {
    expect(suppressedBy('Élise Martin (FR)')).toEqual({ name: 'Élise Martin', delegation: 'FR' });
    expect(suppressedBy('someone')).toEqual({ name: 'someone', delegation: null });
    expect(suppressorLabel('Élise Martin (FR)')).toBe('Élise Martin (France, FR)');
    expect(suppressorLabel('Ana Ruiz (XX)')).toBe('Ana Ruiz (XX)');
    expect(suppressorLabel('someone')).toBe('someone');
  });

  it('groups by clause; on the current text a suppression shows its words, after an edit it has lapsed', () => {
    const byClause = suppressionsByClause([
      suppression(),
      suppression({ clauseId: 'c3' }),
      suppression({ start: 0, end: 4 }),
    ]);
    expect(byClause.get('c2')?.length).toBe(2);
    expect(byClause.get('c3')?.length).toBe(1);
    const views = clauseSuppressionViews(byClause.get('c2')!, clause);
    expect(views.map((v) => [v.text, v.lapsed])).toEqual([
      ['This', false],
      ['TLP:RED', false],
    ]);
    const [edited] = clauseSuppressionViews([suppression()], { ...clause, hash: 'h2-edited' });
    expect(edited).toMatchObject({ lapsed: true, text: null });
    expect(lapseNote(edited!)).toBe("FR's suppression lapsed: §2 changed");
  });
});
