/**
 * `jixiao check … --summary` end to end through the built bundle (dist-cli/bin, workers and all;
 * `npm run build:cli` first, as `npm test` does): a batch with a zip bomb, an encrypted file, an
 * .xls and a real slow workbook completes and lists each; exit codes; --units; 重复报送; the
 * cache re-checks only a changed file; Ctrl-C writes nothing; 退回意见.
 */
import { spawn, spawnSync } from 'child_process';
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSummaryWorkbook } from '../../src/batch';
import { XlsxPackage } from '../../src/hosts/xlsx/package';
import { ROOT, SAMPLE, encrypted, manyTables, oldXls, zipBomb } from '../batch/bad-inputs';

const BIN = path.join(ROOT, 'dist-cli', 'bin', 'jixiao.js');

function jixiao(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist-cli', 'bin', 'batch-worker.js'))) throw new Error('dist-cli not built: run `npm run build:cli` first');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-batch-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function folder(name: string, files: Record<string, Uint8Array | string>): string {
  const root = path.join(dir, name);
  for (const [rel, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), bytes);
  }
  return root;
}

describe('a batch with bad and slow files completes and lists each', () => {
  test('zip bomb, encrypted, .xls, a workbook past --timeout 1: one row each, the others checked, exit 1', () => {
    const root = folder('bad', {
      '01-信访局.xlsx': SAMPLE('seed-template.xlsx'),
      '02-炸弹.xlsx': zipBomb(),
      '03-加密.xlsx': encrypted(),
      '04-旧版.xls': oldXls(),
      '05-很慢.xlsx': manyTables(3000),
      '子目录/06-湖南.xlsx': SAMPLE('seed-hunan-pasted.xlsx'),
      '~$01-信访局.xlsx': 'lock file',
    });
    const t0 = Date.now();
    const r = jixiao(['check', '.', '--summary', path.join(dir, 'bad-汇总.xlsx'), '--jobs', '2', '--timeout', '1', '--json'], root);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { files: Array<{ file: string; error?: { code: string; message: string }; counts?: { error: number } }> };
    expect(json.files.map((f) => f.file)).toEqual(['01-信访局.xlsx', '02-炸弹.xlsx', '03-加密.xlsx', '04-旧版.xls', '05-很慢.xlsx', '子目录/06-湖南.xlsx']);
    expect(json.files.map((f) => f.error?.code ?? 'ok')).toEqual(['ok', 'ZIP_BOMB', 'ENCRYPTED', 'XLS_FORMAT', 'TIMEOUT', 'ok']);
    expect(json.files[4].error!.message).toContain('超过 1 秒');
    expect(json.files[0].counts!.error).toBe(9);
    expect(r.err).toBe(''); // no progress line into a pipe, no stack trace
    expect(Date.now() - t0).toBeLessThan(60000);
    const wb = XlsxPackage.open(new Uint8Array(fs.readFileSync(path.join(dir, 'bad-汇总.xlsx')))).readWorkbook();
    const files = wb.sheets[0].cells.slice(1).map((row) => row[0]?.value);
    expect(files.slice(0, 4).sort()).toEqual(['02-炸弹.xlsx', '03-加密.xlsx', '04-旧版.xls', '05-很慢.xlsx']);
  }, 120000);
});

describe('exit codes and stdout', () => {
  test('0 when nothing is wrong: one line of totals on stdout', () => {
    const root = folder('clean', { '空表.xlsx': buildSummaryWorkbook([], { generatedAt: 'x', profile: { id: 'national', name: 'n' } }) });
    const r = jixiao(['check', root, '--summary', path.join(dir, 'clean-汇总.xlsx')], dir);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toContain('已检查 1 个文件');
  });

  test('1 for error findings; 2 for usage errors and a summary that cannot be written', () => {
    const root = folder('one', { 'a.xlsx': SAMPLE('seed-template.xlsx') });
    expect(jixiao(['check', root, '--summary', path.join(dir, 'one-汇总.xlsx')], dir).code).toBe(1);
    expect(jixiao(['check', root, '--summary', path.join(dir, 'one-汇总.xlsx'), '--jobs', '0'], dir).code).toBe(2);
    expect(jixiao(['check', root, '--units', 'x.txt'], dir).code).toBe(2);
    expect(jixiao(['check', root, '--summary', path.join(dir, 'one-汇总.xlsx'), '--units', path.join(dir, 'none.txt')], dir).code).toBe(2);
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
    const r = jixiao(['check', root, '--summary', path.join(dir, 'a-file', '汇总.xlsx')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('无法写入汇总表');
  });
});

describe('progress line', () => {
  // script(1) gives the command a terminal; the piped runs above assert an empty stderr.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  (hasScript ? test : test.skip)('on a terminal: 已检查 n/N …, rewritten in place and cleared at the end', () => {
    const root = folder('tty', { 'a.xlsx': SAMPLE('seed-template.xlsx'), 'b.xlsx': SAMPLE('seed-hunan-pasted.xlsx') });
    const cmd = [process.execPath, BIN, 'check', root, '--summary', path.join(dir, 'tty-汇总.xlsx')].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 60000 });
    expect(r.stdout).toContain('\r\x1b[K已检查 0/2 …');
    expect(r.stdout).toMatch(/已检查 2 个文件/);
  });
});

