/**
 * The checked-in samples (built by scripts/build-samples.ts from the seed report) exist and hold
 * the seed's figures and texts; expected-findings.json is well-formed against the catalogue.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Workbook, type CellValue as XlCellValue, type Worksheet } from 'exceljs';
import { RULES, type Severity } from '../../src/core/findings';
import { fromA1 } from '../../src/core/grid/a1';
import { Dec } from '../../src/core/money/decimal';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');

async function load(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path.join(SAMPLES, file));
  return wb;
}

/** A cell's value with rich-text runs joined (LibreOffice writes mixed-script text as runs). */
function plain(v: XlCellValue): unknown {
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return v;
}

function merges(ws: Worksheet): string[] {
  return [...(ws.model as unknown as { merges: string[] }).merges].sort();
}

describe('samples/seed-template.xlsx', () => {
  let wb: Workbook;
  beforeAll(async () => {
    wb = await load('seed-template.xlsx');
  });

  it('has the three template sheets', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['自评表', '基本情况', '收支明细']);
  });

  it.each([
    ['C2', '岳阳市信访局'],
    ['C4', 649.24],
    ['D4', 1186.96],
    ['E4', 1186.19],
    ['F4', 10],
    ['G4', 0.9994],
    ['H4', 9.94],
    ['D5', 962.34],
    ['D8', 224.62],
    ['C9', 545.65],
    ['E9', 586.11],
    ['E10', 494.43],
    ['E11', 91.68],
    ['C12', 103.59],
    ['E12', 376.23],
    ['C16', '信访问题源头治理情况'],
    ['D16', '申诉求决类信访数量'],
    ['E16', '保障信访渠道畅通'],
    ['D19', '在规定范围内。'],
    ['E25', '群众满意度评价达 90% \n以上。'],
    ['F26', 100],
    ['G26', 98.8],
  ])('自评表!%s = %p (as the seed states it)', (address, value) => {
    expect(plain(wb.getWorksheet('自评表')!.getCell(address).value)).toBe(value);
  });

  it.each([
    // Unknown in the seed: left blank. Outputs the seed does not state: blank.
    'C5', 'E5', 'C6', 'D6', 'E6', 'C7', 'D7', 'E7', 'C8', 'E8', 'D9', 'C10', 'D10', 'C11', 'D11', 'D12',
    'G5', 'G9', 'G12', 'I5', 'I9', 'I10', 'I11', 'I12', 'G27', 'H16', 'H17', 'H25',
  ])('自评表!%s is blank', (address) => {
    expect(wb.getWorksheet('自评表')!.getCell(address).value ?? null).toBeNull();
  });

  it('holds the ten indicator rows: 分值 10 each, the seed\'s scores, and 98.8 = their sum', () => {
    const ws = wb.getWorksheet('自评表')!;
    const weights = [];
    const scores = [];
    for (let r = 16; r <= 25; r++) {
      weights.push(ws.getCell(`F${r}`).value);
      scores.push(ws.getCell(`G${r}`).value);
    }
    expect(weights).toEqual(Array(10).fill(10));
    expect(scores).toEqual([10, 9.8, 10, 10, 9.8, 9.8, 9.8, 9.8, 9.8, 10]);
    // 10 + 9.8 + 10 + 10 + 9.8 × 5 + 10 = 98.8, the stated 总分 (which leaves out the funds score: S05).
    expect(scores.reduce((s: Dec, x) => s.plus(new Dec(x as number)), new Dec(0)).toString()).toBe('98.8');
  });

  it('has the seed\'s 基本情况 fields', () => {
    const ws = wb.getWorksheet('基本情况')!;
    const v = (a: string) => plain(ws.getCell(a).value);
    expect(v('B2')).toBe('岳阳市信访局');
    expect(v('B3')).toBe(2024);
    expect(String(v('B4')).split('\n')).toHaveLength(7);
    expect(String(v('B4'))).toMatch(/^（1）负责处理人民群众/);
    expect(String(v('B5'))).toContain('内设科室9个');
    expect([v('B6'), v('B7'), v('B8')]).toEqual([28, 11, 1]);
    expect([v('B9'), v('B10'), v('B11')]).toEqual(['无', '无', '无']);
    expect(v('B12')).toBe(59.28);
    expect(String(v('B13'))).toContain('部门整体支出绩效自评98.8分');
    expect(String(v('B14'))).toMatch(/^1\.预算编制能力有待提升/);
    expect(String(v('B15')).split('\n')[0]).toBe('1.完善制度体系。健全工作流程，明确职责，加强内部监督，确保各项工作有序开展。');
    expect(String(v('B16'))).toContain('政府门户网站专栏');
  });

  it('has the 收支明细 totals and no invented detail rows', () => {
    const ws = wb.getWorksheet('收支明细')!;
    for (let r = 3; r <= 17; r++) for (const c of 'ABCDEF') expect(ws.getCell(`${c}${r}`).value ?? null).toBeNull();
    expect(['A18', 'C18', 'D18', 'E18', 'F18'].map((a) => ws.getCell(a).value)).toEqual(['合计', 103.59, 272.64, 16.25, 376.23]);
    expect([ws.getCell('A19').value, ws.getCell('B19').value]).toEqual(['专项个数', 11]);
  });
});

