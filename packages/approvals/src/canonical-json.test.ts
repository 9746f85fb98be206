import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('AP17: sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it('AP17: the same data in another key order gives the same text', () => {
    expect(canonicalJson({ note: 'n', seq: 2, actor: { sub: 's', name: 'N' } })).toBe(
      canonicalJson({ actor: { name: 'N', sub: 's' }, seq: 2, note: 'n' }),
    );
  });

  it('AP17: omits undefined properties but keeps null', () => {
    expect(canonicalJson({ a: undefined, b: null, c: 'é"\n' })).toBe('{"b":null,"c":"é\\"\\n"}');
  });

  it('AP17: refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow(TypeError);
  });
});
