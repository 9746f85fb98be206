import PDFDocument from 'pdfkit';
import { escapeHtml } from './html';
import { baseFont, fallbackFont } from './pdf-fonts';
import { drawLine, type FontPicker, layoutLines, lineHeight, type Piece } from './pdf-text';

/** A comparison of two frozen statements (or a version and now), clause by clause (#15). */
export interface RedlineInput {
  title: string;
  /** Names of the two sides, e.g. "Rev. 1" and "the current text". */
  from: string;
  to: string;
  generatedAt: string;
  clauses: RedlineClause[];
}

export interface RedlineClause {
  change: 'added' | 'deleted' | 'changed' | 'same';
  moved?: boolean;
  /** The clause text on the side it is shown from (for `same`). */
  text: string;
  ops?: { op: 'equal' | 'insert' | 'delete'; text: string; by?: { delegation: string; name: string }[] }[];
}

const CHANGE_WORDS: Record<RedlineClause['change'], string> = {
  added: 'added',
  deleted: 'deleted',
  changed: 'changed',
  same: 'unchanged',
};

const label = (c: RedlineClause) => `${CHANGE_WORDS[c.change]}${c.moved ? ', moved' : ''}`;
const byWho = (by?: { delegation: string }[]) => (by?.length ? by.map((a) => a.delegation).join(' ') : '');

const CSS = `
body { font-family: "DejaVu Serif", Georgia, serif; max-width: 170mm; margin: 0 auto; padding: 12mm 0; line-height: 1.5; color: #111; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 2mm; }
.sides { text-align: center; font-style: italic; margin: 0 0 8mm; }
ol { padding-left: 8mm; }
li { margin: 0 0 3mm; }
.change { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; text-transform: uppercase; color: #555; }
ins { background: #e3f6e8; color: #0b5d1e; }
del { background: #fde8e8; color: #8a1c1c; }
sup { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7pt; }
`;

/** RL1: the redline as a self-contained HTML page; every user string is escaped. */
export function renderRedlineHtml(input: RedlineInput): Uint8Array {
  const items = input.clauses.map((c) => {
    const body = c.ops
      ? c.ops
          .map((o) => {
            const text = escapeHtml(o.text);
            if (o.op === 'equal') return text;
            const who = byWho(o.by);
            const tag = o.op === 'insert' ? 'ins' : 'del';
            const title = who
              ? ` title="${escapeHtml(`${o.op === 'insert' ? 'inserted' : 'deleted'} by ${(o.by ?? []).map((a) => `${a.name} (${a.delegation})`).join(', ')}`)}"`
              : '';
            return `<${tag}${title}>${text}${who ? `<sup>${escapeHtml(who)}</sup>` : ''}</${tag}>`;
          })
          .join('')
      : escapeHtml(c.text);
    return `<li class="clause-${c.change}"><span class="change">${label(c)}</span><br>${body}</li>`;
  });
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(input.title)} — comparison</title><style>${CSS}</style></head>
<body><h1>${escapeHtml(input.title)}</h1>
<p class="sides">Comparison of ${escapeHtml(input.from)} with ${escapeHtml(input.to)} · ${escapeHtml(input.generatedAt)}</p>
<ol>${items.join('\n')}</ol>
</body></html>
`;
  return new TextEncoder().encode(html);
}

const INK = '#111111';
const INSERT_INK = '#0b5d1e';
const DELETE_INK = '#8a1c1c';
const MARGIN = 72;

/** RL2: the redline as a PDF: insertions as [+…+] in green, deletions as [−…−] in red, each with its delegations. */
export function renderRedlinePdf(input: RedlineInput): Promise<Uint8Array> {
  const created = new Date(input.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    compress: true,
    info: {
      Title: `${input.title} — comparison`,
      Creator: 'Accord',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const registered = new Set<string>();
  const pick: FontPicker = (role, fallback) => {
    const name = fallback ?? role;
    if (!registered.has(name)) {
      doc.registerFont(name, fallback ? fallbackFont(fallback) : baseFont(role));
      registered.add(name);
    }
    return name;
  };
  const width = doc.page.width - 2 * MARGIN;
  const write = (pieces: Piece[], size: number, align: 'left' | 'center' = 'left') => {
    const step = lineHeight(size);
    for (const line of layoutLines(doc, pick, pieces, size, width)) {
      if (doc.y + step > doc.page.height - MARGIN) {
        doc.addPage();
        doc.y = MARGIN;
      }
      drawLine(doc, line, size, MARGIN, doc.y, width, align);
      doc.y += step;
    }
  };
  doc.y = MARGIN;
  write([{ text: input.title, role: 'bold' }], 16, 'center');
  write(
    [{ text: `Comparison of ${input.from} with ${input.to} · ${input.generatedAt}`, role: 'italic' }],
    10,
    'center',
  );
  doc.y += 12;
  input.clauses.forEach((c, i) => {
    write([{ text: `${i + 1}. ${label(c)}`, role: 'bold', color: '#555555' }], 8);
    const pieces: Piece[] = c.ops
      ? c.ops.map((o): Piece => {
          if (o.op === 'equal') return { text: o.text, role: 'regular', color: INK };
          const who = byWho(o.by);
          return o.op === 'insert'
            ? { text: `[+${o.text}+]${who ? ` (${who})` : ''}`, role: 'bold', color: INSERT_INK }
            : { text: `[−${o.text}−]${who ? ` (${who})` : ''}`, role: 'italic', color: DELETE_INK };
        })
      : [{ text: c.text, role: 'regular', color: INK }];
    write(pieces.length > 0 ? pieces : [{ text: ' ', role: 'regular' }], 11);
    doc.y += 6;
  });
  doc.end();
  return done;
}
