/**
 * The national 项目支出绩效自评表 (财预〔2020〕10号 附件), typed cleanly or pasted from Word
 * (numbers as text, `99.91%`, full-width digits, lost 一级 merges, `产出指标(50分)`), optionally with
 * lettered funds columns and an extra 评（扣）分标准 column; and the model expected for it.
 */
import type { Cell, CellValue } from '../../../src/core/grid/types';
import type { EvaluationTable, FundsRow, FundsRowRole, IndicatorRow, Level1Weight } from '../../../src/core/model';
import type { ParsedNumber } from '../../../src/core/money/parse';
import { BLANK, n, numField, shift, shiftRange, txt, type Offset } from './helpers';

export const NATIONAL_SHEET = '项目自评';

export interface NationalOptions {
  /** Pasted from Word: numbers typed as text, 一级 merges lost, 一级 labels carry weights. */
  readonly pasted?: boolean;
  /** Column letters: 'adjusted' = 全年预算数(A) … 执行率(B/A); 'initial' = 年初预算数(A) … 执行率(B/A). */
  readonly letters?: 'adjusted' | 'initial';
  /** An extra 评（扣）分标准 column J in the indicator block. */
  readonly methodColumn?: boolean;
}

const PLACEHOLDER: ParsedNumber = { kind: 'invalid', text: '—', reason: 'placeholder' };

/** 一级 anchor, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因. */
const INDICATORS: ReadonlyArray<readonly [string, string, string, string, string, number, number, string | null]> = [
  ['B13', '数量指标', '办理信访事项数量', '≥500件', '526件', 20, 20, null],
  ['B13', '质量指标', '按期办结率', '≥95%', '98.5%', 15, 15, null],
  ['B13', '成本指标', '项目总成本', '≤103.59万元', '103.5万元', 15, 15, null],
  ['B16', '社会效益指标', '社会稳定', '持续向好', '达成预期指标', 15, 14, '个别事项办理周期偏长，下一步压缩办理时限'],
  ['B16', '可持续影响指标', '信访联席会议制度运行', '长期有效', '达成预期指标', 15, 15, null],
  ['B18', '服务对象满意度指标', '群众满意度', '≥90%', '92%', 10, 10, null],
];
const LEVEL1: Readonly<Record<string, readonly [string, string]>> = {
  B13: ['产出指标', '产出指标(50分)'],
  B16: ['效益指标', '效益指标（30分）'],
  B18: ['满意度指标', '满意度指标(10分)'],
};
const LEVEL1_MERGES = ['B13:B15', 'B16:B17'];
const METHOD = '完成得满分，未完成按比例扣分';

export function nationalMerges(opts: NationalOptions): string[] {
  return [
    'A1:I1', 'A2:I2', 'B3:I3', 'B4:E4', 'G4:I4', 'A5:A9', 'H5:I5', 'H6:I6', 'H7:I7', 'H8:I8', 'H9:I9',
    'A10:A11', 'B10:E10', 'F10:I10', 'B11:E11', 'F11:I11', 'A12:A18', 'A19:F19',
    ...(opts.pasted ? [] : LEVEL1_MERGES),
  ];
}

export function nationalEntries(opts: NationalOptions): Record<string, CellValue | Cell> {
  const p = opts.pasted === true;
  const e: Record<string, CellValue | Cell> = {
    A1: '项目支出绩效自评表',
    A2: '（2024年度）',
    A3: '项目名称', B3: '信访事项办理专项',
    A4: '主管部门', B4: '岳阳市信访局', F4: '实施单位', G4: '岳阳市人民来访接待中心',
    A5: '项目资金\n（万元）',
    C5: opts.letters === 'initial' ? '年初预算数(A)' : '年初预算数',
    D5: opts.letters === 'adjusted' ? '全年预算数（A）' : '全年预算数',
    E5: opts.letters ? '全年执行数（B）' : '全年执行数',
    F5: '分值',
    G5: opts.letters ? '执行率（B/A）' : '执行率',
    H5: '得分',
    B6: '年度资金总额', C6: p ? '90.00' : 90, D6: p ? '103.59' : 103.59, E6: p ? '１０３.５' : 103.5, F6: 10,
    G6: p ? '99.91%' : { value: 0.9991, numFmt: '0.00%' }, H6: p ? '9.99' : 9.99,
    B7: '其中：当年财政拨款', C7: 90, D7: 87.34, E7: 87.25, F7: '—', G7: null, H7: '—',
    B8: '上年结转资金', C8: null, D8: 16.25, E8: 16.25, F8: '—', G8: null, H8: '—',
    B9: '其他资金', C9: null, D9: null, E9: null, F9: '—', G9: null, H9: '—',
    A10: '年度总体目标', B10: '预期目标', F10: '实际完成情况', B11: '按期办结信访事项', F11: '已完成',
    A12: '绩效指标', B12: '一级指标', C12: '二级指标', D12: '三级指标', E12: '年度指标值', F12: '实际完成值', G12: '分值', H12: '得分', I12: '偏差原因分析及改进措施',
    A19: '总分', G19: 100, H19: p ? '98.99' : 98.99, I19: null,
  };
  if (opts.methodColumn) e.J12 = '评（扣）分标准';
  for (const [a1, [plain, weighted]] of Object.entries(LEVEL1)) e[a1] = p ? weighted : plain;
  INDICATORS.forEach(([, l2, name, target, actual, weight, score, reason], i) => {
    const r = 13 + i;
    Object.assign(e, { [`C${r}`]: l2, [`D${r}`]: name, [`E${r}`]: target, [`F${r}`]: actual, [`G${r}`]: weight, [`H${r}`]: score, [`I${r}`]: reason });
    if (opts.methodColumn) e[`J${r}`] = METHOD;
  });
  return e;
}

