/**
 * readDraft: a report staff wrote by hand (.docx or .txt) → numbered paragraphs, with Word's
 * automatic numbering expanded into the visible prefix. Never throws on bad input: an unreadable
 * file comes back with `error` (Chinese) and no paragraphs.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { readDocxBody, type DocxBody } from '../ooxml/docx-body';
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
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  return draftParagraphs(readDocxBody({ document: strFromU8(doc), numbering: text('word/numbering.xml'), styles: text('word/styles.xml') }));
}

/** The body's paragraphs as the draft cross-check reads them (the .docx host passes its own read here). */
export function draftParagraphs(body: Pick<DocxBody, 'paragraphs'>): DraftParagraph[] {
  return body.paragraphs.map((p) => ({ index: p.index, text: p.text, inTable: p.inTable, ...(p.autoNumber !== undefined ? { autoNumber: p.autoNumber } : {}) }));
}
