import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { woffToSfnt } from './woff';

/**
 * Fonts for the PDF, all shipped inside npm packages so rendering needs neither network nor
 * system fonts: DejaVu Sans (Latin, Greek, Cyrillic and more) for the text, and Noto Sans SC
 * for Chinese/Japanese/Korean characters, which DejaVu lacks. Fontsource splits Noto Sans SC
 * into ~100 files by Unicode range; only the files a document needs are loaded and embedded.
 */
export type FontRole = 'regular' | 'bold' | 'italic';

const requireHere = createRequire(import.meta.url);
const cache = new Map<string, Buffer>();

function load(specifier: string): Buffer {
  let bytes = cache.get(specifier);
  if (!bytes) {
    bytes = Buffer.from(woffToSfnt(readFileSync(requireHere.resolve(specifier))));
    cache.set(specifier, bytes);
  }
  return bytes;
}

const DEJAVU: Record<FontRole, string> = {
  regular: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff',
  bold: '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff',
  italic: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-italic.woff',
};

export function baseFont(role: FontRole): Buffer {
  return load(DEJAVU[role]);
}

/** Blocks DejaVu Sans does not cover and Noto Sans SC does: CJK punctuation, kana, ideographs, Hangul, full-width forms. */
function isCjk(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

interface Chunk {
  key: string;
  ranges: [number, number][];
}

let chunks: Chunk[] | null = null;

const unicodeMapSchema = z.record(z.string(), z.string());

function cjkChunks(): Chunk[] {
  if (chunks) return chunks;
  const map = unicodeMapSchema.parse(requireHere('@fontsource/noto-sans-sc/unicode.json'));
  chunks = Object.entries(map)
    .map(([name, list]) => ({ key: /^\[(\d+)\]$/.exec(name)?.[1] ?? '', list }))
    .filter((c) => c.key !== '')
    .map(({ key, list }) => ({
      key,
      ranges: list.split(',').map((r): [number, number] => {
        const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
        const start = Number.parseInt(from ?? '', 16);
        return [start, to ? Number.parseInt(to, 16) : start];
      }),
    }));
  return chunks;
}

/** The name under which the PDF registers the font that draws `cp`; null means DejaVu Sans. */
export function fallbackFontFor(cp: number): string | null {
  if (!isCjk(cp)) return null;
  const chunk = cjkChunks().find((c) => c.ranges.some(([a, b]) => cp >= a && cp <= b));
  return chunk ? `cjk-${chunk.key}` : null;
}

export function fallbackFont(name: string): Buffer {
  const key = name.replace(/^cjk-/, '');
  return load(`@fontsource/noto-sans-sc/files/noto-sans-sc-${key}-400-normal.woff`);
}

export interface FontSegment {
  /** null: the role's DejaVu face; otherwise a fallback font name from {@link fallbackFontFor}. */
  fallback: string | null;
  text: string;
}

/** Cuts text where the font that can draw it changes. */
export function segmentByFont(text: string): FontSegment[] {
  const out: FontSegment[] = [];
  for (const ch of text) {
    const fallback = fallbackFontFor(ch.codePointAt(0) ?? 0);
    const last = out.at(-1);
    if (last && last.fallback === fallback) last.text += ch;
    else out.push({ fallback, text: ch });
  }
  return out;
}
