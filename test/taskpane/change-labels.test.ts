/** The recompute preview's words: row · column names, and 仅格式 only when the value stays. */
import { changeLabel, isFormatOnly, rowNames } from '../../src/taskpane/change-labels';
import { analyseWorkbook } from '../../src/core/analyse';
import { sampleWorkbook } from './sample';

describe('change labels', () => {
  test('仅格式: equal values (number, numeric text) are format-only; a changed value or text is not', () => {
    expect(isFormatOnly(10, 10)).toBe(true); // 10 → 10.00
    expect(isFormatOnly(0.9994, 0.9994)).toBe(true); // 99.94% → 99.94%
    expect(isFormatOnly('10', 10)).toBe(true); // text 10 stored as the number 10
    expect(isFormatOnly(' 1,234.5 ', 1234.5)).toBe(true);
    expect(isFormatOnly(9.94, 9.99)).toBe(false);
    expect(isFormatOnly(null, 0)).toBe(false);
    expect(isFormatOnly('良', '良')).toBe(true);
    expect(isFormatOnly('良', '优')).toBe(false);
    expect(isFormatOnly('十', 10)).toBe(false);
  });

  test('a write is named by its row and column; 总分 by itself', () => {
    const names = new Map([['自评表\u00004', '行政三级办理情况'], ['自评表\u000025', '总  分']]);
    expect(changeLabel(names, { sheet: '自评表', row: 4, kind: 'indicatorScore' })).toBe('行政三级办理情况 · 得分');
    expect(changeLabel(names, { sheet: '自评表', row: 4, kind: 'executionRate' })).toBe('行政三级办理情况 · 执行率');
    expect(changeLabel(names, { sheet: '自评表', row: 25, kind: 'totalScore' })).toBe('总分');
    expect(changeLabel(names, { sheet: '自评表', row: 9, kind: 'grade' })).toBe('等级');
  });

  test('on the sample every planned write gets a name from the recognised table, never a bare address', () => {
    const a = analyseWorkbook(sampleWorkbook());
    const names = rowNames(a.recognised);
    for (const w of a.plan.writes) expect(changeLabel(names, w)).not.toMatch(/^[A-Z]+\d+$/);
    const fund = a.plan.writes.find((w) => w.kind === 'fundScore');
    if (fund) expect(changeLabel(names, fund)).toMatch(/ · 得分$/);
  });
});
