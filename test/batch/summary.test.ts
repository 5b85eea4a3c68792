/**
 * The batch API (src/batch): per-file figures against hand-derived values of the two samples
 * (samples/expected-findings.json and its reasoning), broken files, the roll-up's flags, and the
 * summary workbook read back (our reader and LibreOffice).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSummaryWorkbook, checkWorkbookBytes, rollUp, type CheckedFile, type FileResult, type TableResult } from '../../src/batch';
import type { Workbook } from '../../src/core/grid/types';
import { XlsxPackage } from '../../src/hosts/xlsx/package';
import { unzipSync, strFromU8 } from 'fflate';
import { ROOT, SAMPLE, encrypted, oldXls, zipBomb } from './bad-inputs';

const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'samples', 'expected-findings.json'), 'utf8')) as Record<string, Array<{ rule: string; cell: string; severity: string }>>;
const tally = (name: string) => {
  const c = { error: 0, warning: 0, info: 0 } as Record<string, number>;
  for (const f of expected[name]) c[f.severity]++;
  return c;
};

const META = { generatedAt: '2026-12-06 21:00', profile: { id: 'national', name: '全国默认（财预〔2020〕10号）' } };

function checked(r: FileResult): CheckedFile {
  if (r.error) throw new Error(`unexpected error ${r.error.message}`);
  return r;
}

describe('checkWorkbookBytes on the samples (hand-derived figures)', () => {
  // 资金得分 = 10 × 1186.19 ÷ 1186.96 = 9.9935… → 9.99; indicator parts as stated (none is computable
  // by rule: S08/I01 rows) = 10+9.8+10+10+9.8+9.8+9.8+9.8+9.8+10 = 98.8; 总分 = 9.99 + 98.8 = 108.79.
  // 分值 = 10 + 10 × 10 = 110 ≠ 100, so no 等级. 执行率 = 1186.19 ÷ 1186.96 = 0.99935128… → 0.999351.
  for (const name of ['seed-template.xlsx', 'seed-hunan-pasted.xlsx']) {
    test(name, async () => {
      const r = checked(await checkWorkbookBytes(`各单位/${name}`, SAMPLE(name)));
      expect(r.file).toBe(`各单位/${name}`);
      expect(r.unit).toBe('岳阳市信访局');
      expect(r.unitFromFileName).toBe(false);
      expect(r.kind).toBe('部门整体');
      expect(r.year).toBe(2024);
      expect(r.weightTotal).toBe(110);
      expect(r.statedTotal).toBe(98.8);
      expect(r.computedTotal).toBe(108.79);
      expect(r.computedTotalReason).toBeNull();
      expect(r.statedGrade).toBeNull();
      expect(r.computedGrade).toBeNull();
      expect(r.computedGradeReason).toContain('110');
      expect(r.executionRate).toBe(0.999351);
      expect(r.counts).toEqual(tally(name));
      // The first error in sheet order is F03 on H4 (9.94 typed, 9.99 due).
      expect(r.firstError).toContain('9.99');
      expect(r.firstError).toContain('9.94');
      expect(r.tables).toHaveLength(1);
      expect(r.findings.map((f) => `${f.rule}@${f.cell}`).sort()).toEqual(expected[name].map((f) => `${f.rule}@${f.cell}`).sort());
    });
  }

  test('unreadable files: one result each with the reader code and a Chinese message naming the file', async () => {
    const cases: Array<[string, Uint8Array, string]> = [
      ['a/炸弹.xlsx', zipBomb(), 'ZIP_BOMB'],
      ['a/加密.xlsx', encrypted(), 'ENCRYPTED'],
      ['a/旧版.xls', oldXls(), 'XLS_FORMAT'],
      ['a/空.xlsx', new Uint8Array(0), 'EMPTY'],
      ['a/截断.xlsx', SAMPLE('seed-template.xlsx').slice(0, 5000), 'TRUNCATED'],
    ];
    for (const [name, bytes, code] of cases) {
      const r = await checkWorkbookBytes(name, bytes);
      expect(r.error?.code).toBe(code);
      expect(r.error?.message).toContain(path.basename(name));
      expect(r.error?.message).not.toMatch(/at .*\.ts|Error:/);
    }
  });

  test('a workbook without a table: the unit from the file name, marked as such', async () => {
    const bytes = buildSummaryWorkbook([], META); // any valid workbook without a 自评表
    const r = checked(await checkWorkbookBytes('教育局.xlsx', bytes));
    expect(r.unit).toBe('教育局');
    expect(r.unitFromFileName).toBe(true);
    expect(r.kind).toBeNull();
    expect(r.counts.error).toBe(0);
  });
});

function table(over: Partial<TableResult>): TableResult {
  return {
    sheet: '自评表', kind: '部门整体', unit: '甲局', unitFromFileName: false, project: null, year: 2024, weightTotal: 100, statedTotal: 95,
    computedTotal: 95, computedTotalReason: null, statedGrade: '优', computedGrade: '优', computedGradeReason: null, executionRate: 1,
    counts: { error: 0, warning: 0, info: 0 }, firstError: null, ...over,
  };
}
function file(name: string, t: TableResult): CheckedFile {
  return { file: name, ...t, tables: [t], findings: [] } as unknown as CheckedFile;
}

describe('rollUp: 未报送, 名单外, 重复报送 (newer kept), other year / kind, order', () => {
  const results: FileResult[] = [
    file('b.xlsx', table({ unit: '乙局', counts: { error: 2, warning: 0, info: 0 }, firstError: '错一' })),
    file('a-old.xlsx', table({ unit: '甲局' })),
    file('a-new.xlsx', table({ unit: '甲 局' })),
    file('c.xlsx', table({ unit: '丙局', year: 2023 })),
    file('d.xlsx', table({ unit: '丁局', kind: '项目', project: '修路' })),
    file('z.xlsx', table({ unit: '名单外局' })),
    { file: 'x.xlsx', error: { code: 'ENCRYPTED', message: '加密' } },
  ];
  const roll = rollUp(results, { expectedUnits: ['甲局', '乙局', '丙局', '丁局', '戊局'], modified: { 'a-old.xlsx': 1000, 'a-new.xlsx': 2000 } });
  const row = (f: string) => roll.rows.find((r) => r.file === f)!;

  test('flags', () => {
    expect(row('a-new.xlsx').flags.join()).toContain('保留本文件');
    expect(row('a-old.xlsx').flags.join()).toContain('较新的 a-new.xlsx');
    expect(row('c.xlsx').flags.join()).toContain('年度为 2023，本批多数为 2024');
    expect(row('d.xlsx').flags.join()).toContain('为项目自评表，本批多数为部门整体');
    expect(row('z.xlsx').flags.join()).toContain('不在报送名单');
    expect(row('x.xlsx').flags.join()).toContain('无法读取');
    expect(roll.rows.filter((r) => r.notSubmitted).map((r) => r.unit)).toEqual(['戊局']);
    expect(roll.totals).toMatchObject({ files: 7, unreadable: 1, duplicates: 1, notSubmitted: 1, notOnList: 2, errors: 2, filesWithErrors: 1 });
  });

  test('order: unreadable, then most errors, then 单位 (code points), 未报送 last', () => {
    // 丁 U+4E01 < 丙 U+4E19 < 名 U+540D < 甲 U+7532; '甲 局' (space U+0020) < '甲局'.
    expect(roll.rows.map((r) => r.file || r.unit)).toEqual(['x.xlsx', 'b.xlsx', 'd.xlsx', 'c.xlsx', 'z.xlsx', 'a-new.xlsx', 'a-old.xlsx', '戊局']);
  });
});

describe('buildSummaryWorkbook', () => {
  let results: FileResult[];
  let bytes: Uint8Array;
  let wb: Workbook;
  beforeAll(async () => {
    results = [
      await checkWorkbookBytes('seed-template.xlsx', SAMPLE('seed-template.xlsx')),
      await checkWorkbookBytes('湖南/seed-hunan-pasted.xlsx', SAMPLE('seed-hunan-pasted.xlsx')),
      await checkWorkbookBytes('加密.xlsx', encrypted()),
    ];
    bytes = buildSummaryWorkbook(results, { ...META, expectedUnits: ['岳阳市信访局', '岳阳市财政局'] });
    wb = XlsxPackage.open(bytes).readWorkbook();
  });
  const cell = (sheet: string, r: number, c: number) => wb.sheets.find((s) => s.name === sheet)!.cells[r]?.[c];

  test('sheets, header, one row per table, numbers as numbers', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(['汇总', '问题清单', '说明']);
    const header = wb.sheets[0].cells[0].map((c) => c?.value);
    expect(header).toEqual(['文件', '工作表', '单位', '项目/部门整体', '年度', '分值合计', '总分(表中)', '总分(计算)', '等级(表中)', '等级(计算)', '执行率', '错误', '警告', '提示', '首要问题', '未计算原因', '备注']);
    // Unreadable first; then both samples have 9 errors: 单位 equal, so by file path.
    expect(cell('汇总', 1, 0)?.value).toBe('加密.xlsx');
    expect(String(cell('汇总', 1, 14)?.value)).toContain('密码');
    expect(cell('汇总', 2, 0)?.value).toBe('seed-template.xlsx');
    expect(cell('汇总', 3, 0)?.value).toBe('湖南/seed-hunan-pasted.xlsx');
    for (const r of [2, 3]) {
      expect(cell('汇总', r, 2)?.value).toBe('岳阳市信访局');
      expect(cell('汇总', r, 4)?.value).toBe(2024);
      expect(cell('汇总', r, 5)?.value).toBe(110);
      expect(cell('汇总', r, 6)?.value).toBe(98.8);
      expect(cell('汇总', r, 7)?.value).toBe(108.79);
      expect(cell('汇总', r, 9)?.value ?? null).toBeNull();
      expect(cell('汇总', r, 10)?.value).toBe(0.999351);
      expect(cell('汇总', r, 10)?.numFmt).toBe('0.00%');
      expect(cell('汇总', r, 11)?.value).toBe(9);
      expect(String(cell('汇总', r, 15)?.value)).toContain('分值合计 110');
    }
    expect(cell('汇总', 2, 13)?.value).toBe(6);
    expect(cell('汇总', 3, 13)?.value).toBe(5);
    expect(cell('汇总', 4, 2)?.value).toBe('岳阳市财政局');
    expect(cell('汇总', 4, 16)?.value).toBe('未报送');
    // 问题清单: 22 + 21 findings + the unreadable file.
    expect(wb.sheets[1].cells.length).toBe(1 + 22 + 21 + 1);
    const levels = new Set(wb.sheets[1].cells.slice(1).map((r) => r[3]?.value));
    expect([...levels].sort()).toEqual(['提示', '警告', '错误'].sort());
  });

  test('frozen header and autofilter on 汇总 and 问题清单', () => {
    const parts = unzipSync(bytes);
    for (const n of [1, 2]) {
      const xml = strFromU8(parts[`xl/worksheets/sheet${n}.xml`]);
      expect(xml).toContain('state="frozen"');
      expect(xml).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
      expect(xml).toContain('<cols>');
    }
  });

  test('deterministic: same input and 生成时间 → same bytes; another 生成时间 changes only 说明!B2', () => {
    const again = buildSummaryWorkbook([...results].reverse(), { ...META, expectedUnits: ['岳阳市信访局', '岳阳市财政局'] });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const later = XlsxPackage.open(buildSummaryWorkbook(results, { ...META, generatedAt: '2027-01-01 08:00', expectedUnits: ['岳阳市信访局', '岳阳市财政局'] })).readWorkbook();
    const flat = (w: typeof wb) => w.sheets.map((s) => s.cells.map((r) => r.map((c) => JSON.stringify(c?.value ?? null))));
    const a = flat(wb);
    const b = flat(later);
    const diffs: string[] = [];
    a.forEach((s, i) => s.forEach((r, j) => r.forEach((v, k) => v !== b[i][j][k] && diffs.push(`${i}:${j}:${k}`))));
    expect(diffs).toEqual(['2:1:1']);
  });

  test("Node's zlib (the CLI's codec) gives the same cells as fflate (the page's)", () => {
    const { NODE_ZIP_CODEC } = jest.requireActual('../../src/hosts/xlsx/file-io') as typeof import('../../src/hosts/xlsx/file-io');
    const viaZlib = buildSummaryWorkbook(results, { ...META, expectedUnits: ['岳阳市信访局', '岳阳市财政局'] }, NODE_ZIP_CODEC);
    const flat = (b: Uint8Array) => XlsxPackage.open(b).readWorkbook().sheets.map((s) => ({ name: s.name, cells: s.cells.map((r) => r.map((c) => [c?.value ?? null, c?.numFmt ?? null])) }));
    expect(flat(viaZlib)).toEqual(flat(bytes));
  });

  test('LibreOffice opens it and shows the values', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lo-'));
    const file = path.join(dir, '汇总.xlsx');
    fs.writeFileSync(file, bytes);
    // CSV of every sheet (-1), cell contents as shown (token 9 true).
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, file], { stdio: 'ignore', timeout: 120000 });
    const summary = fs.readFileSync(path.join(dir, '汇总-汇总.csv'), 'utf8');
    expect(summary).toContain('seed-template.xlsx,自评表,岳阳市信访局,部门整体,2024,110.00,98.80,108.79,,,99.94%,9,7,6');
    expect(summary).toContain('岳阳市财政局');
    const notes = fs.readFileSync(path.join(dir, '汇总-说明.csv'), 'utf8');
    expect(notes).toContain('2026-12-06 21:00');
    expect(notes).toContain('S04');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 150000);
});

describe('the rule set of each file: as a single-file check (issue 12 point 8)', () => {
  // The seed remembers 四川省 on its settings sheet: the batch checks it under that set unless
  // the batch is given one explicitly, exactly as `jixiao check FILE` does.
  const { NODE_ZIP_CODEC } = require('../../src/hosts/xlsx/file-io') as typeof import('../../src/hosts/xlsx/file-io');
  const { mappingSheetLayout } = require('../../src/core/mapping/sheet-codec') as typeof import('../../src/core/mapping/sheet-codec');
  const { NATIONAL_PROFILE } = require('../../src/core/rules/profile') as typeof import('../../src/core/rules/profile');
  const pkg = XlsxPackage.open(SAMPLE('seed-template.xlsx'), NODE_ZIP_CODEC);
  pkg.writeSheet(mappingSheetLayout({ tables: [], profile: 'sichuan' }));
  const bytes = pkg.toBytes();
  const s02 = (r: FileResult) => checked(r).findings.map((f) => f.message).find((m) => m.includes('评分规则集'));

  test('remembered set used; an explicit one wins', async () => {
    expect(s02(await checkWorkbookBytes('四川.xlsx', bytes))).toContain('评分规则集“四川省（510000_0013zp）”');
    expect(s02(await checkWorkbookBytes('四川.xlsx', bytes, { profile: NATIONAL_PROFILE }))).toContain('评分规则集“全国默认（财预〔2020〕10号）”');
  });
});
