import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The same normalisation the API uses for clause hashes: NFC, whitespace runs → one space, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The canonical text the fingerprint covers: clauses in `index` order, numbered from 1 by
 * position, one line per paragraph `"<n>. <normalised text>"`, lines joined with "\n" (no
 * trailing newline). Numbering by position keeps the fingerprint independent of whether the
 * caller's indexes start at 0 or 1, and equal to what the reader sees in the document.
 */
export function canonicalText(clauses: readonly { index: number; text: string }[]): string {
  return [...clauses]
    .sort((a, b) => a.index - b.index)
    .map((c, position) => `${position + 1}. ${normaliseText(c.text)}`)
    .join('\n');
}

/** SHA-256 (lowercase hex) of the UTF-8 bytes of {@link canonicalText}. */
export function textFingerprint(clauses: readonly { index: number; text: string }[]): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalText(clauses))));
}
