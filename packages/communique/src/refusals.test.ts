import { describe, expect, it } from 'vitest';
import { groupRefusals, type RefusalItem } from './refusals';

describe('groupRefusals', () => {
  it('CQ22: counts refusals by cause and by party, each item keeping its clause', () => {
    const items: RefusalItem[] = [
      {
        cause: 'pending',
        clauseId: 'c2',
        index: 2,
        party: 'DE',
        message: 'Clause 2: DE has not approved yet.',
      },
      {
        cause: 'pending',
        clauseId: 'c1',
        index: 1,
        party: 'DE',
        message: 'Clause 1: DE has not approved yet.',
      },
      { cause: 'objection', clauseId: 'c1', index: 1, party: 'FR', message: 'Clause 1: FR objects.' },
      { cause: 'bracket', clauseId: 'c3', index: 3, message: 'Clause 3: bracketed text.' },
      { cause: 'lint', clauseId: 'c2', index: 2, party: 'FR', message: "Clause 2: error under FR's policy" },
    ];
    const g = groupRefusals(items, ['FR', 'DE']);
    expect(g.total).toBe(5);
    expect(g.byCause.map((c) => [c.cause, c.count])).toEqual([
      ['pending', 2],
      ['objection', 1],
      ['bracket', 1],
      ['lint', 1],
    ]);
    expect(g.byCause[0]!.items.map((i) => i.clauseId)).toEqual(['c1', 'c2']);
    expect(g.byParty.map((p) => [p.party, p.count, p.causes])).toEqual([
      ['FR', 2, { objection: 1, lint: 1 }],
      ['DE', 2, { pending: 2 }],
    ]);
  });

  it('CQ22: 1,800 reasons collapse into a handful of groups', () => {
    const items: RefusalItem[] = [];
    for (let i = 1; i <= 300; i++) {
      for (const party of ['FR', 'DE', 'IT', 'ES', 'NL', 'PL']) {
        items.push({
          cause: 'pending',
          clauseId: `c${i}`,
          index: i,
          party,
          message: `Clause ${i}: ${party}`,
        });
      }
    }
    const g = groupRefusals(items);
    expect(g.byCause).toHaveLength(1);
    expect(g.byParty.map((p) => p.count)).toEqual([300, 300, 300, 300, 300, 300]);
  });
});
