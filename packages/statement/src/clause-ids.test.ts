import { describe, expect, it } from 'vitest';
import { randomClauseId } from './clause-ids';

describe('default clause ids', () => {
  it('ST5: are random UUID v4s', () => {
    const a = randomClauseId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomClauseId()).not.toBe(a);
  });

  it('ST5: still work where crypto.randomUUID is missing (a page served over plain http)', () => {
    const crypto = globalThis.crypto;
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(crypto.randomUUID).toBeUndefined();
      const ids = new Set(Array.from({ length: 50 }, randomClauseId));
      expect(ids.size).toBe(50);
      for (const id of ids)
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      // Remove the own override so the prototype's method shows through again.
      Reflect.deleteProperty(crypto, 'randomUUID');
      if (crypto.randomUUID !== original)
        Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
