import { fundsWrites } from '../../../src/core/plan/funds-writes';
import { computeFunds } from '../../../src/core/rules/funds';
import { NATIONAL_PROFILE } from '../../../src/core/rules/profile';
import type { EvaluationTable } from '../../../src/core/model';
import { fundsTable, num, seedTable, share, templateRow } from '../helpers/funds-table-builder';

const plan = (t: EvaluationTable) => fundsWrites(t, computeFunds(t, NATIONAL_PROFILE)!);
const compact = (t: EvaluationTable) => plan(t).map((w) => `${w.address}:${w.kind}=${w.value}|${w.numFmt}`);

describe('fundsWrites', () => {
  it('the seed: the typed text 99.94% becomes the number 0.9994; the score 9.94 → 9.99', () => {
    const w = plan(seedTable());
    expect(w.map((x) => `${x.address}:${x.kind}=${x.value}|${x.numFmt}`)).toEqual(['G4:executionRate=0.9994|0.00%', 'H4:fundScore=9.99|0.00']);
    expect(w[1].old).toBe(9.94);
    expect(w[0].old).toBe('99.94%');
  });

  it('1389.3 ÷ 1397.90 writes 0.9938 (99.38%), score 9.94; rates, scores and shares for every output cell', () => {
    const t = fundsTable(
      [
        templateRow(4, 'total', { initial: '1397.90', adjusted: '1397.90', executed: 1389.3, weight: 10, rate: null, score: null }),
        templateRow(9, 'basicSpending', { adjusted: 800, executed: 799.99, rate: null }),
        templateRow(12, 'projectSpending', { adjusted: '597.90', executed: 589.31, rate: null }),
      ],
      { shares: [share('I9', null, 'basicSpending', 'total'), share('I12', null, 'projectSpending', 'total')] },
    );
    expect(compact(t)).toEqual([
      'G4:executionRate=0.9938|0.00%',
      'H4:fundScore=9.94|0.00',
      'G9:executionRate=1|0.00%', // 799.99 ÷ 800 = 0.9999875 → 1.0000 (100.00%)
      'G12:executionRate=0.9856|0.00%', // 589.31 ÷ 597.90 = 0.985633…
      'I9:share=0.5758|0.00%', // 799.99 ÷ 1389.3 = 0.575822…
      'I12:share=0.4242|0.00%', // 589.31 ÷ 1389.3 = 0.424178…
    ]);
  });

  it('rate tie 0.123450 → 0.1235 (12.35%)', () => {
    expect(compact(fundsTable([templateRow(4, 'total', { adjusted: 100000, executed: 12345, rate: null, score: null })]))).toEqual([
      'G4:executionRate=0.1235|0.00%',
      'H4:fundScore=1.23|0.00',
    ]);
  });

  it('nothing when already right (a second recompute plans nothing)', () => {
    const t = fundsTable([templateRow(4, 'total', { adjusted: 100, executed: 95, weight: 10, rate: 0.95, score: 9.5 })]);
    expect(plan(t)).toEqual([]);
  });

  it('a right value in the wrong format is rewritten with the format', () => {
    const t = fundsTable([templateRow(4, 'total', { adjusted: 100, executed: 95, weight: 10, rate: num('G4', 0.95, { numFmt: '0.0%' }), score: num('H4', 9.5, { numFmt: 'General' }) })]);
    expect(compact(t)).toEqual(['G4:executionRate=0.95|0.00%', 'H4:fundScore=9.5|0.00']);
  });

  it('nothing for a zero or blank budget, an unreadable amount, or a negative one', () => {
    for (const v of [
      { adjusted: 0, executed: 0 },
      { adjusted: null, executed: 5 },
      { adjusted: 100, executed: '一百' },
      { adjusted: 100, executed: -5 },
    ]) {
      expect(plan(fundsTable([templateRow(4, 'total', { ...v, weight: 10, rate: null, score: null })]))).toEqual([]);
    }
  });

  it('an unreadable 分值: the rate is written, the score is not', () => {
    expect(compact(fundsTable([templateRow(4, 'total', { adjusted: 100, executed: 95, weight: '十', rate: null, score: null })]))).toEqual(['G4:executionRate=0.95|0.00%']);
  });

  it('never a formula cell, never an embedded label cell, never a cell the table lacks', () => {
    const t = fundsTable([
      templateRow(4, 'total', { adjusted: 100, executed: 95, rate: num('G4', 0.9, { formula: 'E4/D4', numFmt: '0.00%' }) }),
    ], { shares: [] });
    // No score cell in the table: none created.
    expect(plan(t)).toEqual([]);
    const seed = seedTable();
    const withEmbeddedShare = { ...seed, funds: { ...seed.funds!, shares: [{ stated: seed.funds!.rows[5].single!, part: 'basicSpending' as const, whole: 'total' as const, basis: 'single' as const }] } };
    expect(plan(withEmbeddedShare).map((w) => w.address)).toEqual(['G4', 'H4']);
  });

  it('an over-100% rate is written as is; the score is capped at 分值', () => {
    expect(compact(fundsTable([templateRow(4, 'total', { adjusted: 100, executed: 120, weight: 10, rate: null, score: null })]))).toEqual([
      'G4:executionRate=1.2|0.00%',
      'H4:fundScore=10|0.00',
    ]);
  });
});
