import PDFDocument from 'pdfkit';
import type { Communique, CommuniqueParagraph } from './model';
import { baseFont, type FontRole, fallbackFont } from './pdf-fonts';
import { drawLine, type FontPicker, layoutLines, lineHeight, type Piece } from './pdf-text';

type Doc = PDFKit.PDFDocument;

const MARGIN = 72;
const INK = '#111111';
const BRACKET_INK = '#8a0000';
const NOTE_INK = '#7a3e00';

/** Registers the fonts this document needs under stable names (so output stays reproducible). */
function picker(doc: Doc, registered: Set<string>): FontPicker {
  return (role, fallback) => {
    const name = fallback ?? role;
    if (!registered.has(name)) {
      doc.registerFont(name, fallback ? fallbackFont(fallback) : baseFont(role));
      registered.add(name);
    }
    return name;
  };
}

interface Place {
  x: number;
  y?: number;
  width: number;
  align?: 'left' | 'center';
  /** Furniture is drawn in the margins and must never start a page. */
  noPageBreak?: boolean;
}

/** Writes a block of text from `at.y` (default: the cursor), starting new pages as needed. */
function write(doc: Doc, pick: FontPicker, pieces: Piece[], size: number, at: Place): void {
  const lines = layoutLines(doc, pick, pieces, size, at.width);
  const step = lineHeight(size);
  let y = at.y ?? doc.y;
  for (const line of lines) {
    if (!at.noPageBreak && y + step > doc.page.height - MARGIN) {
      doc.addPage();
      y = MARGIN;
    }
    drawLine(doc, line, size, at.x, y, at.width, at.align ?? 'left');
    y += step;
  }
  doc.x = MARGIN;
  doc.y = y;
}

function textHeight(doc: Doc, pick: FontPicker, pieces: Piece[], size: number, width: number): number {
  return layoutLines(doc, pick, pieces, size, width).length * lineHeight(size);
}

function paragraphPieces(p: CommuniqueParagraph): Piece[] {
  return p.runs.map((r): Piece => {
    if (r.kind === 'wrap') return { text: r.text, role: 'bold', color: BRACKET_INK };
    if (r.kind === 'bracket') return { text: r.text, role: 'bold', color: BRACKET_INK };
    return { text: r.text, role: 'regular' };
  });
}

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function drawBody(doc: Doc, pick: FontPicker, c: Communique): void {
  const width = doc.page.width - 2 * MARGIN;
  write(doc, pick, [{ text: c.header.title, role: 'bold' }], 18, {
    x: MARGIN,
    y: MARGIN + 10,
    width,
    align: 'center',
  });
  doc.moveDown(0.6);
  write(doc, pick, [{ text: c.header.issuedBy, role: 'italic' }], 11, { x: MARGIN, width, align: 'center' });
  doc.moveDown(0.2);
  write(doc, pick, [{ text: c.header.placeAndDate, role: 'regular' }], 11, {
    x: MARGIN,
    width,
    align: 'center',
  });
  doc.moveDown(1.5);

  const indent = 28;
  for (const p of c.paragraphs) {
    ensureRoom(doc, 40);
    const y = doc.y;
    doc.font(pick('bold', null)).fontSize(11).fillColor(INK);
    doc.text(`${p.number}.`, MARGIN, y, { width: indent, lineBreak: false });
    write(doc, pick, paragraphPieces(p), 11, { x: MARGIN + indent, y, width: width - indent });
    if (p.note) {
      doc.moveDown(0.2);
      write(doc, pick, [{ text: `Note: ${p.note}`, role: 'italic', color: NOTE_INK }], 9, {
        x: MARGIN + indent,
        width: width - indent,
      });
    }
    for (const line of p.amendments ?? []) {
      doc.moveDown(0.2);
      write(doc, pick, [{ text: line, role: 'italic', color: NOTE_INK }], 9, {
        x: MARGIN + indent,
        width: width - indent,
      });
    }
    doc.moveDown(0.8);
  }

  ensureRoom(doc, 60 + 50 * c.signatories.parties.length);
  doc.moveDown(0.8);
  write(doc, pick, [{ text: c.signatories.closing, role: 'regular' }], 11, { x: MARGIN, width });
  doc.moveDown(1);
  write(doc, pick, [{ text: 'Signatories', role: 'bold' }], 11, { x: MARGIN, width });
  for (const s of c.signatories.parties) {
    ensureRoom(doc, 50);
    doc.moveDown(2);
    const lineY = doc.y;
    doc
      .moveTo(MARGIN, lineY)
      .lineTo(MARGIN + 220, lineY)
      .lineWidth(0.5)
      .strokeColor('#333333')
      .stroke();
    doc.y = lineY + 4;
    write(doc, pick, [{ text: `${s.line} (${s.code})`, role: 'regular' }], 10, { x: MARGIN, width });
  }
}

