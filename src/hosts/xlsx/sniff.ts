/**
 * Classify raw bytes before unzipping: empty, old binary formats (CFB), text, zip. Throws the
 * matching XlsxError; returns normally only for something that starts like a zip.
 */
import { cfbEntryNames, isCfb, isEncryptedPackage, isWpsSpreadsheet } from './cfb';
import { XlsxError, type TextKind } from './errors';

/** Looks like text (CSV/TSV/HTML saved as .xlsx): a BOM, or the first bytes are printable/UTF-8. */
export function looksLikeText(b: Uint8Array): boolean {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return true;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return true;
  const n = Math.min(b.length, 1024);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 9 || c === 10 || c === 13 || c >= 0x20) continue;
    bad++;
  }
  return n > 0 && bad === 0;
}

export function isZipStart(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7) && (b[3] === 4 || b[3] === 6 || b[3] === 8);
}

/** What kind of text the bytes are (undefined: binary). HTML and XML 2003 are told by their markup. */
export function textKindOf(b: Uint8Array): TextKind | undefined {
  if (!looksLikeText(b)) return undefined;
  const head = new TextDecoder('utf-8').decode(b.subarray(0, Math.min(b.length, 4096))).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml2003';
  if (head.startsWith('<') && /<(html|table|!doctype html)/.test(head)) return 'html';
  return 'csv';
}

/** Throws XlsxError unless `bytes` start like a zip. */
export function assertZipLike(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new XlsxError('EMPTY');
  if (isCfb(bytes)) {
    const names = cfbEntryNames(bytes);
    if (isEncryptedPackage(names)) throw new XlsxError('ENCRYPTED');
    if (isWpsSpreadsheet(names)) throw new XlsxError('ET_FORMAT');
    throw new XlsxError('XLS_FORMAT');
  }
  if (isZipStart(bytes)) return;
  throw new XlsxError('NOT_ZIP', { textKind: textKindOf(bytes) });
}
