/**
 * `DocxError`: the file cannot be read as a Word document. The CLI and the batch print its
 * Chinese message (naming the file) and `code`; never a stack trace.
 */
import { DOCX_PHRASES } from './phrases';

export type DocxErrorCode = 'EMPTY' | 'DOC_FORMAT' | 'ENCRYPTED' | 'NOT_ZIP' | 'TRUNCATED' | 'NOT_DOCUMENT' | 'ZIP_BOMB' | 'TABLE_TOO_LARGE';

export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocxError';
  }
}

export function docxError(code: Exclude<DocxErrorCode, 'TABLE_TOO_LARGE' | 'TRUNCATED' | 'ZIP_BOMB'>, file: string | undefined): DocxError {
  const p = DOCX_PHRASES;
  const m = { EMPTY: p.empty, DOC_FORMAT: p.doc, ENCRYPTED: p.encrypted, NOT_ZIP: p.notZip, NOT_DOCUMENT: p.notDocument }[code];
  return new DocxError(code, m(file));
}
