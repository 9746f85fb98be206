import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { Communique, CommuniqueParagraph } from './model';

const BRACKET_INK = '8A0000';
const NOTE_INK = '7A3E00';
/** Latin/Cyrillic/Greek through the serif; East Asian characters through a CJK face Word maps locally. */
const FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia: 'SimSun',
};
const INDENT = 567; // twips: 1 cm hanging indent for the paragraph numbers

function tlpRun(c: Communique): TextRun {
  return new TextRun({
    text: c.marking.tlp.label,
    bold: true,
    color: c.marking.tlp.color,
    shading: { type: ShadingType.CLEAR, fill: '000000', color: 'auto' },
    font: 'Arial',
    size: 16,
  });
}

function paragraphRuns(p: CommuniqueParagraph): TextRun[] {
  return p.runs.map((r) =>
    r.kind === 'text'
      ? new TextRun({ text: r.text })
      : new TextRun({ text: r.text, bold: true, color: BRACKET_INK }),
  );
}

function numbered(p: CommuniqueParagraph): Paragraph[] {
  const body = new Paragraph({
    children: [
      new TextRun({ text: `${p.number}.`, bold: true }),
      new TextRun({ text: '\t' }),
      ...paragraphRuns(p),
    ],
    tabStops: [{ type: TabStopType.LEFT, position: INDENT }],
    indent: { left: INDENT, hanging: INDENT },
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: p.note || p.amendments?.length ? 60 : 200 },
  });
  const lines = [...(p.note ? [`Note: ${p.note}`] : []), ...(p.amendments ?? [])];
  if (lines.length === 0) return [body];
  return [
    body,
    ...lines.map(
      (text, i) =>
        new Paragraph({
          children: [new TextRun({ text, italics: true, color: NOTE_INK, size: 18 })],
          indent: { left: INDENT },
          spacing: { after: i === lines.length - 1 ? 200 : 60 },
        }),
    ),
  ];
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold, size: 16 })] })],
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function annexBlocks(c: Communique): (Paragraph | Table)[] {
  const annex = c.annex;
  if (!annex) return [];
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({
      children: [new TextRun({ text: `Annex: ${annex.heading}`, bold: true, size: 28 })],
      spacing: { after: 160 },
    }),
    new Paragraph({ children: [new TextRun({ text: annex.intro, size: 18 })], spacing: { after: 200 } }),
  ];
  for (const line of [annex.adoptionLine, annex.chainHeadLine]) {
    if (line)
      blocks.push(
        new Paragraph({ children: [new TextRun({ text: line, size: 18 })], spacing: { after: 120 } }),
      );
  }
  for (const entry of annex.entries) {
    blocks.push(
      new Paragraph({
        children: [new TextRun({ text: `Paragraph ${entry.number}`, bold: true })],
        spacing: { before: 200 },
      }),
      new Paragraph({
        children: [
          new TextRun({ text: 'Clause hash (SHA-256): ', size: 16 }),
          new TextRun({ text: entry.hash, size: 16, font: 'Courier New' }),
        ],
        spacing: { after: 80 },
      }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: ['Party', 'State', 'By', 'At', 'Note'].map((t) => cell(t, true)),
          }),
          ...entry.approvals.map(
            (a) =>
              new TableRow({
                children: [
                  cell(`${a.partyName} (${a.party})`),
                  cell(a.stale ? `${a.state} (stale)` : a.state),
                  cell(a.by || '—'),
                  cell(a.at || '—'),
                  cell(a.note),
                ],
              }),
          ),
        ],
      }),
    );
  }
  blocks.push(
    new Paragraph({
      children: [new TextRun({ text: annex.fingerprintLine, bold: true, size: 18 })],
      spacing: { before: 300 },
    }),
  );
  return blocks;
}

export async function renderDocx(c: Communique): Promise<Uint8Array> {
  const headerChildren: TextRun[] = [tlpRun(c)];
  if (c.marking.findings) {
    headerChildren.push(
      new TextRun({
        text: `  ${c.marking.findings}`,
        bold: true,
        color: BRACKET_INK,
        font: 'Arial',
        size: 16,
      }),
    );
  }
  if (c.marking.draft) {
    headerChildren.push(
      new TextRun({ text: '\tDRAFT', bold: true, color: BRACKET_INK, font: 'Arial', size: 16 }),
    );
  }
  const headerParagraph = new Paragraph({
    children: c.marking.watermark
      ? [...headerChildren, new TextWatermark({ text: c.marking.watermark, color: 'C00000', opacity: 0.15 })]
      : headerChildren,
    tabStops: [{ type: TabStopType.RIGHT, position: 9638 }],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        children: [new TextRun({ text: c.pageFooter, size: 14, font: 'Arial' })],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } },
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: 14,
            font: 'Arial',
          }),
        ],
      }),
    ],
  });

  const body: (Paragraph | Table)[] = [];
  if (c.marking.draft) {
    body.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: `DRAFT — ${c.marking.tlp.label}`, bold: true, color: BRACKET_INK })],
        spacing: { after: 200 },
      }),
    );
  }
  body.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: c.header.title, bold: true, size: 36 })],
      spacing: { after: 160 },
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: c.header.issuedBy, italics: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: c.header.placeAndDate })],
      spacing: { after: 400 },
    }),
    ...c.paragraphs.flatMap(numbered),
    new Paragraph({
      children: [new TextRun({ text: c.signatories.closing })],
      spacing: { before: 300, after: 200 },
    }),
    new Paragraph({ children: [new TextRun({ text: 'Signatories', bold: true })] }),
    ...c.signatories.parties.map(
      (s) =>
        new Paragraph({
          children: [new TextRun({ text: `${s.line} (${s.code})` })],
          border: { top: { style: BorderStyle.SINGLE, size: 4, color: '333333', space: 2 } },
          spacing: { before: 600 },
          indent: { right: 5000 },
        }),
    ),
  );

  const doc = new Document({
    title: c.meta.title,
    subject: c.meta.subject,
    description: c.pageFooter,
    keywords: c.meta.keywords.join(', '),
    creator: 'Accord',
    customProperties: [
      { name: 'TLP', value: c.marking.tlp.label },
      { name: 'Communique date', value: c.meta.creationDate.slice(0, 10) },
      { name: 'Fingerprint SHA-256', value: c.fingerprint },
    ],
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    // The annex is a section of its own (new page, same header and footer), never inline.
    sections: [body, annexBlocks(c)]
      .filter((children) => children.length > 0)
      .map((children) => ({
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1134, right: 1134 },
          },
        },
        headers: { default: new Header({ children: [headerParagraph] }) },
        footers: { default: footer },
        children,
      })),
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