export function nationalExpected(o: Offset, opts: NationalOptions): EvaluationTable {
  const S = NATIONAL_SHEET;
  const p = opts.pasted === true;
  const at = (a1: string) => shift(a1, o);
  const t = (a1: string, raw: CellValue) => txt(S, at(a1), raw);
  const num = (a1: string, raw: CellValue, parsed: ParsedNumber, numFmt?: string) => numField(S, at(a1), raw, parsed, numFmt ? { numFmt } : {});
  const int = (v: number) => n(String(v), 0);
  const breakdown = (r: number, role: FundsRowRole, label: string, c: number | null, d: number | null, ex: number | null): FundsRow => ({
    role,
    group: 'income',
    label: t(`B${r}`, label),
    initialBudget: num(`C${r}`, c, c === null ? BLANK : int(c)),
    adjustedBudget: num(`D${r}`, d, d === null ? BLANK : n(String(d), 2)),
    executed: num(`E${r}`, ex, ex === null ? BLANK : n(String(ex), 2)),
    weight: num(`F${r}`, '—', PLACEHOLDER),
    executionRate: num(`G${r}`, null, BLANK),
    score: num(`H${r}`, '—', PLACEHOLDER),
  });
  const rows: IndicatorRow[] = INDICATORS.map(([l1, l2, name, target, actual, weight, score, reason], i) => {
    const r = 13 + i;
    const [plain, weighted] = LEVEL1[l1];
    return {
      row: r - 1 + o.dr,
      level1: t(l1, p ? weighted : plain),
      level2: t(`C${r}`, l2),
      name: t(`D${r}`, name),
      target: t(`E${r}`, target),
      actual: t(`F${r}`, actual),
      reason: t(`I${r}`, reason),
      ...(opts.methodColumn ? { method: t(`J${r}`, METHOD) } : {}),
      weight: num(`G${r}`, weight, int(weight)),
      score: num(`H${r}`, score, int(score)),
    };
  });
  const level1Weights: Level1Weight[] = p
    ? [
        { level1: '产出指标', weight: numField(S, at('B13'), '产出指标(50分)', n('50', 0, { fromText: true }), { embedded: true }) },
        { level1: '效益指标', weight: numField(S, at('B16'), '效益指标（30分）', n('30', 0, { fromText: true }), { embedded: true }) },
        { level1: '满意度指标', weight: numField(S, at('B18'), '满意度指标(10分)', n('10', 0, { fromText: true }), { embedded: true }) },
      ]
    : [];
  const right = opts.methodColumn ? 'J' : 'I';
  const lettered = opts.letters === 'adjusted' ? { letteredBasis: 'adjustedBudget' as const } : opts.letters === 'initial' ? { letteredBasis: 'initialBudget' as const } : {};
  return {
    kind: 'project',
    sheet: S,
    range: shiftRange(`A1:${right}19`, o),
    layout: 'national-project',
    title: t('A1', '项目支出绩效自评表'),
    unitName: t('B3', '信访事项办理专项'),
    funds: {
      range: shiftRange('A5:I9', o),
      unit: 'wan',
      rows: [
        {
          role: 'total',
          group: 'total',
          label: t('B6', '年度资金总额'),
          initialBudget: p ? num('C6', '90.00', n('90', 2, { fromText: true })) : num('C6', 90, int(90)),
          adjustedBudget: p ? num('D6', '103.59', n('103.59', 2, { fromText: true })) : num('D6', 103.59, n('103.59', 2)),
          executed: p ? num('E6', '１０３.５', n('103.5', 1, { fromText: true })) : num('E6', 103.5, n('103.5', 1)),
          weight: num('F6', 10, int(10)),
          executionRate: p ? num('G6', '99.91%', n('0.9991', 2, { percent: true, fromText: true })) : num('G6', 0.9991, n('0.9991', 2, { percent: true }), '0.00%'),
          score: p ? num('H6', '9.99', n('9.99', 2, { fromText: true })) : num('H6', 9.99, n('9.99', 2)),
        },
        breakdown(7, 'currentAppropriation', '其中：当年财政拨款', 90, 87.34, 87.25),
        breakdown(8, 'carryover', '上年结转资金', null, 16.25, 16.25),
        breakdown(9, 'otherFunds', '其他资金', null, null, null),
      ],
      shares: [],
      ...lettered,
      singleFigureBreakdowns: false,
    },
    indicators: {
      range: shiftRange(`A12:${right}19`, o),
      form: 'national',
      columns: {
        level1: 1 + o.dc, level2: 2 + o.dc, name: 3 + o.dc, target: 4 + o.dc, actual: 5 + o.dc, weight: 6 + o.dc, score: 7 + o.dc, reason: 8 + o.dc,
        ...(opts.methodColumn ? { method: 9 + o.dc } : {}),
      },
      rows,
      level1Weights,
      total: {
        row: 18 + o.dr,
        label: t('A19', '总分'),
        weight: num('G19', 100, int(100)),
        score: p ? num('H19', '98.99', n('98.99', 2, { fromText: true })) : num('H19', 98.99, n('98.99', 2)),
      },
    },
    overallGoal: { expected: t('B11', '按期办结信访事项'), actual: t('F11', '已完成') },
  };
}
