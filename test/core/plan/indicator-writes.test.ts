import { indicatorPlan, indicatorWrites } from '../../../src/core/plan/indicator-writes';
import { buildTable, fundsComputation, tenRows, type RowSpec, type TableSpec } from '../helpers/indicator-table-builder';
import { computationOf } from '../checks/indicators/run';
import { NATIONAL_PROFILE } from '../../../src/core/rules/profile';

function plan(spec: TableSpec, fundScore = '10') {
  const table = buildTable(spec);
  return indicatorWrites(computationOf(table, NATIONAL_PROFILE, fundsComputation({ rate: '1', fundScore })), NATIONAL_PROFILE);
}

const rows = (o: Readonly<Record<number, Partial<RowSpec>>> = {}) => tenRows(o);

describe('indicatorWrites', () => {
  it('writes nothing when every output already holds its value with format 0.00', () => {
    const fmt = (v: number) => ({ value: v, numFmt: '0.00' });
    const r = tenRows().map((x) => ({ ...x, score: fmt(x.score as number) }));
    expect(plan({ rows: r, total: { weight: 100, score: fmt(100) }, grade: '优' })).toEqual([]);
  });

  it('computable scores, 总分 and 等级; never a qualitative score', () => {
    const w = plan({ rows: rows({ 0: { actual: '45人次', score: 10 }, 6: { score: 8 } }), total: { weight: 100, score: 100 }, grade: '优' });
    const byAddr = Object.fromEntries(w.map((x) => [x.address, x]));
    expect(byAddr.G16).toMatchObject({ kind: 'indicatorScore', old: 10, value: 9, numFmt: '0.00' });
    // 10 + (9 + 40) + (8 + 10 + 5 + 5) + 10 = 97
    expect(byAddr.G26).toMatchObject({ kind: 'totalScore', old: 100, value: 97, numFmt: '0.00' });
    expect(byAddr.G22).toBeUndefined(); // qualitative: input
    expect(byAddr.G27).toBeUndefined(); // 优 stays 优
    // the other computable rows are re-formatted (plain 10 → 10 with 0.00)
    expect(w.filter((x) => x.kind === 'indicatorScore').map((x) => x.address).sort()).toEqual(['G16', 'G17', 'G18', 'G20', 'G21', 'G25']);
  });

  it('writes 等级 text when evaluable and different', () => {
    const w = plan({ rows: rows({ 6: { score: 2 } }), total: { weight: 100, score: 92 }, grade: '优' }, '4');
    // 4 + 50 + (10 + 2 + 5 + 5) + 10 = 86 → 良
    expect(w.find((x) => x.kind === 'grade')).toMatchObject({ address: 'G27', old: '优', value: '良' });
    expect(w.find((x) => x.kind === 'totalScore')).toMatchObject({ value: 86 });
  });

  it('weights 110: neither 总分 nor 等级 is written; both are withheld with the reason and S01 to fix first', () => {
    // funds 10 + indicators 10×5 + 10+10+10+10 + 10 = 110; every score full → 总分 would be 110.
    const t = buildTable({ rows: rows({ 7: { weight: 10, score: 10 }, 8: { weight: 10, score: 10 } }), total: { weight: 110, score: null }, grade: '' });
    const p = indicatorPlan(computationOf(t, NATIONAL_PROFILE, fundsComputation({ rate: '1', fundScore: '10' })), NATIONAL_PROFILE);
    expect(p.writes.filter((x) => x.kind === 'grade' || x.kind === 'totalScore')).toEqual([]);
    expect(p.withheld.map((x) => [x.address, x.kind, x.what])).toEqual([
      ['G26', 'totalScore', '总分'],
      ['G27', 'grade', '等级'],
    ]);
    expect(p.withheld[0].value).toBe(110);
    expect(p.withheld[0].reason).toContain('分值合计为110');
    expect(p.withheld[0].reason).toContain('S01');
    expect(p.withheld[0].fixFirst).toEqual({ rule: 'S01', sheet: t.sheet, cell: 'F26' });
  });

  it('weights 100 but 总分 over 100 (a stated score above its weight): withheld, S05 to fix first', () => {
    // 得分 12 on a 10-point qualitative row (S03): 10 + 50 + (10 + 12 + 5 + 5) + 10 = 102 > 100.
    const t = buildTable({ rows: rows({ 6: { score: 12 } }), total: { weight: 100, score: 100 }, grade: '优' });
    const p = indicatorPlan(computationOf(t, NATIONAL_PROFILE, fundsComputation({ rate: '1', fundScore: '10' })), NATIONAL_PROFILE);
    expect(p.writes.find((x) => x.kind === 'totalScore')).toBeUndefined();
    expect(p.withheld.find((x) => x.kind === 'totalScore')).toMatchObject({ value: 102, fixFirst: { rule: 'S05' } });
    expect(p.withheld[0].reason).toContain('102.00');
  });

  it('never writes a formula cell', () => {
    const w = plan({ rows: rows({ 0: { actual: '45人次', score: { value: 10, formula: 'F16*E16/50' } } }), total: { weight: 100, score: { value: 100, formula: 'SUM(G16:G25)+H4' } }, grade: '优' });
    expect(w.map((x) => x.address)).not.toContain('G16');
    expect(w.map((x) => x.address)).not.toContain('G26');
  });

  it('rounding tie: 5 × 99.9% ÷ 100% = 4.995 → 5.00 written as 5', () => {
    const w = plan({ rows: rows({ 1: { target: '≥100%', actual: '99.9%', weight: 10, score: 9 } }), total: null, grade: undefined });
    expect(w.find((x) => x.address === 'G17')).toMatchObject({ value: 9.99 });
    const w2 = plan({ rows: [{ level1: '产出指标', level2: '质量指标', name: 'x', target: '≥100%', actual: '99.9%', weight: 5, score: 4.99 }], total: null });
    expect(w2.find((x) => x.address === 'G16')).toMatchObject({ value: 5 });
  });
});
