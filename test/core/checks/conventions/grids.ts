/**
 * Test grids built from the templates' conventions (issue 11): the national 项目支出绩效自评表
 * (财预〔2020〕10号 附件) and the Sichuan 项目支出 layout, with funds sub-rows, indicator rows,
 * placeholder / remarks / narrative rows given by the test. Every expectation is derived by hand
 * in the tests, never from the checker.
 */
import type { Cell, CellValue, Sheet } from '../../../../src/core/grid/types';
import { buildSheet } from '../../recognition/helpers';
import { analyseWorkbook } from '../../../../src/core/analyse';
import type { Finding } from '../../../../src/core/findings';
import type { ScoringProfile } from '../../../../src/core/rules/profile';

export type V = CellValue | Cell;
/** 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因. */
export type IndicatorLine = readonly [V, V, V, V, V, V, V, V?];
/** label, 年初, 全年, 执行, 分值, 执行率, 得分 (national) — Sichuan adds 原因 at the end. */
export type FundsLine = readonly [string, V, V, V, V, V, V, V?];

export const PERCENT = (v: number): Cell => ({ value: v, numFmt: '0.00%' });

/** A consistent national table: funds 100/100/95 (95.00%, 9.50), indicators 20+20+10+30+10 = 90, 总分 99.50. */
export const NATIONAL_FUNDS: readonly FundsLine[] = [
  ['年度资金总额', 100, 100, 95, 10, PERCENT(0.95), 9.5],
  ['其中：当年财政拨款', 100, 100, 95, '—', null, '—'],
  ['上年结转资金', '—', '—', '—', '—', null, '—'],
  ['其他资金', '—', '—', '—', '—', null, '—'],
];

export const NATIONAL_INDICATORS: readonly IndicatorLine[] = [
  ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 20, 20],
  ['产出指标', '质量指标', '培训合格率', '≥95%', '98%', 20, 20],
  ['产出指标', '时效指标', '按期完成率', '≥100%', '100%', 10, 10],
  ['效益指标', '社会效益指标', '政策知晓率', '≥90%', '92%', 30, 30],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '95%', 10, 10],
];

export interface NationalOptions {
  readonly funds?: readonly FundsLine[];
  readonly indicators?: readonly IndicatorLine[];
  /** 总分 row: 分值 and 得分. */
  readonly total?: readonly [V, V];
  readonly goal?: readonly [V, V];
}

/** The national layout, columns A–I: funds header row 5, rows 6…; 年度总体目标; 绩效指标 header; 总分. */
export function nationalSheet(o: NationalOptions = {}): Sheet {
  const funds = o.funds ?? NATIONAL_FUNDS;
  const inds = o.indicators ?? NATIONAL_INDICATORS;
  const e: Record<string, V> = {
    A1: '项目支出绩效自评表', A3: '项目名称', B3: '职业技能培训专项',
    A5: '项目资金（万元）', C5: '年初预算数', D5: '全年预算数', E5: '全年执行数', F5: '分值', G5: '执行率', H5: '得分',
  };
  const merges = ['A1:I1', 'B3:I3'];
  let r = 6;
  for (const f of funds) {
    e[`B${r}`] = f[0];
    ['C', 'D', 'E', 'F', 'G', 'H'].forEach((c, i) => (e[`${c}${r}`] = f[i + 1] ?? null));
    r++;
  }
  merges.push(`A5:A${r - 1}`);
  const goal = o.goal ?? ['完成500人次职业技能培训，合格率不低于95%', '完成520人次培训，合格率98%'];
  e[`A${r}`] = '年度总体目标'; e[`B${r}`] = '预期目标'; e[`F${r}`] = '实际完成情况';
  e[`B${r + 1}`] = goal[0]; e[`F${r + 1}`] = goal[1];
  merges.push(`A${r}:A${r + 1}`, `B${r}:E${r}`, `F${r}:I${r}`, `B${r + 1}:E${r + 1}`, `F${r + 1}:I${r + 1}`);
  r += 2;
  const head = r;
  e[`A${r}`] = '绩效指标'; e[`B${r}`] = '一级指标'; e[`C${r}`] = '二级指标'; e[`D${r}`] = '三级指标'; e[`E${r}`] = '年度指标值';
  e[`F${r}`] = '实际完成值'; e[`G${r}`] = '分值'; e[`H${r}`] = '得分'; e[`I${r}`] = '偏差原因分析及改进措施';
  r++;
  for (const line of inds) {
    ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].forEach((c, i) => (e[`${c}${r}`] = line[i] ?? null));
    r++;
  }
  merges.push(`A${head}:A${r - 1}`);
  const total = o.total ?? [100, 99.5];
  e[`A${r}`] = '总分'; e[`G${r}`] = total[0]; e[`H${r}`] = total[1];
  merges.push(`A${r}:F${r}`);
  return buildSheet('项目自评', e, merges);
}

