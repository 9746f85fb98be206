import nlp from 'compromise';

export interface Token {
  /** Lower-cased, accents folded, possessive ending removed. */
  norm: string;
  text: string;
  start: number;
  end: number;
  possessive: boolean;
  /** Punctuation and whitespace after the token, as compromise reports it ("-" joins hyphenated words). */
  post: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

interface TermJson {
  text: string;
  normal: string;
  post: string;
  offset: { start: number; length: number };
}

const POSSESSIVE = /(?:'s|s')$/;

/** Splits a clause into sentences and tokens with UTF-16 offsets, using compromise's tokenizer. */
/** compromise ends a sentence at a line break; a wrapped line is not one (same length, so offsets hold). */
const unwrap = (text: string): string => text.replace(/(?<!\n)\r?\n(?!\r?\n)/g, (m) => ' '.repeat(m.length));

export function tokenize(text: string): Sentence[] {
  const json = nlp.tokenize(unwrap(text)).json({ offset: true }) as { terms: TermJson[] }[];
  const sentences: Sentence[] = [];
  for (const s of json) {
    const tokens: Token[] = [];
    for (const t of s.terms) {
      const possessive = POSSESSIVE.test(t.normal) && t.normal.length > 2;
      const norm = possessive ? t.normal.replace(POSSESSIVE, t.normal.endsWith("s'") ? 's' : '') : t.normal;
      tokens.push({
        norm,
        text: t.text,
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        possessive,
        post: t.post,
      });
    }
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) continue;
    sentences.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens });
  }
  return sentences;
}

export interface PersonSpan {
  start: number;
  end: number;
  text: string;
}

/** Person names found by compromise's tagger (slower than tokenizing: callers run it only when needed). */
export function findPeople(text: string): PersonSpan[] {
  const json = nlp(unwrap(text)).people().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
  }[];
  return json.map((p) => {
    const trimmed = p.text.replace(/[\s,.;:]+$/, '');
    return { start: p.offset.start, end: p.offset.start + trimmed.length, text: trimmed };
  });
}
