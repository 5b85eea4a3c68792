/**
 * The one walk over a Word body (word/document.xml): paragraphs in document order, with Word's
 * automatic numbering expanded into the visible prefix, and every table (w:tbl, nested tables
 * read on their own) as rows of cells with their w:gridSpan / w:vMerge / w:gridBefore as written.
 * Shared by the report's draft cross-check (src/report/draft-read.ts) and the .docx host
 * (src/hosts/docx), so there is a single paragraph reader. Pure: strings in, plain data out.
 * Throws on malformed XML (xml-walk); callers turn it into a Chinese message.
 */
import { walkXml } from './xml-walk';
import { NumberingState, parseNumbering, parseStyleNumbering, styleNumPr } from './docx-numbering';

export interface BodyParagraph {
  /** 1-based, in document order (every w:p of the body, table cells included). */
  readonly index: number;
  /** Visible text (w:br / w:cr → "\n", w:tab → "\t"), the automatic number's prefix included, trimmed. */
  readonly text: string;
  readonly inTable: boolean;
  /** The prefix Word generated from w:numPr, when any. */
  readonly autoNumber?: string;
}

export interface BodyCell {
  /** The cell's paragraphs joined with "\n" as Word shows them (nested tables' text excluded). */
  readonly text: string;
  /** w:gridSpan (1 when absent). */
  readonly gridSpan: number;
  /** w:vMerge: 'restart', 'continue' (no w:val or w:val="continue"), or absent. */
  readonly vMerge?: 'restart' | 'continue';
}

export interface BodyRow {
  /** w:gridBefore: grid columns skipped before the first cell. */
  readonly gridBefore: number;
  readonly cells: readonly BodyCell[];
}

export interface BodyTable {
  /** 1-based, in order of the tables' start tags (an outer table before the tables nested in it). */
  readonly index: number;
  readonly rows: readonly BodyRow[];
  /** Nesting depth: 0 = a table of the body, 1 = inside a cell of another table … */
  readonly depth: number;
  /** 1-based index of the last paragraph outside any table before this table began (0 = none). */
  readonly paragraphBefore: number;
}

export interface DocxBody {
  readonly paragraphs: readonly BodyParagraph[];
  readonly tables: readonly BodyTable[];
}

export interface DocxBodyParts {
  readonly document: string;
  readonly numbering?: string;
  readonly styles?: string;
}

function intAttr(v: string | undefined, dflt: number): number {
  if (v === undefined || !/^\s*\d+\s*$/.test(v)) return dflt;
  return Number(v);
}

