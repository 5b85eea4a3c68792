import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli, type CliIo } from '../../src/cli/run';
import { readXlsx } from '../../src/hosts/xlsx/reader';

const ROOT = resolve(__dirname, '..', '..');

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const sink: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  return { sink, out, err };
}

describe('jixiao command line: usage and unreadable files exit 2 with a Chinese message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));

  it.each([
    [['frobnicate'], '未知命令'],
    [['check'], '需要指定一个输入文件'],
    [['recompute', 'a.xlsx'], '需要用 -o 指定输出文件'],
    [['template'], '需要用 -o 指定输出文件'],
    [['check', 'a.xlsx', '--bogus'], '未知参数'],
    [['check', 'a.xlsx', '--profile', 'atlantis'], '未知的评分规则集'],
  ])('%p', async (argv, text) => {
    writeFileSync(join(dir, 'a.xlsx'), '');
    const t = io(dir);
    expect(await runCli(argv, t.sink)).toBe(2);
    expect(t.err.join('\n')).toContain(text);
  });

  it('a missing file, a CSV renamed .xlsx and an .xls each get their own message, never a stack trace', async () => {
    writeFileSync(join(dir, 'csv.xlsx'), '名称,金额\n甲,1\n');
    writeFileSync(join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
    for (const [file, code] of [
      ['missing.xlsx', 'MISSING'],
      ['csv.xlsx', 'NOT_ZIP'],
      ['old.xls', 'XLS_FORMAT'],
    ]) {
      const t = io(dir);
      expect(await runCli(['check', file, '--json'], t.sink)).toBe(2);
      const json = JSON.parse(t.out.join('\n'));
      expect(json.files[0].file).toBe(file);
      expect(json.files[0].error.code).toBe(code);
      expect(json.files[0].error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(json.files[0].error.message).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('recompute refuses to overwrite its input', async () => {
    const t = io(ROOT);
    expect(await runCli(['recompute', 'samples/seed-template.xlsx', '-o', 'samples/seed-template.xlsx'], t.sink)).toBe(2);
    expect(t.err.join('\n')).toMatch(/不能|覆盖/);
  });

  it('template writes a workbook our reader opens, with the three template sheets', async () => {
    const t = io(dir);
    expect(await runCli(['template', '-o', 'tpl.xlsx'], t.sink)).toBe(0);
    const wb = readXlsx(new Uint8Array(readFileSync(join(dir, 'tpl.xlsx'))));
    expect(wb.sheets.map((s) => s.name)).toEqual(['自评表', '基本情况', '收支明细']);
    expect(existsSync(join(dir, 'tpl.xlsx'))).toBe(true);
  });

  it('help prints the usage and exits 0', async () => {
    const t = io(dir);
    expect(await runCli(['--help'], t.sink)).toBe(0);
    expect(t.out.join('\n')).toContain('用法：jixiao');
  });

  it('recompute and report on a Word report say it is a Word document, not a workbook (exit 2)', async () => {
    copyFileSync(join(ROOT, 'test/fixtures/docx/seed-report.docx'), join(dir, '报告.docx'));
    copyFileSync(join(ROOT, 'test/fixtures/docx/seed-report.docx'), join(dir, '改了扩展名.xlsx'));
    for (const argv of [
      ['recompute', '报告.docx', '-o', 'x.xlsx'],
      ['report', '报告.docx', '-o', 'x.docx'],
      ['check', '改了扩展名.xlsx'],
    ]) {
      const t = io(dir);
      expect(await runCli(argv, t.sink)).toBe(2);
      const file = argv[1];
      expect([...t.out, ...t.err].join('\n')).toContain(`“${file}” 是 Word 文档，不是 Excel 工作簿，请选择自评表的 .xlsx 文件`);
    }
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('jixiao check 目录: the folder and its subfolders, as --summary reads them', () => {
  it('checks every .xlsx/.docx below the folder in path order, skipping lock files and hidden files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-dir-'));
    mkdirSync(join(dir, '报送', '二科'), { recursive: true });
    mkdirSync(join(dir, '报送', '.git'), { recursive: true });
    const sample = join(ROOT, 'samples', 'seed-template.xlsx');
    for (const rel of ['报送/一科.xlsx', '报送/二科/甲单位.xlsx', '报送/~$一科.xlsx', '报送/.隐藏.xlsx', '报送/.git/旧.xlsx']) copyFileSync(sample, join(dir, ...rel.split('/')));
    writeFileSync(join(dir, '报送', '说明.txt'), '不是自评表');
    const t = io(dir);
    expect(await runCli(['check', '报送', '--json'], t.sink)).toBe(1); // the sample has errors
    const json = JSON.parse(t.out.join('\n')) as { files: Array<{ file: string; findings?: unknown[] }> };
    // '一' (U+4E00) sorts before '二' (U+4E8C): 一科.xlsx, then the subfolder 二科/.
    expect(json.files.map((f) => f.file.split('\\').join('/'))).toEqual(['报送/一科.xlsx', '报送/二科/甲单位.xlsx']);
    expect(json.files[1].findings!.length).toBe(json.files[0].findings!.length);
  });
});
