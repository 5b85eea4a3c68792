/**
 * Test helpers for the xlsx host: fixture workbooks authored with exceljs (input only — exceljs
 * never reads or rewrites users' files in product code), zip inspection with fflate, XML
 * well-formedness with saxes, and LibreOffice round trips.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const FIXTURES = path.join(__dirname, '../../fixtures/xlsx');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The exceljs-authored workbook most tests use. Values are stated in the tests by hand. */
export async function buildRichWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = '部门整体支出绩效自评表';
  ws.getRow(2).values = ['项目', '年初预算数', '全年预算数', '执行率'];
  ws.getCell('A3').value = '年度资金总额';
  ws.getCell('B3').value = 100;
  ws.getCell('C3').value = '120.50'; // a number typed as text
  ws.getCell('D3').value = 0.9;
  ws.getCell('D3').numFmt = '0.00%';
  ws.getCell('A4').value = '基本支出';
  ws.getCell('B4').value = 60;
  ws.getCell('C4').value = 0;
  ws.getCell('D4').value = { formula: 'B4/B3', result: 0.6 };
  ws.getCell('D4').numFmt = '0.00%';
  ws.getCell('A5').value = { richText: [{ text: '项目' }, { text: '支出', font: { bold: true } }] };
  ws.getCell('B5').value = -12.345;
  ws.getCell('B5').numFmt = '#,##0.00"万元"';
  ws.getCell('E5').value = { formula: 'B5*2', result: -24.69, shareType: 'shared', ref: 'E5:E6' } as ExcelJS.CellValue;
  ws.getCell('E6').value = { sharedFormula: 'E5', result: 0 } as ExcelJS.CellValue;
  ws.getCell('B6').value = { error: '#DIV/0!' } as ExcelJS.CellValue;
  ws.getCell('C6').value = true;
  ws.getCell('D6').value = null;
  ws.getCell('D6').numFmt = '0.00';
  ws.getCell('D6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
  ws.getCell('A3').note = '资金来源：财政拨款';
  ws.getCell('B3').dataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true };
  ws.addConditionalFormatting({ ref: 'B3:B10', rules: [{ type: 'cellIs', operator: 'lessThan', formulae: [0], priority: 1, style: { font: { color: { argb: 'FFFF0000' } } } }] });
  ws.getCell('A7').value = '=不是公式';
  const notes = wb.addWorksheet('说明');
  notes.getCell('B2').value = '第二张表';
  notes.getCell('B3').value = 42;
  return toBytes(wb);
}

export type Entries = Record<string, Uint8Array>;

export function unzip(bytes: Uint8Array): Entries {
  return unzipSync(bytes);
}

export function entryText(bytes: Uint8Array, name: string): string {
  const e = unzip(bytes)[name];
  if (!e) throw new Error(`no entry ${name}`);
  return strFromU8(e);
}

/** Names of the entries whose uncompressed bytes differ (or that exist on one side only). */
export function changedEntries(a: Uint8Array, b: Uint8Array): string[] {
  const x = unzip(a);
  const y = unzip(b);
  const names = new Set([...Object.keys(x), ...Object.keys(y)]);
  const out: string[] = [];
  for (const n of names) {
    const p = x[n];
    const q = y[n];
    if (!p || !q || p.length !== q.length || !p.every((v, i) => v === q[i])) out.push(n);
  }
  return out.sort();
}

/** Throws when `xml` is not well-formed (saxes, namespaces on). */
export function assertWellFormed(xml: string, what = 'xml'): void {
  const p = new SaxesParser({ xmlns: true });
  p.on('error', (e) => {
    throw new Error(`${what}: ${e.message}`);
  });
  p.write(xml).close();
}

export function assertAllPartsWellFormed(bytes: Uint8Array): number {
  let n = 0;
  for (const [name, data] of Object.entries(unzip(bytes))) {
    if (/\.(xml|rels|vml)$/.test(name)) {
      assertWellFormed(strFromU8(data), name);
      n++;
    }
  }
  return n;
}

/** Add a bar chart + drawing to sheet 2 of an exceljs workbook by hand (parts, rels, content types). */
export function withChart(bytes: Uint8Array): Uint8Array {
  const e = unzip(bytes);
  const chart =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>\'自评表\'!$B$3:$B$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>100</c:v></c:pt><c:pt idx="1"><c:v>60</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';
  const drawing =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
  const rel = (id: string, type: string, target: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;
  e['xl/charts/chart1.xml'] = strToU8(chart);
  e['xl/drawings/drawing1.xml'] = strToU8(drawing);
  e['xl/drawings/_rels/drawing1.xml.rels'] = strToU8(rel('rId1', 'chart', '../charts/chart1.xml'));
  if (e['xl/worksheets/_rels/sheet2.xml.rels']) throw new Error('sheet2 already has rels');
  e['xl/worksheets/_rels/sheet2.xml.rels'] = strToU8(rel('rIdChart', 'drawing', '../drawings/drawing1.xml'));
  const sheet2 = strFromU8(e['xl/worksheets/sheet2.xml']);
  const at = sheet2.search(/<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/);
  e['xl/worksheets/sheet2.xml'] = strToU8(sheet2.slice(0, at) + '<drawing r:id="rIdChart"/>' + sheet2.slice(at));
  const ct = strFromU8(e['[Content_Types].xml']);
  e['[Content_Types].xml'] = strToU8(
    ct.replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  return zipSync(e);
}

/** Fails (never skips) when LibreOffice is missing. */
export function requireSoffice(): string {
  const r = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error('soffice (LibreOffice) is required for this test: install the apt package libreoffice-calc (apt-get install -y libreoffice-calc)');
  }
  return 'soffice';
}

/**
 * LibreOffice's CSV export (UTF-8, formatted text as shown) of one sheet: the first by default,
 * or sheet number `sheet` (1-based) with its name `sheetName`.
 */
export function libreOfficeCsv(bytes: Uint8Array, sheet?: { readonly number: number; readonly name: string }): string {
  const name = 'book.xlsx';
  const soffice = requireSoffice();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lo-'));
  try {
    const src = path.join(dir, name);
    fs.writeFileSync(src, bytes);
    execFileSync(
      soffice,
      ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false${sheet ? ',' + sheet.number : ''}`, '--outdir', path.join(dir, 'out'), src],
      { stdio: 'pipe', timeout: 120000 },
    );
    const csv = path.join(dir, 'out', sheet ? `book-${sheet.name}.csv` : 'book.csv');
    if (!fs.existsSync(csv)) throw new Error(`LibreOffice produced no CSV for ${name}`);
    return fs.readFileSync(csv, 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function csvRows(csv: string): string[][] {
  return csv
    .replace(/\r/g, '')
    .split('\n')
    .filter((l, i, a) => l !== '' || i < a.length - 1)
    .map((l) => l.split(','));
}

const CT =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';

/** A hand-written package: one sheet whose XML is `sheetData` (+ optional extra parts). */
export function handPackage(sheetXml: string, extra: Record<string, string> = {}, workbookXml?: string): Uint8Array {
  const wb =
    workbookXml ??
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';
  const rels =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
    (extra['xl/sharedStrings.xml'] ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : '') +
    (extra['xl/styles.xml'] ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>' : '') +
    '</Relationships>';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CT),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(wb),
    'xl/_rels/workbook.xml.rels': strToU8(rels),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
  };
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

/** A worksheet part around `body` (elements optionally prefixed, e.g. 'x:'). */
export const worksheetXml = (body: string, prefix = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?><${prefix}worksheet xmlns${prefix ? ':' + prefix.slice(0, -1) : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</${prefix}worksheet>`;

