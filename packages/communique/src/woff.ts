import { inflateSync } from 'node:zlib';

/**
 * Unwraps a WOFF 1.0 font into the plain TrueType/OpenType file it packs (WOFF spec §3–5).
 * fontkit can read WOFF directly, but it re-inflates a table on every glyph lookup, which made a
 * one-page PDF take seconds; unwrapping once and caching keeps rendering fast.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font (missing wOFF signature)');
  const flavor = src.getUint32(4);
  const numTables = src.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = src.getUint32(at + 4);
    const compLength = src.getUint32(at + 8);
    const origLength = src.getUint32(at + 12);
    const packed = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(packed)) : packed;
    if (data.length !== origLength) throw new Error('corrupt WOFF table: length mismatch after inflating');
    return { tag: src.getUint32(at), checksum: src.getUint32(at + 16), data };
  });

  const headerSize = 12 + 16 * numTables;
  const padded = (n: number) => (n + 3) & ~3;
  const total = tables.reduce((sum, t) => sum + padded(t.data.length), headerSize);
  const out = new Uint8Array(total);
  const dst = new DataView(out.buffer);
  let power = 1;
  while (power * 2 <= numTables) power *= 2;
  dst.setUint32(0, flavor);
  dst.setUint16(4, numTables);
  dst.setUint16(6, power * 16);
  dst.setUint16(8, Math.log2(power));
  dst.setUint16(10, numTables * 16 - power * 16);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const record = 12 + i * 16;
    dst.setUint32(record, t.tag);
    dst.setUint32(record + 4, t.checksum);
    dst.setUint32(record + 8, offset);
    dst.setUint32(record + 12, t.data.length);
    out.set(t.data, offset);
    offset += padded(t.data.length);
  });
  return out;
}