/** The row (1-based) of the i-th indicator line of nationalSheet with `fundsLines` funds rows. */
export function nationalIndicatorRow(i: number, fundsLines = NATIONAL_FUNDS.length): number {
  return 6 + fundsLines + 3 + i;
}

/** Sichuan funds block (rows 7–11 under a two-row header): 总额 100/120/96 (80.00%, 8.00), 原因 given. */
export const SICHUAN_FUNDS: readonly FundsLine[] = [
  ['总额', 100, 120, 96, 10, PERCENT(0.8), 8, '年中追加20万元用于水毁修复；部分工程跨年实施，执行率偏低'],
  ['其中：财政资金', 100, 120, 96, '/', PERCENT(0.8), '/'],
  ['财政专户管理资金', '/', '/', '/', '/', '/', '/'],
  ['单位资金', '/', '/', '/', '/', '/', '/'],
  ['其他资金', '/', '/', '/', '/', '/', '/'],
];

/** 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 未完成原因分析. */
export type SichuanLine = readonly [V, V, V, V, V, V, V, V, V, V?];

export const SICHUAN_INDICATORS: readonly SichuanLine[] = [
  ['产出指标', '数量指标', '养护里程', '≥', 120, '公里', 125, 20, 20],
  ['产出指标', '质量指标', '优良路率', '≥', 80, '%', 82, 10, 10],
  ['产出指标', '时效指标', '完工时间', '≤', 12, '月', 12, 10, 10],
  ['产出指标', '成本指标', '每公里养护成本', '≤', 1, '万元', 0.77, 10, 10],
  ['效益指标', '社会效益指标', '群众出行条件改善', '=', '明显改善', null, '明显改善', 30, 30],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', 90, '%', 95, 10, 10],
];

export interface SichuanOptions {
  readonly funds?: readonly FundsLine[];
  readonly indicators?: readonly SichuanLine[];
  /** 合计 row of the 绩效指标 block: 权重 and 得分; null: no 合计 row. */
  readonly total?: readonly [V, V] | null;
  /** Rows after the indicators: label, text. */
  readonly narrative?: ReadonlyArray<readonly [string, V]>;
  readonly goal?: readonly [V, V];
}

export const SICHUAN_NARRATIVE: ReadonlyArray<readonly [string, V]> = [
  ['年度目标完成情况', '完成125公里农村公路养护，优良路率82%，群众出行条件明显改善'],
  ['评价结论', '项目总体完成较好，自评得分98分，等级为优'],
  ['存在问题', '部分工程受汛期影响跨年实施，预算执行率偏低'],
  ['改进措施', '加强项目前期工作，合理安排施工时序，加快预算执行'],
];

/**
 * The Sichuan 项目支出绩效自评表, columns A–K: 预算执行情况（10分） with the group header
 * 年度预算数（万元） over 年初预算 … 原因; 年度总体目标; 绩效指标（90分） with 指标性质 / 指标值 /
 * 度量单位 / 完成值 / 权重 / 得分 / 未完成原因分析, closed by 合计; then the narrative rows.
 */
