import { describe, expect, it } from 'vitest';
import { APPROVAL_STATES, approvalRequestSchema } from './approval-state';

const hash = 'ab'.repeat(32);

describe('approvalRequestSchema', () => {
  it('AP1: knows exactly the four states of api.md', () => {
    expect(APPROVAL_STATES).toEqual(['approved', 'objection', 'reserve', 'pending']);
    expect(approvalRequestSchema.safeParse({ state: 'rejected', hash }).success).toBe(false);
  });

  it('AP1: accepts each state with a hash, and a note where one is required', () => {
    for (const state of APPROVAL_STATES) {
      const note = state === 'objection' ? 'para 3 names a state' : undefined;
      expect(approvalRequestSchema.parse({ state, hash, note })).toEqual(
        note ? { state, hash, note } : { state, hash },
      );
    }
  });

  it('AP1: requires the hash to be 64 lowercase hex digits', () => {
    expect(approvalRequestSchema.safeParse({ state: 'approved', hash: 'AB'.repeat(32) }).success).toBe(false);
    expect(approvalRequestSchema.safeParse({ state: 'approved', hash: 'ab'.repeat(31) }).success).toBe(false);
    expect(approvalRequestSchema.safeParse({ state: 'approved', hash: `${'ab'.repeat(31)}zz` }).success).toBe(
      false,
    );
    expect(approvalRequestSchema.safeParse({ state: 'approved' }).success).toBe(false);
  });

  it('AP1: refuses an objection without a note or with a blank one', () => {
    expect(approvalRequestSchema.safeParse({ state: 'objection', hash }).success).toBe(false);
    const blank = approvalRequestSchema.safeParse({ state: 'objection', hash, note: '   \n ' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.path).toEqual(['note']);
  });

  it('AP1: trims notes, drops blank ones and caps them at 2000 characters', () => {
    expect(approvalRequestSchema.parse({ state: 'reserve', hash, note: '  ad ref  ' })).toEqual({
      state: 'reserve',
      hash,
      note: 'ad ref',
    });
    expect(approvalRequestSchema.parse({ state: 'reserve', hash, note: '  ' })).toEqual({
      state: 'reserve',
      hash,
    });
    expect(
      approvalRequestSchema.safeParse({ state: 'objection', hash, note: 'x'.repeat(2000) }).success,
    ).toBe(true);
    expect(
      approvalRequestSchema.safeParse({ state: 'objection', hash, note: 'x'.repeat(2001) }).success,
    ).toBe(false);
  });
});
