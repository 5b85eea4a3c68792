/**
 * The corpus (issue #5): table shapes real bureaus publish (RULES §2.3) — national 项目支出, Beijing
 * (年初预算数(A), 得分计算方法), Sichuan 预算执行情况（10分）/绩效指标（90分）, Chongqing 得分系数,
 * 共性指标 with 评分标准, Anhui `产出指标(50分)` with 序号, stacked projects, 元 units, two-row
 * headers, offsets with spacer rows and columns, several sheets, the Hunan 部门整体 table pasted
 * from Word (hunan-layout.ts) — each with its expected model.
 */
import { rangeFromA1, rangeToA1 } from '../../../../src/core/grid/a1';
import type { CellValue, Sheet } from '../../../../src/core/grid/types';
import { type BlockDef, type ColDef, type ExpectedTable, SheetBuilder, type Variant, placeBlock } from './builder';
import { hunanCase } from './hunan-layout';

export interface CorpusCase {
  readonly name: string;
  readonly build: (v: Variant) => { readonly sheets: readonly Sheet[]; readonly expected: readonly ExpectedTable[]; readonly notes?: readonly string[] };
}

const col = (role: string, label: string, alt: string | undefined, values: readonly CellValue[], group?: string): ColDef => ({ role, label, alt, values, ...(group ? { group } : {}) });

