import { finding, sortFindings, RULES } from '../../src/core/findings';

describe('findings', () => {
  it('fill name and default severity from the catalogue; a rule may demote', () => {
    expect(finding({ rule: 'F03', sheet: 'S', cell: 'H4', message: 'm' })).toEqual({ rule: 'F03', name: 'FUND_SCORE_MISMATCH', severity: 'error', sheet: 'S', cell: 'H4', message: 'm' });
    expect(finding({ rule: 'F01', severity: 'warning', message: 'm' }).severity).toBe('warning');
    // How many rules there are is derived from the rule modules: test/core/checks/rule-registry.test.ts.
    expect(RULES.F03).toEqual({ name: 'FUND_SCORE_MISMATCH', severity: 'error', title: '资金得分不符' });
  });

  it('sort by sheet, row (numerically), column (A < Z < AA), rule — stable for ties', () => {
    const f = (sheet: string, cell: string, rule: 'S04' | 'F03' | 'I01', message = '') => finding({ rule, sheet, cell, message });
    const input = [f('B', 'A1', 'S04'), f('A', 'AA2', 'S04'), f('A', 'Z2', 'S04'), f('A', 'B10', 'F03'), f('A', 'B9', 'S04'), f('A', 'B9', 'F03'), f('A', 'C3', 'I01', 'x'), f('A', 'C3', 'I01', 'y')];
    expect(sortFindings(input).map((x) => `${x.sheet}!${x.cell}:${x.rule}${x.message}`)).toEqual([
      'A!Z2:S04',
      'A!AA2:S04',
      'A!C3:I01x',
      'A!C3:I01y',
      'A!B9:F03',
      'A!B9:S04',
      'A!B10:F03',
      'B!A1:S04',
    ]);
  });
});
