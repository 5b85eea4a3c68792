/**
 * Issue 12 on the command line: the text output a person reads says 错误/警告/提示 and the rule's
 * Chinese name (--json keeps the codes and English severities); recompute on the seed (分值 110)
 * writes no 总分 and says why; `report` has no bracketed placeholder unless --draft, and lists
 * every gap on stderr; a rule set remembered in the workbook is used, an explicit --profile wins.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { runCli, type CliIo } from '../../src/cli/run';
import { XlsxPackage } from '../../src/hosts/xlsx/package';
import { NODE_ZIP_CODEC } from '../../src/hosts/xlsx/file-io';
import { mappingSheetLayout } from '../../src/core/mapping/sheet-codec';

const ROOT = resolve(__dirname, '..', '..');
const SEED = join(ROOT, 'samples', 'seed-template.xlsx');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const sink: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: ROOT };
  return { sink, out, err };
}

const docText = (path: string) => {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
};

describe('check: text for people, --json for machines', () => {
  it('says 错误/警告/提示 and the Chinese rule name; no English severity word', async () => {
    const t = io();
    expect(await runCli(['check', SEED], t.sink)).toBe(1);
    const lines = t.out.filter((l) => l.includes('自评表!'));
    expect(lines.find((l) => l.includes('!H4 '))).toMatch(/自评表!H4 错误 F03 资金得分不符：资金得分应为/);
    expect(lines.find((l) => l.includes('!E9 '))).toMatch(/自评表!E9 警告 F01 合计不符：口径不一致/);
    expect(lines.find((l) => l.includes('!D4 '))).toMatch(/自评表!D4 提示 F07 预算调整未说明原因：/);
    for (const l of lines) expect(l).not.toMatch(/ (error|warning|info) /);
    // The summary names the rule set in force.
    expect(t.out[t.out.length - 1]).toMatch(/共 \d+ 个错误、\d+ 个警告、\d+ 条提示。评分规则集：全国默认（财预〔2020〕10号）。$/);
  });

  it('--json keeps the machine codes and English severities', async () => {
    const t = io();
    await runCli(['check', SEED, '--json'], t.sink);
    const f = JSON.parse(t.out.join('\n')).files[0].findings.find((x: { rule: string }) => x.rule === 'F03');
    expect(f).toMatchObject({ rule: 'F03', name: 'FUND_SCORE_MISMATCH', severity: 'error' });
  });
});

describe('recompute on the seed (分值 10 + 100 = 110)', () => {
  it('writes no 总分 and prints why, naming S01', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-i12-'));
    const t = io();
    expect(await runCli(['recompute', SEED, '-o', join(dir, 'r.xlsx')], t.sink)).toBe(0);
    expect(t.out.some((l) => l.startsWith('自评表!G26:'))).toBe(false);
    expect(t.out).toContainEqual(expect.stringMatching(/^自评表!G26（总分）未写入：分值合计为110.*S01/));
  });
});

describe('report: final text without placeholders, gaps on stderr; --draft brackets them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-i12-'));

  it('final .docx has no 【】; stderr lists each gap with its cell', async () => {
    const t = io();
    const out = join(dir, 'final.docx');
    expect(await runCli(['report', SEED, '-o', out], t.sink)).toBe(0);
    const text = docText(out);
    expect(text).not.toMatch(/[【】]/);
    expect(text).not.toContain('未填写偏差原因');
    // The seed: 分值 110 (S01 cell F26) and six indicators at 9.8 without a reason (H17, H20–H24).
    expect(t.err[0]).toBe('报告中还有 7 处需要补充（相关语句未写入正文）：');
    expect(t.err.slice(1).map((l) => l.trim().split('：')[0])).toEqual(['自评表!F26', '自评表!H17', '自评表!H20', '自评表!H21', '自评表!H22', '自评表!H23', '自评表!H24']);
  });

  it('--draft: each gap shows as 【请在…填写…】 in the text, and is listed the same way', async () => {
    const t = io();
    const out = join(dir, 'draft.docx');
    expect(await runCli(['report', SEED, '--draft', '-o', out], t.sink)).toBe(0);
    const text = docText(out);
    expect(text.match(/偏差原因：【请在“自评表”表填写：偏差原因分析及改进措施】/g)).toHaveLength(6);
    expect(t.err).toHaveLength(8);
  });
});

describe('the rule set: remembered in the workbook, an explicit --profile wins', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-i12-'));
  const remembered = join(dir, 'sichuan.xlsx');
  beforeAll(() => {
    const pkg = XlsxPackage.open(new Uint8Array(readFileSync(SEED)), NODE_ZIP_CODEC);
    pkg.writeSheet(mappingSheetLayout({ tables: [], profile: 'sichuan' }));
    writeFileSync(remembered, pkg.toBytes());
  });
  const s02 = async (argv: string[]) => {
    const t = io();
    await runCli(argv, t.sink);
    return JSON.parse(t.out.join('\n')).files[0].findings.find((x: { rule: string }) => x.rule === 'S02');
  };

  it('S02 names the set in force and where its weights come from (seed, national)', async () => {
    const f = await s02(['check', SEED, '--json']);
    expect(f.message).toContain('与评分规则集“全国默认（财预〔2020〕10号）”的30不符');
    expect(f.message).toContain('财预〔2020〕10号项目支出绩效自评的原则性分值');
  });

  it('the set remembered in _jixiao_mapping is used; --profile national overrides it', async () => {
    expect((await s02(['check', remembered, '--json'])).message).toContain('评分规则集“四川省（510000_0013zp）”');
    expect((await s02(['check', remembered, '--json', '--profile', 'national'])).message).toContain('评分规则集“全国默认（财预〔2020〕10号）”');
  });
});
