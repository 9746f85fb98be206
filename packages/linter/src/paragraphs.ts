export interface Paragraph {
  id: string;
  text: string;
  /** 1-based line of the paragraph's first character in the source. */
  line: number;
  /** UTF-16 offset of the paragraph in the source. */
  offset: number;
}

/** Splits Markdown or plain text into clauses on blank lines, the way the server splits the text of a new statement. */
export function splitParagraphs(source: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const line = source.slice(0, m.index).split('\n').length;
    out.push({ id: `p${out.length + 1}`, text: m[0], line, offset: m.index });
  }
  return out;
}

/** 1-based line and column of a UTF-16 offset within a paragraph. */
export function positionIn(p: Paragraph, offset: number): { line: number; column: number } {
  const before = p.text.slice(0, offset).split('\n');
  const last = before[before.length - 1] ?? '';
  return { line: p.line + before.length - 1, column: last.length + 1 };
}
