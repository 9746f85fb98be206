/**
 * LT79's check: the part-of-speech tags of every sentence are the same whether tagging tokenizes the sentence again
 * (snapshot A) or reuses the terms that made it (snapshot B): every sentence of the `.jsonl` files of a directory
 * (dev and own sets, never a held-out set), ~2,000 joined clauses and the bench statement, split and tokenized as the
 * clause analysis does, every token's whole tag set compared. Also prints how many sentences reuse their terms.
 *   pnpm exec tsx test/bench/linter-tags-same.ts DIR_A DIR_B SETS_DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import { benchStatement } from './linter-statement';

interface Token {
  norm: string;
  text: string;
  start: number;
  end: number;
  post: string;
}
interface SentencesModule {
  splitSentenceChunks(text: string): { text: string; base: number }[];
  tokenizeChunk(text: string, chunk: { text: string; base: number }): { text: string; tokens: Token[] }[];
  tagSentence(s: unknown): (Token & { tags: { has(t: string): boolean } })[];
}

/** A token's whole tag set (LazyTags keeps it behind tagsOf: read here for the comparison only). */
const tagsOf = (t: { tags: unknown }): string[] => {
  const lazy = t.tags as { tagsOf(k: number): ReadonlySet<string>; k: number };
  return [...lazy.tagsOf(lazy.k)].sort();
};

async function main(): Promise<void> {
  const [a, b, dir] = process.argv.slice(2);
  if (!a || !b || !dir) throw new Error('usage: linter-tags-same.ts DIR_A DIR_B SETS_DIR');
  // count how tagging is given its input (terms reused: an array; tokenized again: a string)
  // a path in a variable: compromise ships no types for its source files (a literal failed the typecheck)
  const compromiseSource = '../../packages/linter/node_modules/compromise/src/three.js';
  const nlp = ((await import(compromiseSource)) as { default: unknown }).default as unknown as {
    tokenize: (input: unknown) => unknown;
  };
  const tokenizeWith = nlp.tokenize;
  const given = { terms: 0, text: 0 };
  nlp.tokenize = function (this: unknown, input: unknown) {
    if (Array.isArray(input)) given.terms++;
    else given.text++;
    return tokenizeWith.call(this, input);
  };
  const A = (await import(`${a}/packages/linter/src/sentences.ts`)) as SentencesModule;
  const B = (await import(`${b}/packages/linter/src/sentences.ts`)) as SentencesModule;
  const texts: string[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    if (f.startsWith('heldout')) throw new Error(`${f}: held-out sets are never read here`);
    for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n'))
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const n = texts.length;
  for (let i = 0; i < 2000; i++) {
    const parts: string[] = [];
    for (let k = 0, m = 2 + Math.floor(rnd() * 4); k < m; k++) parts.push(texts[Math.floor(rnd() * n)]!);
    texts.push(parts.join(i % 3 === 0 ? '\n' : ' '));
  }
  for (const c of benchStatement()) texts.push(c.text);

  let sentences = 0;
  let tokens = 0;
  let differ = 0;
  for (const text of texts) {
    const chunks = A.splitSentenceChunks(text);
    for (const chunk of chunks) {
      const sa = A.tokenizeChunk(text, chunk);
      const sb = B.tokenizeChunk(text, chunk);
      if (sa.length !== sb.length) throw new Error(`sentence split differs: ${JSON.stringify(chunk.text)}`);
      sa.forEach((s, i) => {
        sentences++;
        const ta = A.tagSentence(s);
        const tb = B.tagSentence(sb[i]);
        ta.forEach((t, k) => {
          tokens++;
          const u = tb[k]!;
          const same =
            u &&
            t.norm === u.norm &&
            t.start === u.start &&
            t.end === u.end &&
            t.post === u.post &&
            tagsOf(t).join() === tagsOf(u).join();
          if (!same) {
            differ++;
            if (differ <= 20)
              console.log(
                `differs: ${JSON.stringify(s.text)} token ${k} ${t.text}: ${tagsOf(t)} / ${u && tagsOf(u)}`,
              );
          }
        });
      });
    }
  }
  console.log(`${texts.length} texts, ${sentences} sentences, ${tokens} tokens: ${differ} differ`);
  console.log(`tagging given the text ${given.text} times, its own terms ${given.terms} times (B)`);
}

await main();
