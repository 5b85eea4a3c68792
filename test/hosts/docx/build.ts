/** Test helpers: a minimal .docx package around a hand-written body, and a grid rendered as a Word table. */
import { strToU8, zipSync } from 'fflate';
import type { Sheet } from '../../../src/core/grid/types';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

export function docxOf(body: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(documentXml(body)),
  };
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph; "\n" in the text becomes <w:br/> as Word writes a manual line break. */
export function para(text: string): string {
  const runs = text.split('\n').map((t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`);
  return `<w:p><w:r>${runs.join('<w:br/>')}</w:r></w:p>`;
}

/**
 * A sheet's grid as Word lays a table out: a merged area's top-left cell carries w:gridSpan
 * (its width) and w:vMerge="restart" when it spans rows; the rows below carry w:vMerge cells of
 * the same span. Numbers are written as the text a person types (String of the value).
 */
export function tableXml(sheet: Sheet): string {
  const width = Math.max(...sheet.cells.map((r) => r.length));
  const rows: string[] = [];
  for (let r = 0; r < sheet.cells.length; r++) {
    const tcs: string[] = [];
    for (let c = 0; c < width; ) {
      const m = sheet.merges.find((g) => r >= g.top && r <= g.bottom && c >= g.left && c <= g.right);
      const span = m ? m.right - m.left + 1 : 1;
      const pr = [span > 1 ? `<w:gridSpan w:val="${span}"/>` : '', m && m.bottom > m.top ? (m.top === r ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : ''].join('');
      const v = m && m.top !== r ? null : sheet.cells[r][c]?.value ?? null;
      const text = v === null ? '' : String(v);
      tcs.push(`<w:tc><w:tcPr>${pr}</w:tcPr>${text === '' ? '<w:p/>' : para(text)}</w:tc>`);
      c += span;
    }
    rows.push(`<w:tr>${tcs.join('')}</w:tr>`);
  }
  return `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol/>'.repeat(width)}</w:tblGrid>${rows.join('')}</w:tbl>`;
}
