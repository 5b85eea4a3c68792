/**
 * Issue 12 points 2–4, 9 on real workbooks: the report is built from the grid passed in (a fresh
 * analysis), walked against figures derived by hand from the seed's cells:
 *   执行率 1186.19 ÷ 1186.96 = 0.999351… → 99.94%; 资金得分 10 × 0.999351… = 9.9935… → 9.99 (table: 9.94);
 *   基本支出 586.11 ÷ (586.11 + 376.23 = 962.34) = 0.609046… → 60.90%; 项目支出 376.23 ÷ 962.34 = 0.390953… → 39.10%;
 *   人员经费 494.43 ÷ 586.11 = 0.843578… → 84.36%; 公用经费 91.68 ÷ 586.11 = 0.156421… → 15.64%.
 */
import { join } from 'node:path';
import { readXlsxFile } from '../../src/hosts/xlsx/file-io';
import { reportOfWorkbook, reportText } from '../../src/report';
import { templateLayouts } from '../../src/core/template/definition';
import { createMemoryHost } from '../../src/hosts/memory';
import type { Workbook } from '../../src/core/grid/types';

const samples = join(__dirname, '..', '..', 'samples');
const read = async (name: string) => (await readXlsxFile(join(samples, name))).workbook;

describe('the seed template workbook', () => {
  let wb: Workbook;
  beforeAll(async () => {
    wb = await read('seed-template.xlsx');
  });

  it('states the hand figures with their bases; no placeholder; the computed 9.99 named once against the table’s 9.94', () => {
    const doc = reportOfWorkbook(wb);
    const text = reportText(doc);
    expect(text).not.toMatch(/[【】]/);
    expect(text).toContain('预算执行率99.94%（全年执行数÷全年预算数）');
    expect(text).toContain('基本支出586.11万元，占基本支出与项目支出合计962.34万元的60.90%。');
    expect(text).toContain('本年度项目支出376.23万元，占基本支出与项目支出合计962.34万元的39.10%');
    expect(text).toContain('人员经费494.43万元，占基本支出的84.36%；公用经费91.68万元，占基本支出的15.64%');
    expect(text).toContain('预算执行得分9.99分（分值10分）');
    // 分值: funds F4 10 + ten indicators × 10 = 110, while the 总分 row's F26 states 100.
    expect(text).toContain('说明：以下数字为按规则计算的结果，与自评表中填写的不同：各项分值合计110分（自评表中为100分）；预算执行得分9.99分（自评表中为9.94分）。');
    // The year-start split, the 其中 and the 基本情况 carry-over 59.28.
    expect(text).toContain('年初预算649.24万元，其中基本支出545.65万元，项目支出103.59万元。');
    expect(text).toContain('本年追加272.64万元，其中上年结转结余16.25万元');
    expect(text).toContain('另上年度非财政拨款结余结转59.28万元。');
    // The old “一般公共预算” placeholder: the 962.34 that exists is used, with its meaning.
    expect(text).toContain('自评表中一般公共预算全年预算数962.34万元，其全年执行数未填列。');
    // A line break typed inside a sentence is gone (基本情况: “…绩效评\n价有关培训”).
    expect(text).toContain('加强对工作人员绩效评价有关培训');
    // One 总分 story: 分值 110 → the table's own total, no 108.79.
    expect(text).toContain('自评表中总分为98.80分。因自评表各项分值合计为110分、不等于100分，未评定等级。');
    expect(text).not.toContain('108.79');
  });

  it('the report table is the sheet as it stands: 9.94 and 98.8 until the sheet changes', () => {
    const table = reportOfWorkbook(wb).blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('no table');
    const rows = table.table.rows.map((r) => r.map((c) => c.text));
    expect(rows.find((r) => r[1] === '年度资金总额')!.slice(5)).toEqual(['10.00', '99.94%', '9.94']); // F4 shows 10.00 in its 0.00 format
    expect(rows[rows.length - 2][6]).toBe('98.80');
  });

  it('built afresh from the grid passed in: a changed cell changes the report (no cached analysis)', () => {
    const sheets = wb.sheets.map((s) => {
      if (s.name !== '自评表') return s;
      const cells = s.cells.map((row) => row.slice());
      // H4 (row 3, col 7) now holds 9.99, as after 应用.
      cells[3][7] = { ...cells[3][7], value: 9.99 };
      return { ...s, cells };
    });
    const text = reportText(reportOfWorkbook({ ...wb, sheets }));
    // The 9.99 now agrees; only the 分值 total (110 listed, F26 states 100) still differs.
    expect(text).toContain('说明：以下数字为按规则计算的结果，与自评表中填写的不同：各项分值合计110分（自评表中为100分）。');
    expect(text).not.toContain('预算执行得分9.99分（自评表中为');
  });

  it('lists every gap with its cell; a draft shows the same gaps bracketed', () => {
    const final = reportOfWorkbook(wb);
    const draft = reportOfWorkbook(wb, { draft: true });
    expect(final.gaps.map((g) => `${g.sheet}!${g.cell}`)).toEqual(['自评表!F26', '自评表!H17', '自评表!H20', '自评表!H21', '自评表!H22', '自评表!H23', '自评表!H24']);
    expect(draft.gaps).toEqual(final.gaps);
    expect(reportText(draft).match(/【[^】]+】/g)).toHaveLength(6);
  });
});

