import { describe, expect, it } from 'vitest';
import { isFrozenView, silenceLine, statusLabel, withdrawQuestion } from './lifecycle-view';

const silence = { deadline: '2026-12-01T12:00:00.000Z', by: { delegation: 'UK', name: 'Alice' } };

describe('lifecycle view', () => {
  it('adopted and silenced texts are frozen; drafting and agreed are not', () => {
    expect(isFrozenView({ status: 'adopted' })).toBe(true);
    expect(isFrozenView({ status: 'agreed', silence })).toBe(true);
    expect(isFrozenView({ status: 'agreed', silence: null })).toBe(false);
    expect(isFrozenView({ status: 'drafting' })).toBe(false);
  });

  it('labels each status, silence first', () => {
    expect(statusLabel({ status: 'adopted' })).toBe('Adopted');
    expect(statusLabel({ status: 'agreed', silence })).toBe('Under silence');
    expect(statusLabel({ status: 'agreed' })).toBe('Agreed');
    expect(statusLabel({ status: 'drafting' })).toBe('Drafting');
    expect(silenceLine({ status: 'agreed', silence })).toContain('until 2026-12-01 12:00 UTC (called by UK)');
  });

  it("an edit of an agreed, not adopted text asks before withdrawing every party's agreement to §N", () => {
    expect(withdrawQuestion({ status: 'agreed' }, 3)).toBe(
      "This will withdraw every party's agreement to §3 — continue?",
    );
    expect(withdrawQuestion({ status: 'drafting' }, 3)).toBeNull();
    expect(withdrawQuestion({ status: 'adopted' }, 3)).toBeNull();
    expect(withdrawQuestion({ status: 'agreed', silence }, 3)).toBeNull();
  });
});
