import { describe, expect, it } from 'vitest';
import { currentIntegrity } from './IntegrityBanner';

describe('the integrity the editor shows', () => {
  it('follows the live state once it arrived, the loaded document before, and verified by default', () => {
    expect(currentIntegrity('broken', 'verified')).toBe('broken');
    expect(currentIntegrity('verified', 'broken')).toBe('verified');
    expect(currentIntegrity(undefined, 'broken')).toBe('broken');
    expect(currentIntegrity(undefined, undefined)).toBe('verified');
  });
});
