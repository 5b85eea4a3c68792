import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { XlsxPackage } from '../../../src/hosts/xlsx/package';
import { readXlsx } from '../../../src/hosts/xlsx/reader';

const SHEETS = 200;
const ROWS_PER_SHEET = 250; // 200 × 250 = 50,000 rows
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A 200-sheet / 50,000-row workbook (8 columns: shared strings, numbers, percents, formulas). */
function bigWorkbook(): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const strings = Array.from({ length: 500 }, (_, i) => `指标名称${i}`);
  let ct = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`;
  let sheets = '';
  let rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rSst" Type="${RNS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rSty" Type="${RNS}/styles" Target="styles.xml"/>`;
  for (let s = 1; s <= SHEETS; s++) {
    const rows: string[] = [];
    for (let r = 1; r <= ROWS_PER_SHEET; r++) {
      const k = s * ROWS_PER_SHEET + r;
      rows.push(
        `<row r="${r}"><c r="A${r}" t="s"><v>${k % 500}</v></c><c r="B${r}"><v>${(k * 1.25).toFixed(2)}</v></c><c r="C${r}"><v>${k}</v></c>` +
          `<c r="D${r}" s="1"><f>B${r}/C${r}</f><v>${1.25}</v></c><c r="E${r}" t="s"><v>${(k * 7) % 500}</v></c><c r="F${r}" s="2"><v>${(k % 1000) / 7}</v></c>` +
          `<c r="G${r}" t="inlineStr"><is><t>说明${k}</t></is></c><c r="H${r}" t="b"><v>${k % 2}</v></c></row>`,
      );
    }
    files[`xl/worksheets/sheet${s}.xml`] = strToU8(`<?xml version="1.0"?><worksheet xmlns="${NS}"><dimension ref="A1:H${ROWS_PER_SHEET}"/><sheetData>${rows.join('')}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`);
    sheets += `<sheet name="表${s}" sheetId="${s}" r:id="rId${s}"/>`;
    rels += `<Relationship Id="rId${s}" Type="${RNS}/worksheet" Target="worksheets/sheet${s}.xml"/>`;
    ct += `<Override PartName="/xl/worksheets/sheet${s}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  }
  files['[Content_Types].xml'] = strToU8(ct + '</Types>');
  files['_rels/.rels'] = strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['xl/workbook.xml'] = strToU8(`<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${RNS}"><sheets>${sheets}</sheets></workbook>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(rels + '</Relationships>');
  files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`);
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0"?><styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  return zipSync(files);
}

describe('performance (200 sheets, 50,000 rows, 400,000 cells)', () => {
  const bytes = bigWorkbook();

  test('readXlsx reads it well under a second and faster than exceljs', async () => {
    // Both readers are timed in CPU time of this process (process.cpuUsage: user + system, GC
    // threads included), not wall time: jest runs other suites beside this one on the same cores,
    // and wall time counts whatever ran while this process waited — on one reader's turn and not
    // the other's. Our reader: median of 3 warm reads; then exceljs: one load.
    const cpuMs = (start: NodeJS.CpuUsage): number => {
      const d = process.cpuUsage(start);
      return (d.user + d.system) / 1000;
    };
    readXlsx(bytes); // warm-up (JIT)
    const cpu: number[] = [];
    const wall: number[] = [];
    let wb = readXlsx(bytes);
    const timeOurs = (): void => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      wb = readXlsx(bytes);
      wall.push(performance.now() - t0);
      cpu.push(cpuMs(c0));
    };
    for (let i = 0; i < 3; i++) timeOurs();
    const c1 = process.cpuUsage();
    const ex = new ExcelJS.Workbook();
    await ex.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const exceljs = cpuMs(c1);
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[1];
    const ours = median(cpu);
    const oursWall = median(wall);
    expect(wb.sheets).toHaveLength(SHEETS);
    expect(wb.sheets.reduce((n, s) => n + s.cells.length, 0)).toBe(50000);
    // Spot check: sheet 7, row 10 → k = 7 × 250 + 10 = 1760.
    const row = wb.sheets[6].cells[9];
    expect(row.map((c) => c?.value)).toEqual(['指标名称260', 2200, 1760, 1.25, '指标名称320', 760 / 7, '说明1760', false]);
    expect(row[3]?.formula).toBe('B10/C10');
    expect(row[3]?.numFmt).toBe('0.00%');
    expect(ex.worksheets).toHaveLength(SHEETS);

    // eslint-disable-next-line no-console
    console.log(`readXlsx median ${ours.toFixed(0)} ms CPU (${oursWall.toFixed(0)} ms wall); exceljs load ${exceljs.toFixed(0)} ms CPU (${(ours / exceljs).toFixed(2)}×)`);
    // Target: well under a second on an idle machine (≈ 0.5–0.7 s measured, wall ≈ CPU). The
    // absolute bound is loose (and in CPU time) so a loaded CI runner does not flake; the ratio
    // to exceljs is the stable measure.
    expect(ours).toBeLessThan(2000);
    expect(ours).toBeLessThan(exceljs / 2);
  });

  test('a write into one sheet re-deflates only that sheet (fast), and re-reading is consistent', () => {
    const t0 = performance.now();
    const pkg = XlsxPackage.open(bytes);
    pkg.applyWrites([{ sheet: '表100', row: 4, col: 1, address: 'B5', kind: 'executionRate', old: 0, value: 0.5, numFmt: '0.00%' }]);
    const out = pkg.toBytes();
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(2000);
    const s = readXlsx(out).sheets[99];
    expect(s.cells[4][1]).toEqual({ value: 0.5, numFmt: '0.00%' });
  });
});
