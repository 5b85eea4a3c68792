/**
 * Issue 11: the report reads a not-applicable funds sub-row (`—`, `/`, 无 across the row) as the
 * checks do — 不适用, never 0.00 or 0.00%.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { evaluationTable } from '../../src/report/eval-table';
import { nationalSheet, NATIONAL_FUNDS, NATIONAL_INDICATORS, type FundsLine } from '../core/checks/conventions/grids';

function fundsRowsOf(funds: readonly FundsLine[]) {
  const a = analyseWorkbook({ sheets: [nationalSheet({ funds })] });
  const table = evaluationTable(a.computations[0], '表');
  // Funds rows follow the 单位名称 row and the funds header row (eval-table.ts).
  return table.rows.slice(2, 2 + funds.length).map((r) => r.map((c) => c.text));
}

describe('report: not-applicable funds sub-rows', () => {
  it.each(['—', '/', '无'])('a sub-row of %p shows 不适用 in its amounts and rate', (mark) => {
    const funds: FundsLine[] = [NATIONAL_FUNDS[0], NATIONAL_FUNDS[1], ['上年结转资金', mark, mark, mark, mark, null, mark], NATIONAL_FUNDS[3]];
    const rows = fundsRowsOf(funds);
    expect(rows[2].slice(2, 7)).toEqual(['不适用', '不适用', '不适用', '', '不适用']);
    // The total row: amounts 100.00 / 100.00 / 95.00 (万元, 2 decimals), 分值 10, 95.00%; the
    // 得分 as the sheet holds it (the grid's 9.5, no number format): the report's table is the
    // workbook as it stands (issue 12 point 2).
    expect(rows[0].slice(2)).toEqual(['100.00', '100.00', '95.00', '10', '95.00%', '9.5']);
    // A sub-row with figures keeps them; its 执行率 cell is blank in the sheet, so blank here too.
    expect(rows[1].slice(2, 7)).toEqual(['100.00', '100.00', '95.00', '', '']);
  });
});

describe('report: unused template rows', () => {
  it('指标1 / …… rows are left out of the report table (the five real indicators stay)', () => {
    const inds = [...NATIONAL_INDICATORS, ['效益指标', '经济效益指标', '指标1：', null, null, null, null] as const, ['效益指标', '生态效益指标', '……', null, null, null, null] as const];
    const a = analyseWorkbook({ sheets: [nationalSheet({ indicators: inds })] });
    const texts = evaluationTable(a.computations[0], '表').rows.map((r) => r.map((c) => c.text).join('|'));
    expect(texts.filter((t) => t.includes('指标1') || t.includes('……'))).toEqual([]);
    for (const [, , name] of NATIONAL_INDICATORS) expect(texts.some((t) => t.includes(String(name)))).toBe(true);
  });
});