function drawAnnex(doc: Doc, pick: FontPicker, c: Communique): void {
  const annex = c.annex;
  if (!annex) return;
  const width = doc.page.width - 2 * MARGIN;
  doc.addPage();
  write(doc, pick, [{ text: `Annex: ${annex.heading}`, role: 'bold' }], 14, { x: MARGIN, y: MARGIN, width });
  doc.moveDown(0.5);
  write(doc, pick, [{ text: annex.intro, role: 'regular' }], 9, { x: MARGIN, width });
  for (const line of [annex.adoptionLine, annex.chainHeadLine]) {
    if (!line) continue;
    doc.moveDown(0.3);
    write(doc, pick, [{ text: line, role: 'regular' }], 9, { x: MARGIN, width });
  }
  const columns = [
    { title: 'Party', width: 110 },
    { title: 'State', width: 62 },
    { title: 'By', width: 100 },
    { title: 'At', width: 88 },
    { title: 'Note', width: width - 360 },
  ];
  const pad = 3;
  const row = (cells: string[], role: FontRole) => {
    doc.font(pick(role, null)).fontSize(8);
    const height =
      Math.max(
        ...cells.map((t, i) =>
          textHeight(doc, pick, [{ text: t, role }], 8, (columns[i]?.width ?? 60) - 2 * pad),
        ),
      ) +
      2 * pad;
    ensureRoom(doc, height);
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((t, i) => {
      const w = columns[i]?.width ?? 60;
      doc.rect(x, top, w, height).lineWidth(0.5).strokeColor('#999999').stroke();
      write(doc, pick, [{ text: t, role }], 8, { x: x + pad, y: top + pad, width: w - 2 * pad });
      x += w;
    });
    doc.y = top + height;
  };
  for (const entry of annex.entries) {
    ensureRoom(doc, 80);
    doc.moveDown(1);
    write(doc, pick, [{ text: `Paragraph ${entry.number}`, role: 'bold' }], 10, { x: MARGIN, width });
    write(doc, pick, [{ text: `Clause hash (SHA-256): ${entry.hash}`, role: 'regular' }], 8, {
      x: MARGIN,
      width,
    });
    doc.moveDown(0.3);
    row(
      columns.map((col) => col.title),
      'bold',
    );
    for (const a of entry.approvals) {
      row(
        [
          `${a.partyName} (${a.party})`,
          a.stale ? `${a.state} (stale)` : a.state,
          a.by || '—',
          a.at || '—',
          a.note,
        ],
        'regular',
      );
    }
  }
  ensureRoom(doc, 40);
  doc.moveDown(1.5);
  write(doc, pick, [{ text: annex.fingerprintLine, role: 'bold' }], 9, { x: MARGIN, width });
}

/** Header, footer and DRAFT watermark on every page, drawn once the page count is known. */
function drawFurniture(doc: Doc, pick: FontPicker, c: Communique): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    const { width: pageWidth, height: pageHeight } = doc.page;
    const width = pageWidth - 2 * MARGIN;
    // Writing inside the bottom margin would otherwise make PDFKit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;

    const label = c.marking.tlp.label;
    doc.font(pick('bold', null)).fontSize(8);
    const labelWidth = doc.widthOfString(label) + 8;
    doc.rect(MARGIN, 34, labelWidth, 13).fill('#000000');
    doc.fillColor(`#${c.marking.tlp.color}`).text(label, MARGIN + 4, 37, { lineBreak: false });
    if (c.marking.findings) {
      doc.fillColor(BRACKET_INK).text(c.marking.findings, MARGIN + labelWidth + 8, 37, { lineBreak: false });
    }
    const right = `${c.marking.draft ? 'DRAFT · ' : ''}Page ${i - range.start + 1} of ${total}`;
    doc
      .fillColor(c.marking.draft ? BRACKET_INK : '#333333')
      .text(right, MARGIN, 37, { width, align: 'right' });

    doc
      .moveTo(MARGIN, pageHeight - 52)
      .lineTo(pageWidth - MARGIN, pageHeight - 52)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    write(doc, pick, [{ text: c.pageFooter, role: 'regular', color: '#333333' }], 7, {
      x: MARGIN,
      y: pageHeight - 46,
      width,
      noPageBreak: true,
    });

    if (c.marking.watermark) {
      doc.save();
      doc.rotate(-35, { origin: [pageWidth / 2, pageHeight / 2] });
      doc.font(pick('bold', null)).fontSize(110).fillColor('#a00000').fillOpacity(0.1);
      doc.text(c.marking.watermark, 0, pageHeight / 2 - 60, {
        width: pageWidth,
        align: 'center',
        lineBreak: false,
      });
      doc.restore();
    }
    doc.page.margins.bottom = bottom;
  }
}

/** PDF with embedded fonts; metadata dates come from the communiqué's date, so equal input gives equal bytes. */
export function renderPdf(c: Communique): Promise<Uint8Array> {
  const created = new Date(c.meta.creationDate);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: true,
    lang: c.meta.language,
    displayTitle: true,
    info: {
      Title: c.meta.title,
      Subject: c.meta.subject,
      Keywords: c.meta.keywords.join(', '),
      Author: c.signatories.parties.map((p) => p.name).join(', '),
      Creator: 'Accord',
      Producer: 'Accord communiqué renderer (PDFKit)',
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
  const pick = picker(doc, new Set<string>());
  drawBody(doc, pick, c);
  drawAnnex(doc, pick, c);
  drawFurniture(doc, pick, c);
  doc.end();
  return done;
}