/** National funds rows: 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金. */
function nationalFunds(opts: { lettered?: 'initial'; method?: boolean; twoRow?: boolean; yuan?: boolean } = {}): BlockDef {
  const k = opts.yuan ? 10000 : 1;
  const cols: ColDef[] = [
    col('label', '资金类别', '资金来源', ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金']),
    col('initialBudget', opts.lettered ? '年初预算数(A)' : '年初预算数', opts.lettered ? '年初预算（A）' : '年初预算', [90 * k, 90 * k, 0, 0], opts.twoRow ? '预算数' : undefined),
    col('adjustedBudget', '全年预算数', '调整后预算数', [103.59 * k, 87.34 * k, 16.25 * k, 0], opts.twoRow ? '预算数' : undefined),
    col('executed', opts.lettered ? '全年执行数(B)' : '全年执行数', opts.lettered ? '实际支出（B）' : '预算执行数', [103.5 * k, 87.25 * k, 16.25 * k, 0]),
    col('weight', '分值', '权重', [10, null, null, null]),
    col('executionRate', opts.lettered ? '执行率(B/A)' : '执行率', opts.lettered ? '预算执行率（B/A）' : '预算执行率', ['99.91%', null, null, null]),
    col('score', '得分', '自评得分', [9.99, null, null, null]),
  ];
  if (opts.method) cols.push(col('method', '得分计算方法', '评分方法', ['执行率×10', null, null, null]));
  return { kind: 'funds', cols, fixed: 1, ...(opts.twoRow ? { twoRow: true } : {}) };
}

const L1 = ['产出指标', '产出指标', '效益指标', '满意度指标'];
const L2 = ['数量指标', '质量指标', '社会效益指标', '服务对象满意度指标'];
const NAMES = ['办理信访事项数量', '按期办结率', '社会稳定', '群众满意度'];

function nationalIndicators(opts: { method?: boolean; total?: boolean; twoRow?: boolean; l1?: readonly string[]; blockLabel?: string } = {}): BlockDef {
  const group = opts.twoRow ? '指标值' : undefined;
  const cols: ColDef[] = [
    col('level1', '一级指标', '一级', opts.l1 ?? L1),
    col('level2', '二级指标', '二级', L2),
    col('name', '三级指标', '指标名称', NAMES),
    col('target', '年度指标值', '年度目标值', ['≥500件', '≥95%', '持续向好', '≥90%'], group),
    col('actual', '实际完成值', '全年实际值', ['526件', '98.5%', '达成预期指标', '92%'], group),
    col('weight', '分值', '权重', [20, 30, 30, 10]),
    col('score', '得分', '评分', [20, 30, 29, 10]),
    col('reason', '偏差原因分析及改进措施', '偏差原因及改进措施', [null, null, '个别事项办理周期偏长', null]),
  ];
  if (opts.method) cols.push(col('method', '得分计算方法', '评分标准', ['按比例', '按比例', '定性', '按比例']));
  return {
    kind: 'indicators',
    cols,
    fixed: 3,
    ...(opts.blockLabel ? { blockLabel: opts.blockLabel } : {}),
    ...(opts.twoRow ? { twoRow: true } : {}),
    ...(opts.total !== false ? { total: { label: '总分', values: { weight: 100, score: 98.99 } } } : {}),
  };
}

/** A 项目支出绩效自评表 at (top, left): title, 项目名称, funds, 年度总体目标, indicators. */
function projectTable(
  b: SheetBuilder,
  top: number,
  left: number,
  v: Variant,
  opts: { funds?: BlockDef; indicators?: BlockDef; name?: string; gap?: number } = {},
): { expected: ExpectedTable; bottom: number } {
  const mark = b.mark();
  b.put(top, left, '项目支出绩效自评表', 9);
  b.put(top + 1, left, '项目名称');
  b.put(top + 1, left + 1, opts.name ?? '信访事项办理专项', 4);
  const funds = placeBlock(b, top + 2, left, opts.funds ?? nationalFunds(), v);
  const goalRow = funds.bottom + 1 + (opts.gap ?? 0);
  b.put(goalRow, left, '年度总体目标', 1, 2);
  b.put(goalRow, left + 1, '预期目标', 3);
  b.put(goalRow, left + 4, '实际完成情况', 3);
  b.put(goalRow + 1, left + 1, '按期办结信访事项', 3);
  b.put(goalRow + 1, left + 4, '已完成', 3);
  const ind = placeBlock(b, goalRow + 2 + (opts.gap ?? 0), left, opts.indicators ?? nationalIndicators(), v);
  return {
    expected: { sheet: b.name, range: b.rangeSince(mark), funds: funds.expected, indicators: ind.expected },
    bottom: ind.bottom,
  };
}

export const CORPUS: readonly CorpusCase[] = [
  {
    name: '01 national 项目支出绩效自评表',
    build: (v) => {
      const b = new SheetBuilder('项目自评');
      const t = projectTable(b, 0, 0, v);
      return { sheets: [b.sheet()], expected: [t.expected] };
    },
  },
  {
    name: '02 Beijing: 年初预算数(A) … 执行率(B/A), 得分计算方法 columns',
    build: (v) => {
      const b = new SheetBuilder('北京');
      const t = projectTable(b, 0, 0, v, { funds: nationalFunds({ lettered: 'initial', method: true }), indicators: nationalIndicators({ method: true }) });
      return { sheets: [b.sheet()], expected: [t.expected] };
    },
  },
  {
    name: '03 Sichuan: 预算执行情况（10分） and 绩效指标（90分） with 指标性质/度量单位, 合计',
    build: (v) => {
      const b = new SheetBuilder('四川');
      const mark = b.mark();
      b.put(0, 0, '项目支出绩效自评表', 11);
      b.put(1, 0, '项目名称');
      b.put(1, 1, '乡村振兴专项', 4);
      const funds = placeBlock(b, 2, 0, {
        kind: 'funds',
        blockLabel: '预算执行情况（10分）',
        fixed: 1,
        cols: [
          col('label', '资金来源', '资金构成', ['总额', '其中：财政资金', '财政专户管理资金', '单位资金', '其他资金']),
          col('initialBudget', '年初预算', '年初预算数', [100, 100, 0, 0, 0]),
          col('adjustedBudget', '调整后预算数', '调整预算数', [120, 120, 0, 0, 0]),
          col('executed', '预算执行数', '执行数', [110, 110, 0, 0, 0]),
          col('executionRate', '预算执行率', '执行率', ['91.67%', null, null, null, null]),
          col('weight', '权重', '分值', [10, null, null, null, null]),
          col('score', '得分', '评分', [9.17, null, null, null, null]),
          col('reason', '原因', '偏差原因', ['年中追加20万元', null, null, null, null]),
        ],
      }, v);
      const ind = placeBlock(b, funds.bottom + 1, 0, {
        kind: 'indicators',
        blockLabel: '绩效指标（90分）',
        fixed: 3,
        cols: [
          col('level1', '一级指标', '一级', ['产出指标', '产出指标', '效益指标']),
          col('level2', '二级指标', '二级', ['数量指标', '经济成本指标', '社会效益指标']),
          col('name', '三级指标', '具体指标', ['培训人次', '人均成本', '群众满意度']),
          col('nature', '指标性质', '指标方向', ['≥', '≤', '≥']),
          col('target', '指标值', '目标值', [500, 2000, 90]),
          col('unit', '度量单位', '计量单位', ['人次', '元', '%']),
          col('actual', '完成值', '实际值', [520, 1900, 95]),
          col('weight', '权重', '分值', [40, 20, 30]),
          col('score', '得分', '自评得分', [40, 20, 30]),
          col('reason', '未完成原因分析', '未完成原因', [null, null, null]),
        ],
        total: { label: '合计', values: { weight: 90, score: 90 } },
      }, v);
      return { sheets: [b.sheet()], expected: [{ sheet: '四川', range: b.rangeSince(mark), funds: funds.expected, indicators: ind.expected }] };
    },
  },
  {
    name: '04 Chongqing: 指标性质 定量/定性, 年初/调整指标值, 全年完成值, 得分系数(%), 指标权重, 指标得分',
    build: (v) => {
      const b = new SheetBuilder('重庆');
      const mark = b.mark();
      b.put(0, 0, '部门整体支出绩效自评表', 11);
      const ind = placeBlock(b, 2, 0, {
        kind: 'indicators',
        fixed: 3,
        cols: [
          col('level1', '一级指标', '一级', ['产出指标', '产出指标', '效益指标']),
          col('level2', '二级指标', '二级', ['数量指标', '时效指标', '社会效益指标']),
          col('name', '三级指标', '指标名称', ['信访件办理数', '办结时限', '社会稳定']),
          col('nature', '指标性质', '指标性质', ['定量', '定量', '定性']),
          col('ignore', '年初指标值', undefined, ['≥500件', '≤60天', '稳定']),
          col('target', '调整指标值', undefined, ['≥520件', '≤60天', '稳定']),
          col('actual', '全年完成值', '实际完成值', ['530件', '45天', '稳定']),
          col('scoreCoefficient', '得分系数(%)', '完成系数（%）', [100, 100, 90]),
          col('weight', '指标权重', '权重', [40, 30, 30]),
          col('score', '指标得分', '得分', [40, 30, 27]),
        ],
        total: { label: '合计', values: { weight: 100, score: 97 } },
      }, v);
      return {
        sheets: [b.sheet()],
        expected: [{ sheet: '重庆', range: b.rangeSince(mark), indicators: ind.expected }],
        notes: ['“年初指标值”列与“调整指标值”列含义相同，以“调整指标值”列为准，“年初指标值”列已忽略'],
      };
    },
  },
  {
    name: '05 共性指标 投入/过程/产出/效果 with 指标解释 and 评分标准, no 总分 row',
    build: (v) => {
      const b = new SheetBuilder('共性指标');
      const mark = b.mark();
      b.put(0, 0, '部门整体支出绩效自评表（共性指标）', 8);
      const ind = placeBlock(b, 1, 0, {
        kind: 'indicators',
        fixed: 3,
        cols: [
          col('level1', '一级指标', '一级', ['投入', '投入', '过程', '产出', '效果']),
          col('level2', '二级指标', '二级', ['目标设定', '预算配置', '预算执行', '职责履行', '履职效益']),
          col('name', '三级指标', '指标名称', ['绩效目标合理性', '在职人员控制率', '预算执行率', '重点工作完成率', '社会效益']),
          col('ignore', '指标解释', undefined, ['目标是否合理', '在职人数/编制数', '执行数/预算数', '完成数/计划数', '社会影响']),
          col('method', '评分标准', '评（扣）分标准', ['合理得满分', '≤100%得满分', '按比例', '按比例', '酌情']),
          col('weight', '分值', '标准分', [5, 5, 10, 40, 40]),
          col('score', '得分', '评分', [5, 5, 9.5, 40, 36]),
          col('reason', '扣分原因', '原因', [null, null, '执行偏慢', null, '宣传不足']),
        ],
      }, v);
      return {
        sheets: [b.sheet()],
        expected: [{ sheet: '共性指标', range: b.rangeSince(mark), indicators: ind.expected }],
        notes: ['未识别“指标解释”列，已忽略'],
      };
    },
  },
  {
    name: '06 three project tables stacked in one sheet, spacer rows, the last without 总分',
    build: (v) => {
      const b = new SheetBuilder('项目汇总');
      const t1 = projectTable(b, 0, 0, v, { name: '项目一' });
      const t2 = projectTable(b, t1.bottom + 3, 0, v, { name: '项目二' });
      const t3 = projectTable(b, t2.bottom + 2, 0, v, { name: '项目三', indicators: nationalIndicators({ total: false }) });
      return { sheets: [b.sheet()], expected: [t1.expected, t2.expected, t3.expected] };
    },
  },
  {
    name: '07 元 units: 金额单位：元 above the funds block',
    build: (v) => {
      const b = new SheetBuilder('元');
      const mark = b.mark();
      b.put(0, 0, '项目支出绩效自评表', 9);
      b.put(1, 0, '项目名称');
      b.put(1, 1, '信访专项', 3);
      b.put(1, 6, '金额单位：元', 2);
      const funds = placeBlock(b, 2, 0, nationalFunds({ yuan: true }), v);
      const ind = placeBlock(b, funds.bottom + 1, 0, nationalIndicators(), v);
      return {
        sheets: [b.sheet()],
        expected: [{ sheet: '元', range: b.rangeSince(mark), funds: funds.expected, indicators: ind.expected, unit: 'yuan' }],
        notes: ['金额单位为“元”，计算时将换算为万元（合计在换算前求和）'],
      };
    },
  },
  {
    name: '08 two-row headers: 预算数 over 年初/全年, 指标值 over 年度/实际',
    build: (v) => {
      const b = new SheetBuilder('两行表头');
      const t = projectTable(b, 0, 0, v, { funds: nationalFunds({ twoRow: true }), indicators: nationalIndicators({ twoRow: true }) });
      return { sheets: [b.sheet()], expected: [t.expected] };
    },
  },
  {
    name: '09 Anhui: 产出指标(50分) 一级 labels, 序号 column, 绩效指标 block label',
    build: (v) => {
      const b = new SheetBuilder('安徽');
      const mark = b.mark();
      b.put(0, 0, '项目支出绩效自评表', 10);
      b.put(1, 0, '项目名称');
      b.put(1, 1, '农田水利', 4);
      const ind = placeBlock(b, 2, 0, {
        kind: 'indicators',
        blockLabel: '绩效指标',
        fixed: 4,
        cols: [
          col('serial', '序号', undefined, [1, 2, 3, 4]),
          col('level1', '一级指标', '一级', ['产出指标(50分)', '产出指标(50分)', '效益指标（30分）', '满意度指标(10分)']),
          col('level2', '二级指标', '二级', L2),
          col('name', '三级指标', '指标名称', NAMES),
          col('target', '年度指标值', '指标值', ['≥500件', '≥95%', '持续向好', '≥90%']),
          col('actual', '实际完成值', '完成值', ['526件', '98.5%', '达成预期指标', '92%']),
          col('weight', '分值', '权重', [20, 30, 30, 10]),
          col('score', '得分', '评分', [20, 30, 29, 10]),
          col('reason', '偏差原因分析及改进措施', '偏差原因', [null, null, '周期偏长', null]),
        ],
        total: { label: '总分', values: { weight: 90, score: 89 } },
      }, v);
      const roles = Object.fromEntries(Object.entries(ind.expected.roles).filter(([r]) => r !== 'serial'));
      return { sheets: [b.sheet()], expected: [{ sheet: '安徽', range: b.rangeSince(mark), indicators: { ...ind.expected, roles } }] };
    },
  },
  {
    name: '10 offset to D5 with a blank spacer column inside the indicators and blank rows between blocks',
    build: (v) => {
      const b = new SheetBuilder('偏移');
      const t = projectTable(b, 4, 3, v, { gap: 1, indicators: { ...nationalIndicators(), spacerAfter: [4] } });
      return { sheets: [b.sheet()], expected: [t.expected] };
    },
  },
  {
    name: '11 several sheets: a department table, a project table and a sheet of notes',
    build: (v) => {
      const d = new SheetBuilder('部门');
      const mark = d.mark();
      d.put(0, 0, '2024年度部门整体支出绩效自评表', 9);
      d.put(1, 0, '预算部门名称');
      d.put(1, 1, '岳阳市信访局', 4);
      const f = placeBlock(d, 2, 0, { ...nationalFunds(), blockLabel: '年度预算申请（万元）' }, v);
      const i = placeBlock(d, f.bottom + 1, 0, nationalIndicators({ blockLabel: '绩效指标' }), v);
      const p = new SheetBuilder('项目');
      const t = projectTable(p, 0, 0, v);
      const n = new SheetBuilder('填表说明');
      n.put(0, 0, '请按要求填写');
      return {
        sheets: [d.sheet(), p.sheet(), n.sheet()],
        expected: [{ sheet: '部门', range: d.rangeSince(mark), funds: f.expected, indicators: i.expected }, t.expected],
        notes: ['未在工作表“填表说明”中识别到自评表，已跳过'],
      };
    },
  },
  {
    name: '12 labels with line breaks, spaces and units: `年度\\n指标值`, `实 际 完 成 值`, `全年预算数\\n（万元）`',
    build: (v) => {
      const b = new SheetBuilder('换行');
      const funds = nationalFunds();
      const spaced = (c: ColDef): ColDef => ({ ...c, label: c.label.split('').join(c.role === 'executed' ? ' ' : '\n'), alt: c.alt ? `${c.alt}\n（万元）` : undefined });
      const ind = nationalIndicators();
      const t = projectTable(b, 0, 0, v, {
        funds: { ...funds, cols: funds.cols.map((c) => (c.role === 'label' ? c : spaced(c))) },
        indicators: { ...ind, cols: ind.cols.map((c) => ({ ...c, label: c.role === 'target' ? '年度\n指标值' : c.role === 'actual' ? '实 际 完 成 值' : c.label })) },
      });
      return { sheets: [b.sheet()], expected: [t.expected] };
    },
  },
  {
    name: '13 header split over two rows without merges: `实际` above `完成值`, `全年预算数` above `(A)`',
    build: (v) => {
      const b = new SheetBuilder('拆分表头');
      const mark = b.mark();
      b.put(0, 0, '项目支出绩效自评表', 9);
      const ind = placeBlock(b, 1, 0, nationalIndicators(), v);
      // Split the header labels of the first block by hand: top row keeps the start, row below the rest.
      return { sheets: [splitHeader(b, 1)], expected: [{ sheet: '拆分表头', range: lower(b.rangeSince(mark)), indicators: { ...ind.expected, range: lower(ind.expected.range) } }] };
    },
  },
  {
    name: '14 Hunan 部门整体 pasted from Word: 年度预算申请 with 按收入/支出性质 lines, merged 一级/二级, 得分 over two columns',
    build: hunanCase,
  },
];

/** The range one row longer (a header split over two rows). */
function lower(ref: string): string {
  const r = rangeFromA1(ref);
  return rangeToA1({ ...r, bottom: r.bottom + 1 });
}

/** Rebuild the sheet with the one-row header at `row` split in two rows (label halves, no merges). */
function splitHeader(b: SheetBuilder, row: number): Sheet {
  const entries: Record<string, CellValue> = {};
  for (const [a1, value] of Object.entries(b.entries)) {
    const m = /^([A-Z]+)(\d+)$/u.exec(a1)!;
    const r = Number(m[2]) - 1;
    if (r < row) entries[a1] = value;
    else if (r === row && typeof value === 'string' && value.length >= 4) {
      entries[a1] = value.slice(0, 2);
      entries[`${m[1]}${r + 2}`] = value.slice(2);
    } else if (r === row) entries[a1] = value;
    else entries[`${m[1]}${r + 2}`] = value;
  }
  const shifted = b.merges.map((ref) => ref.replace(/(\d+)/gu, (d) => String(Number(d) > row + 1 ? Number(d) + 1 : Number(d))));
  const s = new SheetBuilder(b.name);
  Object.assign(s.entries, entries);
  s.merges.push(...shifted);
  return s.sheet();
}
