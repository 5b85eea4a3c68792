/**
 * Named errors of the xlsx host. `XlsxError` = the file cannot be read as a workbook (user
 * input: the CLI prints its Chinese message and `code`); `XlsxMisuseError` = our own API was
 * misused (e.g. a write plan touching a formula cell).
 */
import { XLSX_MISUSE_PHRASES, XLSX_PHRASES } from './phrases';

export type XlsxErrorCode =
  | 'EMPTY'
  | 'NOT_ZIP'
  | 'TRUNCATED'
  | 'XLS_FORMAT'
  | 'ET_FORMAT'
  | 'ENCRYPTED'
  | 'ZIP_BOMB'
  | 'NOT_WORKBOOK'
  | 'MISSING'
  | 'UNREADABLE'
  | 'SAME_FILE'
  | 'UNWRITABLE';

export type TextKind = 'csv' | 'html' | 'xml2003';

export interface XlsxErrorDetail {
  /** File name for the message (base name, e.g. '2024自评表.xlsx'). */
  readonly file?: string;
  /** NOT_ZIP: what the bytes look like when they are text: CSV/plain text, an HTML table ("fake .xls"), XML Spreadsheet 2003. */
  readonly textKind?: TextKind;
  /** TRUNCATED: the zip entry that could not be read (inflate error, bad XML). */
  readonly part?: string;
  /** ZIP_BOMB: the limit in bytes. */
  readonly limitBytes?: number;
  /** NOT_WORKBOOK: the Office document the package is instead (it holds word/document.xml, ppt/presentation.xml). */
  readonly otherDocument?: 'word' | 'powerpoint';
  /** UNREADABLE / UNWRITABLE: the system's reason. */
  readonly reason?: string;
  readonly cause?: unknown;
}

/** Default limit of the sum of uncompressed entry sizes: 500 MB. */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024;

function messageFor(code: XlsxErrorCode, d: XlsxErrorDetail): string {
  const f = d.file;
  switch (code) {
    case 'EMPTY':
      return XLSX_PHRASES.empty(f);
    case 'NOT_ZIP':
      if (d.textKind === 'html') return XLSX_PHRASES.htmlNotZip(f);
      if (d.textKind === 'xml2003') return XLSX_PHRASES.xml2003NotZip(f);
      return d.textKind === 'csv' ? XLSX_PHRASES.textNotZip(f) : XLSX_PHRASES.notZip(f);
    case 'TRUNCATED':
      return d.part ? XLSX_PHRASES.corruptPart(f, d.part) : XLSX_PHRASES.truncated(f);
    case 'XLS_FORMAT':
      return XLSX_PHRASES.xls(f);
    case 'ET_FORMAT':
      return XLSX_PHRASES.et(f);
    case 'ENCRYPTED':
      return XLSX_PHRASES.encrypted(f);
    case 'ZIP_BOMB':
      return XLSX_PHRASES.zipBomb(f, Math.floor((d.limitBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES) / (1024 * 1024)));
    case 'NOT_WORKBOOK':
      if (d.otherDocument === 'word') return XLSX_PHRASES.wordNotWorkbook(f);
      if (d.otherDocument === 'powerpoint') return XLSX_PHRASES.powerPointNotWorkbook(f);
      return XLSX_PHRASES.notWorkbook(f);
    case 'MISSING':
      return XLSX_PHRASES.missing(f);
    case 'UNREADABLE':
      return XLSX_PHRASES.unreadable(f, d.reason ?? '');
    case 'SAME_FILE':
      return XLSX_PHRASES.sameFile(f);
    case 'UNWRITABLE':
      return XLSX_PHRASES.unwritable(f, d.reason ?? '');
  }
}

/** The file is not a readable .xlsx workbook. `message` is Simplified Chinese, for the user. */
export class XlsxError extends Error {
  readonly code: XlsxErrorCode;
  readonly detail: XlsxErrorDetail;

  constructor(code: XlsxErrorCode, detail: XlsxErrorDetail = {}) {
    super(messageFor(code, detail), detail.cause === undefined ? undefined : { cause: detail.cause });
    this.name = 'XlsxError';
    this.code = code;
    this.detail = detail;
  }

  /** The same error, its message naming `file`. */
  withFile(file: string): XlsxError {
    return new XlsxError(this.code, { ...this.detail, file, cause: this.detail.cause ?? this });
  }
}

export type XlsxMisuseCode = 'FORMULA_CELL' | 'UNKNOWN_SHEET' | 'BAD_VALUE' | 'BAD_ADDRESS' | 'BAD_SHEET_NAME' | 'HIDDEN_SHEET';

/** Our own API was misused (a bug in the caller, not bad user data). */
export class XlsxMisuseError extends Error {
  constructor(
    readonly code: XlsxMisuseCode,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxMisuseError';
  }

  static formulaCell(sheet: string, address: string): XlsxMisuseError {
    return new XlsxMisuseError('FORMULA_CELL', XLSX_MISUSE_PHRASES.formulaCell(sheet, address));
  }
  static unknownSheet(sheet: string): XlsxMisuseError {
    return new XlsxMisuseError('UNKNOWN_SHEET', XLSX_MISUSE_PHRASES.unknownSheet(sheet));
  }
  static badValue(sheet: string, address: string): XlsxMisuseError {
    return new XlsxMisuseError('BAD_VALUE', XLSX_MISUSE_PHRASES.badValue(sheet, address));
  }
  static badAddress(sheet: string, address: string): XlsxMisuseError {
    return new XlsxMisuseError('BAD_ADDRESS', XLSX_MISUSE_PHRASES.badAddress(sheet, address));
  }
  static hiddenSheet(sheet: string): XlsxMisuseError {
    return new XlsxMisuseError('HIDDEN_SHEET', XLSX_MISUSE_PHRASES.hiddenSheet(sheet));
  }
  static badSheetName(sheet: string): XlsxMisuseError {
    return new XlsxMisuseError('BAD_SHEET_NAME', XLSX_MISUSE_PHRASES.badSheetName(sheet));
  }
}
