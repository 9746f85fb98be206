import { describe, expect, it } from 'vitest';
import { cursorLabel } from './cursor-labels';

describe('remote cursor labels (#19 presence)', () => {
  it('shows the delegation code; the full name and delegation are the hover title', () => {
    expect(cursorLabel('Tom Hughes · UK')).toEqual({
      code: 'UK',
      title: expect.stringContaining('Tom Hughes'),
    });
    expect(cursorLabel('Tom Hughes · UK')!.title).toContain('(UK)');
  });

  it('keeps a name that contains the separator whole in the title', () => {
    expect(cursorLabel('Anne · Marie Dupont · FR')).toMatchObject({ code: 'FR' });
    expect(cursorLabel('Anne · Marie Dupont · FR')!.title).toContain('Anne · Marie Dupont');
  });

  it('leaves a label not in the "Name · CODE" form alone', () => {
    expect(cursorLabel('Tom Hughes')).toBeNull();
    expect(cursorLabel(' · UK')).toBeNull();
    expect(cursorLabel('Tom Hughes · United Kingdom')).toBeNull();
  });
});
