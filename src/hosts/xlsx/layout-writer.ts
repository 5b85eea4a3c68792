/**
 * SheetLayout → a complete worksheet part, and the named CELL_STYLES → cellXfs appended to
 * styles.xml (fonts, fills, borders, alignment, protection, number format).
 */
import { columnLetters, toA1 } from '../../core/grid/a1';
import { CELL_STYLES, type CellStyle, type CellStyleName, type SheetLayout } from '../../core/grid/layout';
import { isCellError } from '../../core/grid/types';
import { inlineStringXml, numberValueXml } from './cell-xml';
import { NS_MAIN, NS_REL } from './opc';
import type { StylesEditor } from './styles';
import { escapeXml } from './xml-scan';

/** Append one cellXf per style name used by the layout; returns name → xf index. */
export function appendLayoutStyles(editor: StylesEditor, layout: SheetLayout): Map<CellStyleName, number> {
  const used = new Set<CellStyleName>();
  for (const c of layout.cells) if (c.style) used.add(c.style);
  const out = new Map<CellStyleName, number>();
  let borderId: number | undefined;
  for (const name of [...used].sort()) {
    const st: CellStyle = CELL_STYLES[name];
    const fontId = editor.appendFont(
      `<font>${st.bold ? '<b/>' : ''}<sz val="${st.size}"/><name val="${escapeXml(st.font)}"/><family val="3"/><charset val="134"/></font>`,
    );
    const fillId = st.fill
      ? editor.appendFill(`<fill><patternFill patternType="solid"><fgColor rgb="${escapeXml(st.fill)}"/><bgColor indexed="64"/></patternFill></fill>`)
      : 0;
    if (st.border && borderId === undefined) {
      const side = (n: string) => `<${n} style="thin"><color auto="1"/></${n}>`;
      borderId = editor.appendBorder(`<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`);
    }
    const numFmtId = st.numFmt ? editor.ensureNumFmt(st.numFmt) : 0;
    const align: string[] = [];
    if (st.horizontal) align.push(`horizontal="${st.horizontal}"`);
    if (st.vertical) align.push(`vertical="${st.vertical === 'middle' ? 'center' : 'top'}"`);
    if (st.wrap) align.push('wrapText="1"');
    const locked = st.locked === false;
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${st.border ? borderId : 0}" xfId="0"` +
      ` applyNumberFormat="${numFmtId ? 1 : 0}" applyFont="1" applyFill="${st.fill ? 1 : 0}" applyBorder="${st.border ? 1 : 0}"` +
      ` applyAlignment="${align.length ? 1 : 0}" applyProtection="${locked ? 1 : 0}">` +
      (align.length ? `<alignment ${align.join(' ')}/>` : '') +
      (locked ? '<protection locked="0"/>' : '') +
      '</xf>';
    out.set(name, editor.appendXf(xf));
  }
  return out;
}

/** The worksheet XML of a layout (styles already appended). */
export function layoutSheetXml(layout: SheetLayout, styleIds: ReadonlyMap<CellStyleName, number>): string {
  const byRow = new Map<number, Array<(typeof layout.cells)[number]>>();
  let maxRow = 0;
  let maxCol = 0;
  for (const c of layout.cells) {
    const list = byRow.get(c.row) ?? [];
    list.push(c);
    byRow.set(c.row, list);
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }
  const heights = layout.rowHeights ?? {};
  const rowIdx = new Set<number>([...byRow.keys(), ...Object.keys(heights).map(Number)]);
  const rows: string[] = [];
  for (const r of [...rowIdx].sort((a, b) => a - b)) {
    const ht = heights[r];
    const cells = (byRow.get(r) ?? []).slice().sort((a, b) => a.col - b.col);
    let x = `<row r="${r + 1}"${ht !== undefined ? ` ht="${ht}" customHeight="1"` : ''}>`;
    for (const c of cells) {
      const s = c.style ? styleIds.get(c.style) ?? 0 : 0;
      const sAttr = s ? ` s="${s}"` : '';
      const ref = toA1(c.row, c.col);
      const v = c.value;
      const f = c.formula !== undefined ? `<f>${escapeXml(c.formula)}</f>` : '';
      if (typeof v === 'number' && Number.isFinite(v)) x += `<c r="${ref}"${sAttr}>${f}${numberValueXml(v)}</c>`;
      else if (typeof v === 'string') {
        x += f ? `<c r="${ref}"${sAttr} t="str">${f}<v>${escapeXml(v)}</v></c>` : `<c r="${ref}"${sAttr} t="inlineStr">${inlineStringXml(v)}</c>`;
      } else if (typeof v === 'boolean') x += `<c r="${ref}"${sAttr} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
      else if (isCellError(v)) x += `<c r="${ref}"${sAttr} t="e">${f}<v>${escapeXml(v.error)}</v></c>`;
      else x += f ? `<c r="${ref}"${sAttr}>${f}</c>` : `<c r="${ref}"${sAttr}/>`;
    }
    rows.push(x + '</row>');
  }
  const cols = layout.columnWidths
    .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  const merges = layout.merges.length
    ? `<mergeCells count="${layout.merges.length}">${layout.merges
        .map((m) => `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`)
        .join('')}</mergeCells>`
    : '';
  const pr = layout.print;
  const dim = layout.cells.length ? `A1:${columnLetters(maxCol)}${maxRow + 1}` : 'A1';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    (pr?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="${dim}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="14.25"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    merges +
    (pr?.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (pr
      ? `<pageSetup paperSize="9" orientation="${pr.orientation}"${pr.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`
      : '<pageSetup paperSize="9"/>') +
    '</worksheet>'
  );
}