describe('the table pasted from Word (no 基本情况 sheet)', () => {
  it('takes the year from A1 (2024年度) and asks for no year; nothing bracketed', async () => {
    const doc = reportOfWorkbook(await read('seed-hunan-pasted.xlsx'));
    expect(doc.title).toBe('2024年度岳阳市信访局整体支出绩效自评报告');
    expect(doc.gaps.map((g) => g.what)).not.toContain('年度');
    expect(reportText(doc)).not.toMatch(/[【】]/);
  });
});

describe('the freshly inserted (blank) template', () => {
  it('states nothing the workbook does not support', async () => {
    const host = createMemoryHost({ sheets: [] });
    for (const l of templateLayouts()) await host.writeSheet(l);
    const doc = reportOfWorkbook(await host.readWorkbook());
    const text = reportText(doc);
    expect(doc.title).toBe('部门整体支出绩效自评报告');
    expect(text).not.toContain('金额单位');
    expect(text).not.toContain('各项绩效指标均得满分');
    expect(text).not.toMatch(/本年度无(政府性基金|国有资本|社会保险)/);
    expect(text).not.toMatch(/[【】]/);
    expect(doc.gaps.length).toBeGreaterThan(15);
  });
});

describe('department and year from the table’s own title', () => {
  it('“岳阳市信访局2024年度部门整体支出绩效自评表” with no 基本情况 and no unit cell', async () => {
    const wb = await read('seed-hunan-pasted.xlsx');
    const sheets = wb.sheets.map((s) => {
      if (s.name !== '自评表') return s;
      const cells = s.cells.map((row) => row.map((c) => (c && typeof c.value === 'string' && c.value.includes('岳阳市信访局') ? { ...c, value: '' } : c)));
      cells[0] = cells[0].slice();
      cells[0][0] = { ...cells[0][0], value: '岳阳市信访局2024年度部门整体支出绩效自评表' };
      return { ...s, cells };
    });
    const doc = reportOfWorkbook({ ...wb, sheets });
    expect(doc.title).toBe('2024年度岳阳市信访局整体支出绩效自评报告');
  });
});

describe('no year anywhere, figures filled', () => {
  it('the final text says 本年度, never a bracket; the year is a gap', async () => {
    const wb = await read('seed-hunan-pasted.xlsx');
    const sheets = wb.sheets.map((s) => {
      if (s.name !== '自评表') return s;
      const cells = s.cells.map((row) => row.map((c) => (c && typeof c.value === 'string' && /20\d\d/.test(c.value) ? { ...c, value: c.value.replace(/20\d\d\s*年度?/g, '') } : c)));
      return { ...s, cells };
    });
    const doc = reportOfWorkbook({ ...wb, sheets });
    const text = reportText(doc);
    expect(text).not.toMatch(/[【】]/);
    expect(text).toContain('本年度部门整体支出年初预算649.24万元');
    expect(doc.gaps.map((g) => g.what)).toContain('年度');
  });
});

describe('the generated report passes the draft cross-check (R01–R03) of the same workbook', () => {
  it.each(['seed-template.xlsx', 'seed-hunan-pasted.xlsx'])('no R01 error and no R02/R03 warning on the final .docx of %s', async (name) => {
    const { analyseWorkbook } = await import('../../src/core/analyse');
    const { readDraft, checkDraft, reportDocx } = await import('../../src/report');
    const wb = await read(name);
    const analysis = analyseWorkbook(wb);
    const bytes = await reportDocx(reportOfWorkbook(wb));
    const findings = checkDraft(readDraft({ fileName: '自评报告.docx', bytes }), analysis);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.excerpt ?? ''} ${f.message}`)).toEqual([]);
  });
});

describe('a 占比 cell stated on another basis is named in the one line', () => {
  it('I9 holding 49.41% (of the total): the line says 基本支出占比60.90%（自评表中为49.41%）', async () => {
    const wb = await read('seed-template.xlsx');
    const sheets = wb.sheets.map((s) => {
      if (s.name !== '自评表') return s;
      const cells = s.cells.map((row) => row.slice());
      // I9 (row 8, col 8): 586.11 ÷ 1186.19 = 0.494111… stored as 0.4941 in a 0.00% cell.
      cells[8][8] = { ...(cells[8][8] ?? {}), value: 0.4941, numFmt: '0.00%' };
      return { ...s, cells };
    });
    const text = reportText(reportOfWorkbook({ ...wb, sheets }));
    expect(text).toContain('基本支出占比60.90%（自评表中为49.41%）');
  });
});