describe('samples/seed-hunan-pasted.xlsx', () => {
  let ws: Worksheet;
  let raw: string;
  beforeAll(async () => {
    const wb = await load('seed-hunan-pasted.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['自评表']);
    ws = wb.getWorksheet('自评表')!;
    raw = fs.readFileSync(path.join(SAMPLES, 'seed-hunan-pasted.xlsx')).toString('latin1');
  });

  it('was saved by an office suite (LibreOffice), with shared strings', () => {
    expect(raw).toContain('xl/sharedStrings.xml');
    expect(raw).toContain('docProps/app.xml');
  });

  it('has the seed table\'s merges', () => {
    expect(merges(ws)).toEqual(
      [
        'A1:I1', 'A2:B2', 'C2:I2', 'A3:A9', 'H3:I3', 'H4:I4', 'B5:D5', 'E5:I5', 'B6:D6', 'E6:I6', 'B7:D7', 'E7:I7',
        'B8:D8', 'E8:I8', 'B9:D9', 'E9:I9', 'A10:A11', 'B10:E10', 'F10:I10', 'B11:E11', 'F11:I11', 'A12:A23',
        'B13:B17', 'C15:C16', 'B18:B21', 'B23:F23',
      ].sort(),
    );
  });

  it.each([
    ['A1', '2024年度部门整体支出绩效自评表'],
    ['A2', '市级预算部门名称'],
    ['C2', '岳阳市信访局\u3000'],
    ['A3', '年度预\n算申请\n（万元）'],
    ['C3', '年初预算数'],
    ['H3', '得分'],
    ['B4', '年度资金总额'],
    ['C4', 649.24],
    ['D4', 1186.96],
    ['E4', 1186.19],
    ['F4', 10],
    ['G4', '99.94%'],
    ['H4', 9.94],
    ['B5', '按收入性质分：'],
    ['E5', '按支出性质分：'],
    ['B6', '  其中：  一般公共预算：962.34'],
    ['E6', '其中：基本支出：586.11'],
    ['B7', '政府性基金拨款：'],
    ['E7', '项目支出：376.23'],
    ['B8', '纳入专户管理的非税收入拨款：'],
    ['B9', '其他资金：224.62'],
    ['A10', '年度总体目标'],
    ['F10', '实际完成情况\u3000'],
    ['F11', '已按要求完成本年度各项工作。\n2024年信访工作考核为优秀等次'],
    ['A12', '绩\n效\n指\n标'],
    ['I12', '偏差原因分析及改进措施'],
    ['B13', '产出指标'],
    ['B18', '效益指标\n\n\u3000'],
    ['B22', '满意度\n指标'],
    ['C15', '时效指标'],
    ['C18', '经济效\n益指标'],
    ['C21', '可持续影响指标'],
    ['C22', '服务对象满意度指标'],
    ['D13', '信访问题源头治理情况'],
    ['E13', '申诉求决类信访数量'],
    ['F13', '保障信访渠道畅通'],
    ['E16', '在规定范围内。'],
    ['D21', '加强部门协调， 发挥信访联席会议制度优势。'],
    ['D22', '完善工作机制，群众满意度评价达到 90% 以上'],
    ['F22', '群众满意度评价达 90% \n以上。'],
    ['B23', '总分'],
    ['G23', 100],
    ['H23', 98.8],
  ])('%s = %p exactly as typed in the seed', (address, value) => {
    expect(plain(ws.getCell(address).value)).toBe(value);
  });

  it('has the four 任务 lines in B11', () => {
    const lines = String(plain(ws.getCell('B11').value)).split('\n');
    expect(lines.map((l) => l.slice(0, 3))).toEqual(['任务1', '任务2', '任务3', '任务4']);
  });

  it('has 分值 10 (numbers) and the seed\'s scores on the ten indicator rows, reasons blank', () => {
    const weights = [];
    const scores = [];
    for (let r = 13; r <= 22; r++) {
      weights.push(ws.getCell(`G${r}`).value);
      scores.push(ws.getCell(`H${r}`).value);
      expect(ws.getCell(`I${r}`).value ?? null).toBeNull();
    }
    expect(weights).toEqual(Array(10).fill(10));
    expect(scores).toEqual([10, 9.8, 10, 10, 9.8, 9.8, 9.8, 9.8, 9.8, 10]);
  });
});

describe('samples/expected-findings.json', () => {
  const expected = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'expected-findings.json'), 'utf8')) as Record<
    string,
    Array<{ rule: string; cell: string; severity: Severity; why: string }>
  >;

  it('covers both samples', () => {
    expect(Object.keys(expected).sort()).toEqual(['seed-hunan-pasted.xlsx', 'seed-template.xlsx']);
    for (const f of Object.keys(expected)) expect(fs.existsSync(path.join(SAMPLES, f))).toBe(true);
  });

  it.each(Object.entries(expected).flatMap(([file, list]) => list.map((f) => [file, f.rule, f.cell, f] as const)))(
    '%s %s %s: a catalogue rule, an A1 cell, a severity and a why',
    (_file, rule, cell, f) => {
      expect(Object.keys(RULES)).toContain(rule);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(() => fromA1(cell)).not.toThrow();
      expect(f.why.length).toBeGreaterThan(20);
    },
  );

  it('lists each (rule, cell) once per file — one finding per cause', () => {
    for (const list of Object.values(expected)) {
      const keys = list.map((f) => `${f.rule}@${f.cell}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it.each([
    ['seed-template.xlsx', 'F03', 'H4', 'error'],
    ['seed-template.xlsx', 'S01', 'F26', 'error'],
    ['seed-template.xlsx', 'S02', 'A21', 'warning'],
    ['seed-template.xlsx', 'S05', 'G26', 'error'],
    ['seed-template.xlsx', 'F01', 'E9', 'warning'],
    ['seed-hunan-pasted.xlsx', 'F03', 'H4', 'error'],
    ['seed-hunan-pasted.xlsx', 'S01', 'G23', 'error'],
    ['seed-hunan-pasted.xlsx', 'S05', 'H23', 'error'],
    ['seed-hunan-pasted.xlsx', 'F01', 'E6', 'warning'],
  ])('%s expects %s at %s (%s)', (file, rule, cell, severity) => {
    expect(expected[file]).toContainEqual(expect.objectContaining({ rule, cell, severity }));
  });

  it.each(['seed-template.xlsx', 'seed-hunan-pasted.xlsx'])('%s: S04 on exactly the six rows scored 9.8/10, no S12, no F02', (file) => {
    const list = expected[file];
    expect(list.filter((f) => f.rule === 'S04')).toHaveLength(6);
    expect(list.some((f) => f.rule === 'S12' || f.rule === 'F02')).toBe(false);
  });
});
