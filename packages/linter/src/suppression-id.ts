import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Suppression } from './suppressions';

type Identified = Pick<Suppression, 'clauseId' | 'clauseHash' | 'policy' | 'ruleId' | 'start' | 'end'>;

/**
 * LT27: a suppression's stable id, derived from what it accepts (the finding on that clause text):
 * the first 16 hex digits of sha256 over `clauseId|clauseHash|policy|ruleId|start|end`. Derived,
 * never stored, so rows written before ids existed have one too.
 */
export function suppressionId(s: Identified): string {
  const key = `${s.clauseId}|${s.clauseHash}|${s.policy}|${s.ruleId}|${s.start}|${s.end}`;
  return bytesToHex(sha256(utf8ToBytes(key))).slice(0, 16);
}

/** The suppression with its derived id (the wire view's additive `id`). */
export function withSuppressionId<S extends Identified>(s: S): S & { id: string } {
  return { ...s, id: suppressionId(s) };
}
