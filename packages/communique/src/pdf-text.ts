import { type FontRole, segmentByFont } from './pdf-fonts';

type Doc = PDFKit.PDFDocument;

export interface Piece {
  text: string;
  role: FontRole;
  /** Defaults to near-black. */
  color?: string;
}

interface Span {
  text: string;
  font: string;
  color: string;
  width: number;
}

export interface Line {
  spans: Span[];
  width: number;
}

/** Picks (registering on first use) the font that draws a segment; returns its registered name. */
export type FontPicker = (role: FontRole, fallback: string | null) => string;

const isCjk = (ch: string) => /[\u2e80-\u9fff\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]/u.test(ch);

/**
 * Breaks mixed-font text into lines of at most `width` points. PDFKit wraps only within one font
 * (its `continued` mode misplaces text when the font changes mid-line, e.g. for a Chinese party
 * name in a Latin sentence), so lines are laid out here and each span is drawn at its own x.
 * Breaks fall after spaces and around CJK characters, which take no spaces.
 */
export function layoutLines(
  doc: Doc,
  pick: FontPicker,
  pieces: Piece[],
  size: number,
  width: number,
): Line[] {
  type Word = { spans: Span[]; width: number; trailing: number };
  const words: Word[] = [];
  let word: Word = { spans: [], width: 0, trailing: 0 };
  const flush = () => {
    if (word.spans.length > 0) words.push(word);
    word = { spans: [], width: 0, trailing: 0 };
  };
  const add = (text: string, font: string, color: string) => {
    doc.font(font).fontSize(size);
    const w = doc.widthOfString(text);
    const last = word.spans.at(-1);
    if (last && last.font === font && last.color === color) {
      last.text += text;
      last.width += w;
    } else word.spans.push({ text, font, color, width: w });
    word.width += w;
  };
  for (const piece of pieces) {
    const color = piece.color ?? '#111111';
    for (const segment of segmentByFont(piece.text)) {
      const font = pick(piece.role, segment.fallback);
      for (const ch of segment.text) {
        if (ch === ' ') {
          add(ch, font, color);
          doc.font(font).fontSize(size);
          word.trailing = doc.widthOfString(' ');
          flush();
        } else if (isCjk(ch)) {
          if (word.trailing === 0 && word.spans.length > 0 && !isCjk(word.spans.at(-1)?.text.at(-1) ?? ''))
            flush();
          add(ch, font, color);
          flush();
        } else add(ch, font, color);
      }
    }
  }
  flush();

  const lines: Line[] = [];
  let line: Line = { spans: [], width: 0 };
  let trailing = 0;
  for (const w of words) {
    if (line.spans.length > 0 && line.width - trailing + w.width - w.trailing > width) {
      lines.push(trimLine(line, trailing));
      line = { spans: [], width: 0 };
    }
    line.spans.push(...w.spans.map((s) => ({ ...s })));
    line.width += w.width;
    trailing = w.trailing;
  }
  if (line.spans.length > 0) lines.push(trimLine(line, trailing));
  return lines;
}

function trimLine(line: Line, trailing: number): Line {
  const merged: Span[] = [];
  for (const s of line.spans) {
    const last = merged.at(-1);
    if (last && last.font === s.font && last.color === s.color) {
      last.text += s.text;
      last.width += s.width;
    } else merged.push({ ...s });
  }
  const last = merged.at(-1);
  if (last?.text.endsWith(' ')) {
    last.text = last.text.trimEnd();
    last.width -= trailing;
  }
  return { spans: merged, width: line.width - (last ? trailing : 0) };
}

export function lineHeight(size: number): number {
  return size * 1.4;
}

/** Draws one laid-out line with its top at `y`. */
export function drawLine(
  doc: Doc,
  line: Line,
  size: number,
  x: number,
  y: number,
  width: number,
  align: 'left' | 'center',
): void {
  let at = align === 'center' ? x + (width - line.width) / 2 : x;
  for (const s of line.spans) {
    doc.font(s.font).fontSize(size).fillColor(s.color);
    doc.text(s.text, at, y, { lineBreak: false });
    at += s.width;
  }
}
