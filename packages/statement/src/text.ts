import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** ST1: NFC, every whitespace run collapsed to one space, trimmed. */
export function normaliseClauseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** ST18: how many recent texts keep their hash (oldest forgotten first). */
export const CLAUSE_HASH_MEMORY = 4096;
const recentHashes = new Map<string, string>();

/**
 * ST2: SHA-256 (hex) of the normalised clause text. Synchronous so browser and server share it.
 * ST18: remembered per text for the last CLAUSE_HASH_MEMORY texts: every read of the statement
 * hashes every clause, and a keystroke changes one of them (#18: 300 clauses were hashed again
 * on each edit's state push, most of the server's work per keystroke).
 */
export function clauseHash(text: string): string {
  let hash = recentHashes.get(text);
  if (hash === undefined) {
    hash = bytesToHex(sha256(utf8ToBytes(normaliseClauseText(text))));
    if (recentHashes.size >= CLAUSE_HASH_MEMORY)
      recentHashes.delete(recentHashes.keys().next().value as string);
    recentHashes.set(text, hash);
  }
  return hash;
}

/** ST3: pasted or submitted text becomes one clause per blank-line separated paragraph. */
export function textToClauses(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
