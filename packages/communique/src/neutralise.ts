import { TLP_LEVELS, type Tlp } from './input';

/**
 * C0/C1 control characters (tab, line feed and carriage return excepted, they are whitespace), and
 * the Unicode line/paragraph separators and the noncharacters U+FFFE/U+FFFF: none may reach a file, where they would break XML (DOCX,
 * Akoma Ntoso) or start a new line (Markdown).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]/gu;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A user string (title, place, note, name) as one line of plain text: well-formed UTF-16, NFC,
 * control characters dropped, every whitespace run (line breaks included) one space, trimmed. No
 * user string can then open a new paragraph, list item, table row or heading in any format (CQ16).
 */
export function plainText(text: string): string {
  return oneLine(text).trim();
}

/** `plainText` without the trim: for runs of a paragraph, whose edges the caller tidies. */
export function oneLine(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC').replace(CONTROLS, ' ').replace(/\s+/gu, ' ');
}

/** Rank of each level, least to most restrictive. */
const RANK: Record<Tlp, number> = Object.fromEntries(TLP_LEVELS.map((l, i) => [l, i])) as Record<Tlp, number>;

/** The more restrictive of the levels given (CLEAR when none). */
export function strictestTlp(levels: readonly Tlp[]): Tlp {
  let best: Tlp = 'CLEAR';
  for (const l of levels) if (RANK[l] > RANK[best]) best = l;
  return best;
}

/**
 * TLP markings written in a text: "TLP:RED", "TLP: AMBER+STRICT", "tlp:green"; TLP 1.0's WHITE is
 * today's CLEAR (CQ17).
 */
export function tlpMarkingsIn(text: string): Tlp[] {
  const found: Tlp[] = [];
  for (const m of text.matchAll(/\bTLP\s*:\s*(RED|AMBER\s*\+\s*STRICT|AMBER|GREEN|CLEAR|WHITE)\b/giu)) {
    const word = (m[1] ?? '').toUpperCase().replace(/\s+/gu, '');
    found.push(word === 'WHITE' ? 'CLEAR' : (word as Tlp));
  }
  return found;
}
