/**
 * The xlsx host's pure API (browser-safe). Node file access lives in './file-io' and is imported
 * from there explicitly by the CLI.
 */
export { readXlsx } from './reader';
export { XlsxPackage, type XlsxOpenOptions } from './package';
export { XlsxWorkbookHost, type XlsxHostOptions } from './host';
export { XlsxError, XlsxMisuseError, DEFAULT_MAX_UNCOMPRESSED_BYTES, type XlsxErrorCode, type XlsxMisuseCode, type XlsxErrorDetail } from './errors';
