/**
 * A text predicate that remembers its answers (bounded: forgotten all at once past `bound` texts). The same clause
 * and sentence texts are asked about by every attribution and entity rule of every policy.
 */
export function rememberedTest(
  test: (text: string) => boolean,
  bound = 2048,
): { test(text: string): boolean } {
  const seen = new Map<string, boolean>();
  return {
    test(text) {
      const known = seen.get(text);
      if (known !== undefined) return known;
      const found = test(text);
      if (seen.size >= bound) seen.clear();
      seen.set(text, found);
      return found;
    },
  };
}