describe('--units and 重复报送', () => {
  test('未报送 rows, files no listed unit claims, two files of one unit (newer kept)', () => {
    const root = folder('units', { '信访局.xlsx': SAMPLE('seed-template.xlsx'), '信访局-重报.xlsx': SAMPLE('seed-hunan-pasted.xlsx'), '其他.xlsx': encrypted() });
    fs.utimesSync(path.join(root, '信访局.xlsx'), new Date('2025-03-01'), new Date('2025-03-01'));
    fs.utimesSync(path.join(root, '信访局-重报.xlsx'), new Date('2025-03-05'), new Date('2025-03-05'));
    fs.writeFileSync(path.join(dir, '名单.txt'), '\uFEFF单位名称\n岳阳市信访局\n岳阳市财政局\n岳阳市教育局\n');
    const out = path.join(dir, 'units-汇总.xlsx');
    const r = jixiao(['check', root, '--summary', out, '--units', path.join(dir, '名单.txt'), '--json'], dir);
    expect(r.code).toBe(1);
    const totals = JSON.parse(r.out).totals;
    expect(totals).toMatchObject({ files: 3, unreadable: 1, notSubmitted: 2, notOnList: 1, duplicates: 1 });
    const rows = XlsxPackage.open(new Uint8Array(fs.readFileSync(out))).readWorkbook().sheets[0].cells.slice(1).map((c) => ({ file: c[0]?.value, unit: c[2]?.value, flags: String(c[16]?.value ?? '') }));
    expect(rows.find((x) => x.file === '信访局-重报.xlsx')!.flags).toContain('保留本文件');
    expect(rows.find((x) => x.file === '信访局.xlsx')!.flags).toContain('较新的 信访局-重报.xlsx');
    expect(rows.find((x) => x.file === '其他.xlsx')!.flags).toContain('不在报送名单');
    expect(rows.filter((x) => x.flags === '未报送').map((x) => x.unit)).toEqual(['岳阳市教育局', '岳阳市财政局']);
  });
});

describe('--units from a workbook', () => {
  test('the column headed 单位名称 of the first sheet (序号 column and header skipped)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(['序号', '单位名称']);
    ws.addRow([1, '岳阳市信访局']);
    ws.addRow([2, ' 岳阳市审计局 ']);
    const list = path.join(dir, '名单.xlsx');
    await wb.xlsx.writeFile(list);
    const root = folder('units-xlsx', { 'a.xlsx': SAMPLE('seed-template.xlsx') });
    const r = jixiao(['check', root, '--summary', path.join(dir, 'units-xlsx-汇总.xlsx'), '--units', list, '--json'], dir);
    const json = JSON.parse(r.out);
    expect(json.totals).toMatchObject({ notSubmitted: 1, notOnList: 0 });
    const rows = XlsxPackage.open(new Uint8Array(fs.readFileSync(path.join(dir, 'units-xlsx-汇总.xlsx')))).readWorkbook().sheets[0].cells;
    expect(rows.filter((c) => c[16]?.value === '未报送').map((c) => c[2]?.value)).toEqual(['岳阳市审计局']);
  });
});

describe('cache beside the summary', () => {
  test('a re-run re-checks only the file whose content changed', () => {
    const root = folder('cache', { 'a.xlsx': SAMPLE('seed-template.xlsx'), 'b.xlsx': SAMPLE('seed-hunan-pasted.xlsx'), 'c.xlsx': SAMPLE('seed-template.xlsx') });
    const out = path.join(dir, 'cache-汇总.xlsx');
    const first = JSON.parse(jixiao(['check', root, '--summary', out, '--json'], dir).out);
    expect([first.checked, first.fromCache]).toEqual([3, 0]);
    const second = JSON.parse(jixiao(['check', root, '--summary', out, '--json'], dir).out);
    expect([second.checked, second.fromCache]).toEqual([0, 3]);
    expect(second.files).toEqual(first.files);
    fs.writeFileSync(path.join(root, 'c.xlsx'), SAMPLE('seed-hunan-pasted.xlsx'));
    const third = JSON.parse(jixiao(['check', root, '--summary', out, '--json'], dir).out);
    expect([third.checked, third.fromCache]).toEqual([1, 2]);
    expect(third.files[2].counts).toEqual(first.files[1].counts);
  });
});

describe('Ctrl-C', () => {
  test('stops the batch and writes no summary', async () => {
    const root = folder('interrupt', { 'a.xlsx': SAMPLE('seed-template.xlsx'), 'slow.xlsx': manyTables(3000) });
    const out = path.join(dir, 'interrupt-汇总.xlsx');
    const child = spawn(process.execPath, [BIN, 'check', root, '--summary', out, '--jobs', '1', '--timeout', '600'], { cwd: dir });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    await new Promise((r) => setTimeout(r, 1000));
    const t0 = Date.now();
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(Date.now() - t0).toBeLessThan(10000);
    expect(err).toContain('已中断');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.includes('interrupt-汇总') && n.endsWith('.tmp'))).toEqual([]);
    // The findings spool of the interrupted run is gone too.
    expect(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(`jixiao-findings-${child.pid}-`))).toEqual([]);
  }, 60000);
});

describe('退回意见', () => {
  test('one .docx per unit with errors, listing each error cell by cell', () => {
    const root = folder('letters', { '信访局.xlsx': SAMPLE('seed-template.xlsx'), '空表.xlsx': buildSummaryWorkbook([], { generatedAt: 'x', profile: { id: 'national', name: 'n' } }) });
    const letters = path.join(dir, '退回意见');
    const r = jixiao(['check', root, '--summary', path.join(dir, 'letters-汇总.xlsx'), '--return-letters', letters], dir);
    expect(r.code).toBe(1);
    expect(fs.readdirSync(letters)).toEqual(['岳阳市信访局-退回意见.docx']);
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(path.join(letters, '岳阳市信访局-退回意见.docx'))))['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('岳阳市信访局：');
    expect(text).toContain('须修改的错误（9 处）');
    for (const cell of ['H4', 'H17', 'H20', 'F26', 'G26']) expect(text).toContain(`自评表 ${cell}`);
  });
});
