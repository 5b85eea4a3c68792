/**
 * readDraft: a report staff wrote by hand (.docx or .txt) → numbered paragraphs, with Word's
 * automatic numbering expanded into the visible prefix. Never throws on bad input: an unreadable
 * file comes back with `error` (Chinese) and no paragraphs.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { walkXml } from './xml-walk';
import { NumberingState, parseNumbering, parseStyleNumbering, styleNumPr } from './draft-numbering';
import { DRAFT_FORMATS, DRAFT_UNREADABLE } from './phrases';

export interface DraftParagraph {
  /** 1-based, in document order (every w:p of the body, table cells included; for .txt the line number). */
  readonly index: number;
  /** Visible text, the automatic number's prefix included. */
  readonly text: string;
  /** Inside a table (docx w:tbl; .txt lines that start with a tab, as table exports write cells). */
  readonly inTable: boolean;
  /** The prefix Word generated from w:numPr, when any. */
  readonly autoNumber?: string;
}

export interface DraftDocument {
  readonly fileName: string;
  readonly paragraphs: readonly DraftParagraph[];
  /** Why the file could not be read (then paragraphs is empty). */
  readonly error?: string;
}

export function readDraft(input: { readonly fileName: string; readonly bytes: Uint8Array }): DraftDocument {
  const { fileName, bytes } = input;
  if (/\.(doc|wps|rtf|pdf)$/i.test(fileName)) return { fileName, paragraphs: [], error: DRAFT_UNREADABLE(fileName, DRAFT_FORMATS) };
  try {
    if (/\.docx$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return { fileName, paragraphs: readDocx(bytes) };
    return { fileName, paragraphs: readText(bytes) };
  } catch (e) {
    return { fileName, paragraphs: [], error: DRAFT_UNREADABLE(fileName, e instanceof Error ? e.message : String(e)) };
  }
}

function readText(bytes: Uint8Array): DraftParagraph[] {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
  return text.split(/\r\n|\n|\r/).map((line, i) => ({ index: i + 1, text: line.trim(), inTable: line.startsWith('\t') }));
}

function readDocx(bytes: Uint8Array): DraftParagraph[] {
  const files = unzipSync(bytes, { filter: (f) => /^word\/(document|numbering|styles)\.xml$/.test(f.name) });
  const doc = files['word/document.xml'];
  if (!doc) throw new Error('缺少 word/document.xml，不是 Word 文档');
  const numbering = new NumberingState(parseNumbering(files['word/numbering.xml'] && strFromU8(files['word/numbering.xml'])));
  const styles = parseStyleNumbering(files['word/styles.xml'] && strFromU8(files['word/styles.xml']));
  const out: DraftParagraph[] = [];
  interface Open {
    text: string;
    numId?: string;
    ilvl?: number;
    styleId?: string;
    inTable: boolean;
  }
  const stack: Open[] = [];
  let tableDepth = 0;
  let inNumPr = false;
  let inText = false;
  let skip = 0; // inside w:pPrChange / w:rPrChange / w:del: old formatting or deleted text
  walkXml(strFromU8(doc), {
    open(name, a, selfClosing) {
      const p = stack[stack.length - 1];
      switch (name) {
        case 'w:tbl':
          tableDepth++;
          break;
        case 'w:p':
          stack.push({ text: '', inTable: tableDepth > 0 });
          if (selfClosing) finish();
          break;
        case 'w:pPrChange':
        case 'w:rPrChange':
        case 'w:del':
          if (!selfClosing) skip++;
          break;
        case 'w:pStyle':
          if (p && skip === 0) p.styleId = a['w:val'];
          break;
        case 'w:numPr':
          if (!selfClosing) inNumPr = skip === 0;
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
          if (p && skip === 0 && stack.length > 0) p.text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (p && skip === 0) p.text += '\n';
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'w:tbl':
          tableDepth--;
          break;
        case 'w:p':
          finish();
          break;
        case 'w:pPrChange':
        case 'w:rPrChange':
        case 'w:del':
          skip--;
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
  function finish(): void {
    const p = stack.pop();
    if (!p) return;
    const fromStyle = styleNumPr(styles, p.styleId);
    const numId = p.numId ?? fromStyle.numId;
    const ilvl = p.ilvl ?? fromStyle.ilvl;
    const prefix = numbering.next(numId, ilvl);
    const body = p.text.replace(/^\s+|\s+$/g, '');
    out.push({ index: 0, text: prefix + body, inTable: p.inTable, ...(prefix !== '' ? { autoNumber: prefix } : {}) });
  }
  return out.map((p, i) => ({ ...p, index: i + 1 }));
}
