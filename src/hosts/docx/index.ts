export { readDocx, isDocCfb, tableSheet, DOCX_MAX_UNCOMPRESSED_BYTES, type DocxDocument, type DocxTableInfo } from './reader';
export { DocxError, type DocxErrorCode } from './errors';
