/**
 * LT109: stems in construction classes. A class entry of one word ending in "*" ("saldiri*", "hyokkay*") matches
 * any one token whose normal form begins with the stem: the case and number endings of languages that inflect by
 * suffix (Turkish saldırı, saldırının, saldırıları; Finnish hyökkäys, hyökkäyksen, hyökkäyksessä) are one entry,
 * not a list of forms nobody finishes. A stem is written as the tokenizer normalises a word (lower case, accents
 * dropped, ı → i) and has at least MIN_STEM letters, so it is never a short English word's beginning.
 */

export const MIN_STEM = 4;
const STEM = /^[\p{L}\p{N}]+\*$/u;

/** Why an entry cannot be a stem, or undefined when it is one (or is no stem at all). */
export function stemProblem(entry: string): string | undefined {
  if (!entry.includes('*')) return undefined;
  if (!STEM.test(entry)) return `a stem is one word ending in "*": "${entry}"`;
  if (entry.length - 1 < MIN_STEM) return `a stem needs at least ${MIN_STEM} letters: "${entry}"`;
  return undefined;
}

const NONE: readonly string[] = [];

/**
 * The stem entries ("saldiri*") a token's normal form falls under, longest first; remembered per form (bounded),
 * since the same words recur in every sentence and every policy.
 */
export function createStemIndex(
  entries: Iterable<string>,
  bound = 50_000,
): (norm: string) => readonly string[] {
  const stems = new Set<string>();
  for (const e of entries) if (e.endsWith('*') && !stemProblem(e)) stems.add(e.slice(0, -1));
  if (stems.size === 0) return () => NONE;
  const longest = Math.max(...[...stems].map((s) => s.length));
  const seen = new Map<string, readonly string[]>();
  return (norm) => {
    const known = seen.get(norm);
    if (known) return known;
    const found: string[] = [];
    for (let len = Math.min(norm.length, longest); len >= MIN_STEM; len--) {
      const prefix = norm.slice(0, len);
      if (stems.has(prefix)) found.push(`${prefix}*`);
    }
    const keys = found.length > 0 ? found : NONE;
    if (seen.size >= bound) seen.clear();
    seen.set(norm, keys);
    return keys;
  };
}
