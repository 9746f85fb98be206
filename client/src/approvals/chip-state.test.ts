import { describe, expect, it } from 'vitest';
import { chipFor } from './chip-state';

const at = (iso: string) => `@${iso}`;

describe('chipFor', () => {
  it('says who approved and when, in words as well as an icon', () => {
    const chip = chipFor('FR', { state: 'approved', stale: false, by: 'Élise', at: 'T1' }, at);
    expect(chip).toMatchObject({ kind: 'approved', icon: 'approved', word: 'approved' });
    expect(chip.description).toBe('France (FR): approved by Élise, @T1');
  });

  it('shows a stale approval as stale, saying the text changed since', () => {
    const chip = chipFor(
      'UK',
      { state: 'pending', recordedState: 'approved', stale: true, by: 'Tom', at: 'T2' },
      at,
    );
    expect(chip.kind).toBe('stale');
    expect(chip.description).toContain('approved by Tom');
    expect(chip.description).toContain('text changed since');
  });

  it('carries an objection note into the description', () => {
    const chip = chipFor('DE', { state: 'objection', stale: false, by: 'Jan', note: 'too strong' }, at);
    expect(chip.kind).toBe('objection');
    expect(chip.description).toContain('“too strong”');
  });

  it('treats a party without any record as pending', () => {
    expect(chipFor('XX', undefined, at)).toMatchObject({ kind: 'pending', description: 'XX (XX): pending' });
  });
});