export function sichuanSheet(o: SichuanOptions = {}): Sheet {
  const funds = o.funds ?? SICHUAN_FUNDS;
  const inds = o.indicators ?? SICHUAN_INDICATORS;
  const e: Record<string, V> = {
    A1: '项目支出绩效自评表', A2: '（2023年度）', A3: '项目名称', B3: '乡村道路养护专项', A4: '主管部门', B4: '县交通运输局', F4: '实施单位', G4: '县公路事务中心',
    A5: '预算执行情况（10分）', C5: '年度预算数（万元）',
    C6: '年初预算', D6: '调整后预算数', E6: '预算执行数', F6: '预算执行率', G6: '权重', H6: '得分', I6: '原因',
  };
  const merges = ['A1:K1', 'A2:K2', 'B3:K3', 'B4:E4', 'G4:K4', 'B5:B6', 'C5:K5', 'I6:K6'];
  let r = 7;
  for (const f of funds) {
    e[`B${r}`] = f[0];
    // FundsLine order (年初, 全年, 执行, 分值, 执行率, 得分, 原因) into Sichuan's columns (… 执行率 F, 权重 G …).
    ['C', 'D', 'E', 'G', 'F', 'H', 'I'].forEach((c, i) => (e[`${c}${r}`] = f[i + 1] ?? null));
    merges.push(`I${r}:K${r}`);
    r++;
  }
  merges.push(`A5:A${r - 1}`);
  const goal = o.goal ?? ['完成120公里农村公路养护，优良路率达到80%', '完成125公里养护，优良路率82%'];
  e[`A${r}`] = '年度总体目标'; e[`B${r}`] = '预期目标'; e[`G${r}`] = '实际完成目标';
  e[`B${r + 1}`] = goal[0]; e[`G${r + 1}`] = goal[1];
  merges.push(`A${r}:A${r + 1}`, `B${r}:F${r}`, `G${r}:K${r}`, `B${r + 1}:F${r + 1}`, `G${r + 1}:K${r + 1}`);
  r += 2;
  const head = r;
  ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'].forEach((h, i) => (e[`${String.fromCharCode(66 + i)}${r}`] = h));
  e[`A${r}`] = '绩效指标（90分）';
  r++;
  for (const line of inds) {
    line.forEach((v, i) => (e[`${String.fromCharCode(66 + i)}${r}`] = v ?? null));
    r++;
  }
  const total = o.total === undefined ? [90, 90] : o.total;
  if (total) {
    e[`B${r}`] = '合计'; e[`I${r}`] = total[0]; e[`J${r}`] = total[1];
    merges.push(`B${r}:H${r}`);
    r++;
  }
  merges.push(`A${head}:A${r - 1}`);
  for (const [label, text] of o.narrative ?? SICHUAN_NARRATIVE) {
    e[`A${r}`] = label; e[`B${r}`] = text;
    merges.push(`B${r}:K${r}`);
    r++;
  }
  return buildSheet('四川项目', e, merges);
}

/** The row (1-based) of the i-th indicator line of sichuanSheet. */
export function sichuanIndicatorRow(i: number, fundsLines = SICHUAN_FUNDS.length): number {
  return 7 + fundsLines + 2 + 1 + i;
}

export function findingsOf(sheet: Sheet, profile?: ScoringProfile): Finding[] {
  return [...analyseWorkbook({ sheets: [sheet] }, profile ? { profile } : {}).findings];
}

/** `rule:severity@cell`, in the findings' order. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}:${f.severity}@${f.cell ?? ''}`);
}

/** Errors and warnings only. */
export function alarms(findings: readonly Finding[]): string[] {
  return brief(findings.filter((f) => f.severity !== 'info'));
}
