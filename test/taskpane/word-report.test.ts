/**
 * 检查Word报告: the pane's operation over the seed report as a .docx (test/fixtures/docx). The
 * expectations are the hand-derived ones of test/fixtures/docx/expected-findings.json (the pasted
 * workbook's table findings, one row up in the Word table's grid, and the text's R02 headings);
 * places are worked out by hand from the document: the paragraph right above the table is its
 * title 2024年度部门整体支出绩效自评表, and 1、 部门基本情况 is the body's 4th paragraph (title ×2, the
 * opening paragraph, then it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Finding } from '../../src/core/findings';
import { docxOf, para } from '../hosts/docx/build';
import { checkWordReport, loadWordCheckModule, readPickedFile, wordFindingPlace, type WordCheckDeps } from '../../src/taskpane/word-report';

const ROOT = resolve(__dirname, '..', '..');
const DIR = resolve(ROOT, 'test/fixtures/docx');
const EXPECTED = JSON.parse(readFileSync(resolve(DIR, 'expected-findings.json'), 'utf8'))['seed-report.docx'] as {
  table: Array<{ rule: string; cell: string; severity: string }>;
  text: Array<{ rule: string; severity: string; paragraphStartsWith: string }>;
};

let loads = 0;
const deps: WordCheckDeps = {
  analyse: (wb, profile) => analyseWorkbook(wb, profile ? { profile } : {}),
  loadWord: async () => {
    loads += 1;
    return loadWordCheckModule();
  },
};
const bytesOf = (name: string) => new Uint8Array(readFileSync(resolve(DIR, name)));
const tableKey = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity}`;

describe('检查Word报告 (pane operation)', () => {
  it.each(['seed-report.docx', 'seed-report.lo.docx'])('%s: the same table findings as the pasted workbook, and the text’s heading numbering', async (name) => {
    const r = await checkWordReport(name, bytesOf(name), deps);
    expect(r.fileName).toBe(name);
    expect(r.tables.map((t) => t.sheet)).toEqual(['表1']);
    expect(r.recognisedTables).toBe(1);
    const table = r.findings.filter((f) => !f.rule.startsWith('R')).map(tableKey).sort();
    expect(table).toEqual(EXPECTED.table.map((e) => `${e.rule} ${e.cell} ${e.severity}`).sort());
    const r02warn = r.findings.filter((f) => f.rule === 'R02' && f.severity === 'warning').map((f) => f.excerpt ?? '');
    const want = EXPECTED.text.filter((e) => e.rule === 'R02' && e.severity === 'warning').map((e) => e.paragraphStartsWith);
    expect(r02warn.sort()).toEqual(want.map((w) => r02warn.find((x) => x.startsWith(w.slice(0, 4))) ?? `missing ${w}`).sort());
    expect(r.findings.filter((f) => f.rule === 'R01' && f.severity !== 'info')).toEqual([]);
  });

  it('names a table finding by its cell and the heading above the table, a text finding by paragraph and words', async () => {
    const r = await checkWordReport('seed-report.docx', bytesOf('seed-report.docx'), deps);
    const f03 = r.findings.find((f) => f.rule === 'F03')!;
    expect(wordFindingPlace(f03, r.tables)).toBe('表1!H3（2024年度部门整体支出绩效自评表）');
    const first = r.findings.find((f) => f.rule === 'R02' && (f.excerpt ?? '').startsWith('1、'))!;
    expect(wordFindingPlace(first, r.tables)).toBe('第4段：“1、 部门基本情况”');
  });

  it('a report whose one Word table is no 自评表: 0 recognised, headings checked, its figures not (no table to hold them against)', async () => {
    const bytes = docxOf(para('本单位年度预算资金1186.96万元，执行率99.94%。') + para('1、 部门基本情况') + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>附件</w:t></w:r></w:p></w:tc></w:tr></w:tbl>');
    const r = await checkWordReport('函.docx', bytes, deps);
    expect([r.tables.length, r.recognisedTables]).toEqual([1, 0]);
    expect(r.findings.map((f) => f.rule)).toContain('R02');
    expect(r.findings.filter((f) => f.rule === 'R01')).toEqual([]);
  });

  it('refuses a .doc or a workbook by name with a Chinese message, before loading the reader', async () => {
    const before = loads;
    await expect(checkWordReport('报告.doc', new Uint8Array([0xd0, 0xcf]), deps)).rejects.toThrow('“报告.doc”不是 .docx 文件');
    await expect(checkWordReport('自评表.xlsx', bytesOf('seed-report.docx'), deps)).rejects.toThrow('不是 .docx 文件');
    expect(loads).toBe(before);
  });

  it('shows the reader’s Chinese message for a Word 97 file renamed .docx, an empty or a broken file (never a raw throw)', async () => {
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    for (const bytes of [cfb, new Uint8Array(0), new TextEncoder().encode('PK not really a zip')]) {
      const e = await checkWordReport('坏.docx', bytes, deps).then(
        () => undefined,
        (x: unknown) => x as Error,
      );
      expect(e?.name).toBe('PaneError');
      expect(e?.message).toMatch(/[\u4e00-\u9fff]/);
      expect(e?.message).not.toMatch(/TypeError|undefined|NaN/);
    }
  });

  it('reads the picked file locally (Blob → bytes)', async () => {
    const blob = Object.assign(new Blob([bytesOf('seed-report.docx')]), { name: 'seed-report.docx' });
    const bytes = await readPickedFile(blob);
    expect(bytes.length).toBe(bytesOf('seed-report.docx').length);
  });
});
