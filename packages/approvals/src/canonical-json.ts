/** Values the audit log stores: JSON without `undefined` surprises. */
export type CanonicalValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue };

/**
 * Serialises `value` with object keys sorted (by UTF-16 code units) at every depth and `undefined`
 * properties omitted, so the same data yields the same bytes whatever order or shape it was
 * read back in. Non-finite numbers are refused: JSON would turn them into `null` and the hash
 * would no longer describe the value.
 */
export function canonicalJson(value: CanonicalValue): string {
  if (value === null) return 'null';
  if (value === undefined) throw new TypeError('canonicalJson: undefined has no JSON form');
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${value.map((item: CanonicalValue) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const record = value as { readonly [key: string]: CanonicalValue };
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
