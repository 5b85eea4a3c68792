/**
 * Surgical writes (issue #6 §2c): on workbooks with a chart, a pivot table, a comment, data
 * validation and conditional formatting — built in code (code-rich.xlsx) and saved by
 * LibreOffice (lo-rich.xlsx; see test/fixtures/reliability/generate.js) — the recompute plan
 * changes only the written cells; every other zip entry is byte-identical; every part stays
 * well-formed; LibreOffice reads the result and shows the new values. Both zip codecs: fflate
 * (the pane, in a browser) and Node's zlib (NODE_ZIP_CODEC: the CLI's recompute).
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook } from '../../src/core/analyse';
import { XlsxPackage, type XlsxOpenOptions } from '../../src/hosts/xlsx/package';
import { NODE_ZIP_CODEC } from '../../src/hosts/xlsx/file-io';
import { readXlsx } from '../../src/hosts/xlsx/reader';
import { libreOfficeCsv } from '../hosts/xlsx/helpers';
import { parseCsv } from './csv';
import { surgicalProblems } from './surgical';
import { changed, unzip } from './zip-diff';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'reliability');
const load = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

/** Parts that carry the chart, pivot table, comment, DV and CF: never touched by a recompute. */
const PRECIOUS = /^xl\/(charts|drawings|pivotTables|pivotCache)\/|^xl\/comments\d*\.xml$|\.vml$|^xl\/worksheets\/_rels\//;

const CODECS: ReadonlyArray<readonly [string, XlsxOpenOptions]> = [
  ['fflate', {}],
  ['Node zlib (CLI)', NODE_ZIP_CODEC],
];

function recompute(bytes: Uint8Array, codec: XlsxOpenOptions = {}) {
  const analysis = analyseWorkbook(readXlsx(bytes));
  const pkg = XlsxPackage.open(bytes, codec);
  pkg.applyWrites(analysis.plan.writes);
  return { analysis, out: pkg.toBytes() };
}

describe.each(CODECS.flatMap(([codecName, codec]) => ['code-rich.xlsx', 'lo-rich.xlsx'].map((name) => [name, codecName, codec] as const)))('recompute on %s with %s (chart, pivot table, comment, data validation, conditional formatting)', (name, _codecName, codec) => {
  const input = load(name);
  const { analysis, out } = recompute(input, codec);

  test('the plan writes output cells (the fixture exercises the writer)', () => {
    expect(analysis.plan.writes.length).toBeGreaterThan(3);
  });

  test('only the written cells, styles (appended), workbook.xml calcPr (and sharedStrings/calcChain) differ; all parts well-formed', () => {
    expect(surgicalProblems(input, out, analysis.plan.writes)).toEqual([]);
  });

  test('chart, drawing, pivot table, pivot cache, comment and vml parts are byte-identical and still present', () => {
    const a = unzip(input);
    const b = unzip(out);
    const precious = Object.keys(a).filter((n) => PRECIOUS.test(n));
    expect(precious.some((n) => n.includes('pivotTable'))).toBe(true);
    expect(precious.some((n) => n.includes('pivotCacheDefinition'))).toBe(true);
    expect(precious.some((n) => n.includes('charts/chart'))).toBe(true);
    expect(precious.some((n) => /comments/.test(n))).toBe(true);
    expect(changed(a, b).filter((n) => PRECIOUS.test(n))).toEqual([]);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  });

  test('data validation and conditional formatting of the written sheet are unchanged', () => {
    const sheet = (bytes: Uint8Array) => {
      const e = unzip(bytes);
      const xml = new TextDecoder().decode(e['xl/worksheets/sheet1.xml']);
      return [/<dataValidations\b[\s\S]*?<\/dataValidations>/.exec(xml)?.[0], /<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/.exec(xml)?.[0]];
    };
    const [dvA, cfA] = sheet(input);
    expect(dvA).toBeDefined();
    expect(cfA).toBeDefined();
    expect(sheet(out)).toEqual([dvA, cfA]);
  });

  test('re-reading the output plans nothing, and applying that empty plan returns the same bytes', () => {
    const again = recompute(out, codec);
    expect(again.analysis.plan.writes).toEqual([]);
    expect(Buffer.from(again.out).equals(Buffer.from(out))).toBe(true);
  });
});

describe('LibreOffice reads the recomputed LibreOffice-saved workbook', () => {
  test.each(CODECS)('written with %s: soffice --convert-to csv shows the new values in the written cells', (_codecName, codec) => {
    const input = load('lo-rich.xlsx');
    const { analysis, out } = recompute(input, codec);
    const rows = parseCsv(libreOfficeCsv(out));
    const checked = analysis.plan.writes.filter((w) => w.sheet === '自评表' && typeof w.value === 'number');
    expect(checked.length).toBeGreaterThan(0);
    for (const w of checked) {
      const v = w.value as number;
      // Expected display, worked out independently: '0.00%' → percent with 2 decimals, '0.00' → 2 decimals.
      const shown = w.numFmt === '0.00%' ? `${(v * 100).toFixed(2)}%` : v.toFixed(2);
      expect(`${w.address}=${rows[w.row]?.[w.col]}`).toBe(`${w.address}=${shown}`);
    }
  }, 180000);
});
