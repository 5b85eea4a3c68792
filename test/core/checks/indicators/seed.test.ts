/**
 * The seed report's indicator block (岳阳市信访局 2024, /work/shared/seed): 10 rows of 10 points,
 * funds 10 (stated score 9.94), 总分 row 100 / 98.8, no 等级 cell.
 */
import { buildTable, fundsComputation, type RowSpec } from '../../helpers/indicator-table-builder';
import { check, keys } from './run';

const SEED_ROWS: RowSpec[] = [
  { level1: '产出指标', level2: '数量指标', name: '信访问题源头治理情况', target: '申诉求决类信访数量', actual: '保障信访渠道畅通', weight: 10, score: 10 },
  { level1: '产出指标', level2: '质量指标', name: '行政三级办理情况', target: '在要求范围内', actual: '在要求范围内', weight: 10, score: 9.8 },
  { level1: '产出指标', level2: '时效指标', name: '临时性、突发性任务', target: '在规定范围内', actual: '在规定范围内', weight: 10, score: 10 },
  { level1: '产出指标', level2: '时效指标', name: '“三率”完成情况', target: '在规定范围内。', actual: '在规定范围内', weight: 10, score: 10 },
  { level1: '产出指标', level2: '成本指标', name: '合理使用资金', target: '合理使用资金', actual: '合理使用资金', weight: 10, score: 9.8 },
  { level1: '效益指标', level2: '经济效\n益指标', name: '进一步提升工作效能，竭力保障群众合法权益。', target: '完成全年工作\n', actual: '完成全年工作\n', weight: 10, score: 9.8 },
  { level1: '效益指标', level2: '社会效\n益指标', name: '推动合理解决信访问题，维护社会稳定。', target: '完成全年工作', actual: '完成全年工作', weight: 10, score: 9.8 },
  { level1: '效益指标', level2: '生态效\n益指标', name: '提高处理办理群众来信来访和网上信访事项的工作效率', target: '完成全年工作\n', actual: '完成全年工作\n', weight: 10, score: 9.8 },
  { level1: '效益指标', level2: '可持续影响指标', name: '加强部门协调， 发挥信访联席会议制度优势。', target: '完成全年工作', actual: '完成全年工作\n', weight: 10, score: 9.8 },
  { level1: '满意度\n指标', level2: '服务对象满意度指标', name: '完善工作机制，群众满意度评价达到 90% 以上', target: '群众满意度评价达 90% 以上', actual: '群众满意度评价达 90% \n以上。', weight: 10, score: 10 },
];

const seedTable = () => buildTable({ rows: SEED_ROWS, funds: { weight: 10, score: 9.94 }, total: { weight: 100, score: 98.8 } });
// What computeFunds yields for 1186.19 ÷ 1186.96: rate 0.99935…, score 9.99.
const seedFunds = fundsComputation({ rate: '0.999351284', fundScore: '9.99' });

describe('seed indicator block', () => {
  const findings = check(seedTable(), undefined, seedFunds);

  it('S01: funds 10 + indicators 100 = 110, once, at the 总分 row weight', () => {
    const s01 = findings.filter((f) => f.rule === 'S01');
    expect(s01).toHaveLength(1);
    expect(s01[0]).toMatchObject({ cell: 'F26', severity: 'error', expected: '100', actual: '110' });
    expect(s01[0].message).toBe('分值合计为110（资金10 + 绩效指标100），应为100');
  });

  it('S02: 效益 40 vs 30; 产出 50, 满意度 10 and funds 10 are fine', () => {
    const s02 = findings.filter((f) => f.rule === 'S02');
    expect(s02).toHaveLength(1);
    expect(s02[0]).toMatchObject({ cell: 'A21', severity: 'warning', expected: '30', actual: '40' });
    expect(s02[0].message).toContain('效益指标');
  });

  it('S05: 总分 98.8 leaves out the funds score 9.94 (stated parts sum to 108.74)', () => {
    const s05 = findings.filter((f) => f.rule === 'S05');
    expect(s05).toHaveLength(1);
    expect(s05[0]).toMatchObject({ cell: 'G26', expected: '108.74', actual: '98.8' });
    // Issue 12: one 总分 story — as entered 9.94 + 98.8 = 108.74; recomputed 资金得分 10 × 1186.19 ÷
    // 1186.96 → 9.99, so 9.99 + 98.8 = 108.79; 分值 110 (S01) so 重新计算 writes neither.
    expect(s05[0].message).toBe(
      '总分98.8未计入资金（预算执行）得分9.94，含资金得分应为108.74；按表中各项得分合计为108.74，资金得分更正为9.99后为108.79；分值合计不为100（见S01），重新计算不写入总分与等级',
    );
  });

  it('S04 on the six 9.8 rows with empty reasons', () => {
    expect(keys(findings, ['S04'])).toEqual(['S04@H17', 'S04@H20', 'S04@H21', 'S04@H22', 'S04@H23', 'S04@H24']);
  });

  it('S08 on the unquantified 数量/质量/时效/成本 targets', () => {
    expect(keys(findings, ['S08'])).toEqual(['S08@D16', 'S08@D17', 'S08@D18', 'S08@D19', 'S08@D20']);
  });

  it('no S06 when the table has no 等级 cell (as the seed): S01/S05 already say why', () => {
    expect(findings.filter((f) => f.rule === 'S06')).toEqual([]);
  });

  it('S06 info on the 等级 cell when there is one: not graded because the weights do not total 100', () => {
    const withGrade = buildTable({ rows: SEED_ROWS, funds: { weight: 10, score: 9.94 }, total: { weight: 100, score: 98.8 }, grade: '优' });
    const s06 = check(withGrade, undefined, seedFunds).filter((f) => f.rule === 'S06');
    expect(s06).toEqual([expect.objectContaining({ severity: 'info', cell: 'G27', message: '权重合计不为100，未评定等级' })]);
  });

  it('no S12/S15/S10 on 9.8/10 达成 rows, no S07 on the computable 满意度 row, no S11/S13/S16/P01', () => {
    expect(keys(findings, ['S03', 'S07', 'S09', 'S10', 'S11', 'S12', 'S13', 'S14', 'S15', 'S16', 'S17', 'P01'])).toEqual([]);
  });

  it('I01 for the four qualitative 效益 rows (the five unquantified 产出 rows are S08 only: one finding per cause); the 满意度 row (达 90% 以上) is scored by rule', () => {
    expect(keys(findings, ['I01'])).toEqual(['G21', 'G22', 'G23', 'G24'].map((c) => `I01@${c}`));
  });

  it('exactly these findings and nothing else', () => {
    expect(findings).toHaveLength(1 + 1 + 1 + 6 + 5 + 4);
  });
});
