import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** ST1: NFC, every whitespace run collapsed to one space, trimmed. */
export function normaliseClauseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** ST2: SHA-256 (hex) of the normalised clause text. Synchronous so browser and server share it. */
export function clauseHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(normaliseClauseText(text))));
}

/** ST3: pasted or submitted text becomes one clause per blank-line separated paragraph. */
export function textToClauses(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
