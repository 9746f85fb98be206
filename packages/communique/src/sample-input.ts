import type { CommuniqueInput } from './input';

/** Shared test data: a three-party statement with accents, Cyrillic and Chinese in it. */
export const PARTIES = [
  { code: 'PL', name: 'Rzeczpospolita Polska' },
  { code: 'CH', name: 'Schweizerische Eidgenossenschaft' },
  { code: 'CN', name: '中华人民共和国' },
];

const HASH_1 = 'a'.repeat(64);
const HASH_2 = 'b'.repeat(64);
const HASH_3 = 'c'.repeat(64);

const approvedBy = (party: string, by: string) => ({
  party,
  state: 'approved' as const,
  stale: false,
  by,
  at: '2026-11-24T16:45:00Z',
});

export function finalInput(): CommuniqueInput {
  return {
    mode: 'final',
    title: 'Joint Statement on Łódź–Zürich Cooperation',
    parties: PARTIES,
    place: 'Zürich',
    date: '2026-11-25',
    generatedAt: '2026-11-25T09:30:00Z',
    tlp: 'CLEAR',
    clauses: [
      {
        id: 'c2',
        index: 1,
        text: 'Minister Воронин and the delegation from 北京 welcomed the talks in Łódź.',
        hash: HASH_2,
        brackets: [],
        approvals: PARTIES.map((p) => approvedBy(p.code, p.code === 'CN' ? '王伟' : 'Anna Kowalska')),
      },
      {
        id: 'c1',
        index: 0,
        text: 'The parties reaffirm their commitment to   peaceful dialogue.',
        hash: HASH_1,
        brackets: [],
        approvals: PARTIES.map((p) => approvedBy(p.code, 'Jean Müller')),
      },
      {
        id: 'c3',
        index: 2,
        text: 'They agree to meet again in Zürich <script>alert("x")</script> & elsewhere.',
        hash: HASH_3,
        brackets: [],
        approvals: PARTIES.map((p) => approvedBy(p.code, 'Élodie Ñúñez')),
      },
    ],
  };
}

export function draftInput(): CommuniqueInput {
  const base = finalInput();
  const text = 'They agree to [deepen] cooperation on [energy security] by 2030.';
  return {
    ...base,
    mode: 'draft',
    tlp: 'AMBER+STRICT',
    clauses: [
      base.clauses[1]!,
      {
        ...base.clauses[0]!,
        approvals: [
          { party: 'PL', state: 'approved', stale: false, by: 'Anna Kowalska', at: '2026-11-24T10:00:00Z' },
          {
            party: 'CH',
            state: 'objection',
            stale: false,
            by: 'Urs Meier',
            at: '2026-11-24T11:00:00Z',
            note: 'too vague',
          },
          { party: 'CN', state: 'approved', stale: true, by: '王伟', at: '2026-11-23T08:00:00Z' },
        ],
      },
      {
        id: 'c3',
        index: 2,
        text,
        hash: 'd'.repeat(64),
        brackets: [
          {
            start: text.indexOf('[deepen]'),
            end: text.indexOf('[deepen]') + '[deepen]'.length,
            delegation: 'CH',
          },
          {
            start: text.indexOf('[energy'),
            end: text.indexOf('security]') + 'security]'.length,
            delegation: 'PL',
          },
        ],
        approvals: [
          { party: 'PL', state: 'reserve', stale: false, by: 'Anna Kowalska', at: '2026-11-24T10:00:00Z' },
        ],
      },
    ],
  };
}
