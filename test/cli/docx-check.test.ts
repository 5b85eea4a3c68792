/**
 * `jixiao check 报告.docx`: the seed's pasted table rendered as a Word table (each merged area as
 * w:gridSpan / w:vMerge, numbers typed as text) gives exactly the workbook's findings (rule,
 * severity, cell), named 表1!…; a .doc, a broken .docx and a directory of both.
 */
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run';
import { readXlsxFile } from '../../src/hosts/xlsx/file-io';
import { docxOf, para, tableXml } from '../hosts/docx/build';

const ROOT = resolve(__dirname, '..', '..');

interface Found {
  rule: string;
  severity: string;
  sheet?: string;
  cell?: string;
  paragraph?: number;
  excerpt?: string;
  expected?: string;
  actual?: string;
}

async function run(argv: string[], cwd = ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd });
  return { code, out, err };
}

describe('jixiao check X.docx', () => {
  let dir: string;
  let docx: Uint8Array;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jixiao-docx-'));
    const { workbook } = await readXlsxFile(resolve(ROOT, 'samples/seed-hunan-pasted.xlsx'));
    const sheet = workbook.sheets.find((s) => s.name === '自评表')!;
    // Heading numbered 1、 where a 一级 heading is 一、 (R02 warning, RULES §4 R02); the table in between.
    docx = docxOf(para('2024年度某局整体支出绩效自评报告') + para('1、 部门整体支出绩效情况') + tableXml(sheet) + para('二、存在的问题'));
    writeFileSync(join(dir, '报告.docx'), docx);
  });

  it('the table gives the workbook’s findings cell for cell (rule, severity, cell), sheet 表1', async () => {
    const x = await run(['check', 'samples/seed-hunan-pasted.xlsx', '--json']);
    const d = await run(['check', join(dir, '报告.docx'), '--json'], dir);
    expect(d.err).toEqual([]);
    const xf = JSON.parse(x.out.join('\n')).files[0].findings as Found[];
    const df = JSON.parse(d.out.join('\n')).files[0].findings as Found[];
    const key = (f: Found) => `${f.rule} ${f.severity} ${f.cell} ${f.expected ?? ''} ${f.actual ?? ''}`;
    expect(df.filter((f) => !f.rule.startsWith('R')).map(key).sort()).toEqual(xf.map(key).sort());
    expect(df.filter((f) => !f.rule.startsWith('R')).every((f) => f.sheet === '表1')).toBe(true);
    expect(d.code).toBe(1); // F03, S04 … are errors
  });

  it('the text is cross-checked in the same pass: 1、 as a 一级 heading → R02 warning expecting 一、', async () => {
    const d = await run(['check', join(dir, '报告.docx'), '--json'], dir);
    const r02 = (JSON.parse(d.out.join('\n')).files[0].findings as Found[]).filter((f) => f.rule === 'R02' && f.severity === 'warning');
    expect(r02.map((f) => [f.expected, f.actual, f.paragraph])).toEqual([['一、', '1、', 2]]);
  });

  it('text output names each table with its nearest heading; the .docx is not written', async () => {
    const before = statSync(join(dir, '报告.docx')).mtimeMs;
    const d = await run(['check', '报告.docx'], dir);
    expect(d.out).toContain('报告.docx 表1（1、 部门整体支出绩效情况）');
    expect(readFileSync(join(dir, '报告.docx'))).toEqual(Buffer.from(docx));
    expect(statSync(join(dir, '报告.docx')).mtimeMs).toBe(before);
  });

  it('a Word 97 .doc → exit 2 and a Chinese message asking to save as .docx', async () => {
    const b = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
    writeFileSync(join(dir, '旧报告.doc'), b);
    const d = await run(['check', '旧报告.doc'], dir);
    expect(d.code).toBe(2);
    expect(d.err.join('\n')).toContain('“旧报告.doc”');
    expect(d.err.join('\n')).toContain('另存为');
    expect(d.err.join('\n')).toContain('.docx');
  });

  it('a broken .docx → exit 2, a message naming the file, no stack trace', async () => {
    writeFileSync(join(dir, '坏.docx'), docx.subarray(0, 200));
    const d = await run(['check', '坏.docx', '--json'], dir);
    expect(d.code).toBe(2);
    const r = JSON.parse(d.out.join('\n')).files[0];
    expect(r.error.message).toContain('“坏.docx”');
    expect(r.error.message).not.toMatch(/at \w+ \(|Error:/);
  });

  it('a directory check takes .docx beside .xlsx', async () => {
    const sub = mkdtempSync(join(tmpdir(), 'jixiao-docx-dir-'));
    copyFileSync(resolve(ROOT, 'samples/seed-hunan-pasted.xlsx'), join(sub, 'a.xlsx'));
    writeFileSync(join(sub, 'b.docx'), docx);
    const d = await run(['check', '.', '--json'], sub);
    const files = JSON.parse(d.out.join('\n')).files as Array<{ file: string; findings?: Found[] }>;
    expect(files.map((f) => f.file)).toEqual(['a.xlsx', 'b.docx']);
    expect(files[1].findings!.some((f) => f.rule === 'F03' && f.cell === 'H4')).toBe(true);
  });
});

describe('the batch (check --summary, the bureau page) takes a .docx', () => {
  it('checkWorkbookBytes reads a Word report’s table as 表1: the seed’s 总分 98.8 and unit, and refuses a .doc with a message', async () => {
    const { checkWorkbookBytes } = await import('../../src/batch/check');
    const { workbook } = await readXlsxFile(resolve(ROOT, 'samples/seed-hunan-pasted.xlsx'));
    const bytes = docxOf(para('一、部门整体支出绩效情况') + tableXml(workbook.sheets.find((s) => s.name === '自评表')!));
    const r = (await checkWorkbookBytes('局/报告.docx', bytes)) as { tables?: Array<{ sheet: string; statedTotal: number | null; unit: string }>; error?: unknown };
    expect(r.error).toBeUndefined();
    // By hand from the seed: 总分 row states 100 / 98.8; 市级预算部门名称 岳阳市信访局.
    expect(r.tables!.map((t) => [t.sheet, t.statedTotal, t.unit])).toEqual([['表1', 98.8, '岳阳市信访局']]);
    const doc = new Uint8Array(1024);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const bad = (await checkWorkbookBytes('局/旧.doc', doc)) as { error?: { code: string; message: string } };
    expect(bad.error!.code).toBe('DOC_FORMAT');
    expect(bad.error!.message).toContain('“旧.doc”');
  });
});

describe('a Word report without a 自评表', () => {
  it('says so in the text output, and still checks the text (1、 → R02), but not its figures: there is no table to hold them against', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-docx-notable-'));
    writeFileSync(join(dir, '无表.docx'), docxOf(para('本单位年度预算资金1186.96万元，执行1186.19万元，执行率99.94%。') + para('1、 部门基本情况') + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>附件</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'));
    const d = await run(['check', '无表.docx'], dir);
    expect(d.out[0]).toBe('无表.docx 文档中没有识别出自评表，只核对了正文的标题序号和列举数量；正文数字无表可对，未核对。');
    const j = await run(['check', '无表.docx', '--json'], dir);
    const f = JSON.parse(j.out.join('\n')).files[0];
    expect(f.tables).toEqual([{ sheet: '表1', heading: '1、 部门基本情况', recognised: false }]);
    expect(f.findings.map((x: Found) => x.rule)).toContain('R02');
    expect(f.findings.filter((x: Found) => x.rule === 'R01')).toEqual([]);
  });
});
