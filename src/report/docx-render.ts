/**
 * ReportDocument → .docx with the `docx` package, per GB/T 9704-2012 (see docx-layout.ts).
 * Browser-safe: no Node APIs; the bytes come from Packer.toArrayBuffer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { HeadingBlock, ReportBlock, ReportDocument, ReportTable, SignOff } from './document';
import { FIRST_LINE_INDENT, FONT, LINE_EXACT, MARGIN, PAGE, PAGE_NUMBER_INDENT, SIZE, TYPE_AREA_WIDTH, fitColumnWidths, textEms } from './docx-layout';

const fonts = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const bodySpacing = { line: LINE_EXACT, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function run(text: string, font: string, size: number): TextRun {
  return new TextRun({ text, font: fonts(font), size });
}

function headingFont(b: HeadingBlock): string {
  return b.level === 1 ? FONT.heading1 : b.level === 2 ? FONT.heading2 : FONT.body;
}

function paragraphFor(b: Exclude<ReportBlock, { kind: 'table' }>): Paragraph {
  switch (b.kind) {
    case 'title':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: LINE_EXACT, lineRule: LineRuleType.EXACT, after: LINE_EXACT },
        // Balanced lines (GB/T 9704 梯形/菱形) when the title takes two: an explicit break between them.
        children: (b.lines ?? [b.text]).map((line, i) => new TextRun({ text: line, font: fonts(FONT.title), size: SIZE.title, ...(i > 0 ? { break: 1 } : {}) })),
      });
    case 'heading':
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: bodySpacing,
        children: [run(b.number + b.text, headingFont(b), SIZE.body)],
      });
    case 'paragraph':
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: bodySpacing,
        children: [run(b.text, FONT.body, SIZE.body)],
      });
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** The grid + merges → a bordered docx table: each merged area is one cell with columnSpan/rowSpan. */
function tableFor(t: ReportTable): Table {
  // Figures never break inside a number (10.00, 99.94%): numeric columns get what their widest figure needs.
  const widths = fitColumnWidths(t.columnWidths, t.rows, t.merges, TYPE_AREA_WIDTH, SIZE.table);
  const covered = new Set<string>();
  const rows: TableRow[] = [];
  t.rows.forEach((cells, r) => {
    const out: TableCell[] = [];
    for (let col = 0; col < cells.length; col++) {
      if (covered.has(`${r}:${col}`)) continue;
      const m = t.merges.find((x) => x.top === r && x.left === col);
      const rowSpan = m ? m.bottom - m.top + 1 : 1;
      const columnSpan = m ? m.right - m.left + 1 : 1;
      if (m) for (let rr = m.top; rr <= m.bottom; rr++) for (let cc = m.left; cc <= m.right; cc++) if (rr !== r || cc !== col) covered.add(`${rr}:${cc}`);
      const cell = cells[col];
      let width = 0;
      for (let cc = col; cc < col + columnSpan; cc++) width += widths[cc];
      const alignment = cell.align === 'left' ? AlignmentType.LEFT : cell.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER;
      out.push(
        new TableCell({
          ...(rowSpan > 1 ? { rowSpan } : {}),
          ...(columnSpan > 1 ? { columnSpan } : {}),
          width: { size: width, type: WidthType.DXA },
          borders: CELL_BORDERS,
          verticalAlign: VerticalAlignTable.CENTER,
          children: cell.text.split('\n').map(
            (line) =>
              new Paragraph({
                alignment,
                spacing: { before: 0, after: 0 },
                children: [new TextRun({ text: line, font: fonts(FONT.body), size: SIZE.table, bold: cell.header === true })],
              }),
          ),
        }),
      );
    }
    rows.push(new TableRow({ children: out, cantSplit: true }));
  });
  return new Table({ rows, width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA }, columnWidths: widths });
}

/** 「— 1 —」 in 四号宋体, outside-aligned: odd pages right, even pages left, one character in. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const children: ParagraphChild[] = [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts(FONT.pageNumber), size: SIZE.pageNumber })];
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: PAGE_NUMBER_INDENT } : { left: PAGE_NUMBER_INDENT },
        children,
      }),
    ],
  });
}

/** One 三号 character (16 pt) in twips: the unit of the sign-off's indents. */
const BODY_CHAR = SIZE.body * 10;

/**
 * 单位 and 日期 under the text, right-aligned as 公文 sign (GB/T 9704 §7.3.5.2): two blank lines
 * after the text, the date 右空四字, the unit's name centred over the date.
 */
function signOffParagraphs(s: SignOff): Paragraph[] {
  const dateIndent = 4 * BODY_CHAR;
  const unitIndent = dateIndent + Math.max(0, Math.round(((textEms(s.date) - textEms(s.unit)) / 2) * BODY_CHAR));
  const line = (text: string, right: number) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right }, spacing: bodySpacing, children: [run(text, FONT.body, SIZE.body)] });
  const blank = () => new Paragraph({ spacing: bodySpacing, children: [] });
  return [blank(), blank(), line(s.unit, unitIndent), line(s.date, dateIndent)];
}

/** The report as a docx `Document` (exposed for tests and the CLI). */
export function reportDocxDocument(doc: ReportDocument): Document {
  const children: Array<Paragraph | Table> = [];
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: bodySpacing, children: [run(b.table.caption, FONT.heading1, SIZE.body)] }));
      children.push(tableFor(b.table));
    } else {
      children.push(paragraphFor(b));
    }
  }
  if (doc.signOff) children.push(...signOffParagraphs(doc.signOff));
  return new Document({
    creator: 'jixiao',
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: fonts(FONT.body), size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: MARGIN },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
}

/** The .docx bytes of a report document. */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocxDocument(doc)));
}