/** A part other than document.xml could not be parsed (its name, for the message). */
export class DocxPartError extends Error {
  constructor(readonly part: string, override readonly cause: unknown) {
    super(`${part}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DocxPartError';
  }
}

function parsePart<T>(part: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new DocxPartError(part, e);
  }
}

export function readDocxBody(parts: DocxBodyParts): DocxBody {
  const numbering = new NumberingState(parsePart('word/numbering.xml', () => parseNumbering(parts.numbering)));
  const styles = parsePart('word/styles.xml', () => parseStyleNumbering(parts.styles));
  const paragraphs: BodyParagraph[] = [];
  const tables: BodyTable[] = [];
  interface OpenP {
    text: string;
    numId?: string;
    ilvl?: number;
    styleId?: string;
    inTable: boolean;
    /** Inside mc:Fallback (the VML copy of a text box Word also writes in mc:Choice): not read. */
    skipped: boolean;
  }
  interface OpenCell {
    lines: string[];
    gridSpan: number;
    vMerge?: 'restart' | 'continue';
  }
  interface OpenRow {
    gridBefore: number;
    cells: BodyCell[];
  }
  interface OpenTable {
    index: number;
    rows: BodyRow[];
    row?: OpenRow;
    cell?: OpenCell;
    depth: number;
    paragraphBefore: number;
  }
  const stack: OpenP[] = [];
  const tblStack: OpenTable[] = [];
  let lastOutside = 0;
  let inNumPr = false;
  let inText = false;
  let skip = 0; // inside w:pPrChange / w:rPrChange / w:del / w:tblPrChange …: old formatting or deleted text
  let fallback = 0;
  let tcPr = 0; // inside w:tcPr of the innermost table's open cell
  let trPr = 0;
  const top = (): OpenTable | undefined => tblStack[tblStack.length - 1];
  walkXml(parts.document, {
    open(name, a, selfClosing) {
      const p = stack[stack.length - 1];
      switch (name) {
        case 'w:tbl': {
          tblStack.push({ index: tables.length + 1, rows: [], depth: tblStack.length, paragraphBefore: lastOutside });
          tables.push(undefined as unknown as BodyTable); // reserve the slot: outer before nested
          break;
        }
        case 'w:tr': {
          const t = top();
          if (t && skip === 0) {
            t.row = { gridBefore: 0, cells: [] };
          }
          break;
        }
        case 'w:trPr':
          trPr++; // the walk reports a close for every open, empty elements included
          break;
        case 'w:gridBefore': {
          const t = top();
          if (t?.row && trPr > 0 && skip === 0) t.row.gridBefore = intAttr(a['w:val'], 0);
          break;
        }
        case 'w:tc': {
          const t = top();
          if (t && skip === 0) {
            if (!t.row) t.row = { gridBefore: 0, cells: [] };
            t.cell = { lines: [], gridSpan: 1 };
          }
          break;
        }
        case 'w:tcPr':
          tcPr++;
          break;
        case 'w:gridSpan': {
          const c = top()?.cell;
          if (c && tcPr > 0 && skip === 0) c.gridSpan = Math.max(1, intAttr(a['w:val'], 1));
          break;
        }
        case 'w:vMerge': {
          const c = top()?.cell;
          if (c && tcPr > 0 && skip === 0) c.vMerge = a['w:val'] === 'restart' ? 'restart' : 'continue';
          break;
        }
        case 'w:p':
          stack.push({ text: '', inTable: tblStack.length > 0, skipped: fallback > 0 });
          break;
        case 'w:pPrChange':
        case 'w:rPrChange':
        case 'w:tcPrChange':
        case 'w:trPrChange':
        case 'w:tblPrChange':
        case 'w:del':
          skip++;
          break;
        case 'mc:Fallback':
          skip++;
          fallback++;
          break;
        case 'w:pStyle':
          if (p && skip === 0) p.styleId = a['w:val'];
          break;
        case 'w:numPr':
          inNumPr = skip === 0;
          break;
        case 'w:numId':
          if (p && inNumPr) p.numId = a['w:val'];
          break;
        case 'w:ilvl':
          if (p && inNumPr) p.ilvl = Number(a['w:val']);
          break;
        case 'w:t':
          inText = skip === 0 && !selfClosing;
          break;
        case 'w:tab':
          if (p && skip === 0 && tcPr === 0) p.text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (p && skip === 0) p.text += '\n';
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'w:tbl': {
          const t = tblStack.pop();
          if (t) {
            if (t.row) endRow(t);
            tables[t.index - 1] = { index: t.index, rows: t.rows, depth: t.depth, paragraphBefore: t.paragraphBefore };
          }
          break;
        }
        case 'w:tr': {
          const t = top();
          if (t && skip === 0) endRow(t);
          break;
        }
        case 'w:trPr':
          trPr = Math.max(0, trPr - 1);
          break;
        case 'w:tc': {
          const t = top();
          if (t && skip === 0) endCell(t);
          break;
        }
        case 'w:tcPr':
          tcPr = Math.max(0, tcPr - 1);
          break;
        case 'w:p':
          finish();
          break;
        case 'w:pPrChange':
        case 'w:rPrChange':
        case 'w:tcPrChange':
        case 'w:trPrChange':
        case 'w:tblPrChange':
        case 'w:del':
          skip = Math.max(0, skip - 1);
          break;
        case 'mc:Fallback':
          skip = Math.max(0, skip - 1);
          fallback = Math.max(0, fallback - 1);
          break;
        case 'w:numPr':
          inNumPr = false;
          break;
        case 'w:t':
          inText = false;
          break;
      }
    },
    text(t) {
      const p = stack[stack.length - 1];
      if (inText && p) p.text += t;
    },
  });
  function endCell(t: OpenTable): void {
    const c = t.cell;
    if (!c) return;
    t.cell = undefined;
    if (!t.row) t.row = { gridBefore: 0, cells: [] };
    // Word shows a cell's paragraphs one under another; empty trailing/leading lines are not text.
    const text = c.lines.join('\n').replace(/^\s+|\s+$/g, '');
    t.row.cells.push({ text, gridSpan: c.gridSpan, ...(c.vMerge ? { vMerge: c.vMerge } : {}) });
  }
  function endRow(t: OpenTable): void {
    if (t.cell) endCell(t);
    if (t.row) t.rows.push({ gridBefore: t.row.gridBefore, cells: t.row.cells });
    t.row = undefined;
  }
  function finish(): void {
    const p = stack.pop();
    if (!p || p.skipped) return;
    const fromStyle = styleNumPr(styles, p.styleId);
    const numId = p.numId ?? fromStyle.numId;
    const ilvl = p.ilvl ?? fromStyle.ilvl;
    const prefix = numbering.next(numId, ilvl);
    const body = p.text.replace(/^\s+|\s+$/g, '');
    const text = prefix + body;
    paragraphs.push({ index: paragraphs.length + 1, text, inTable: p.inTable, ...(prefix !== '' ? { autoNumber: prefix } : {}) });
    const cell = top()?.cell;
    if (cell) cell.lines.push(text);
    if (!p.inTable && text !== '') lastOutside = paragraphs.length;
  }
  return { paragraphs, tables: tables.filter((t) => t !== undefined) };
}
