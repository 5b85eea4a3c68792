/**
 * Hand-built Analysis objects for the report tests, with the seed's figures (岳阳市信访局 2024,
 * test/fixtures/seed/seed-report.txt), standing in for recognition + computations until the
 * engine is in. The engine's results are typed in as docs/RULES.md says they must come out
 * (rate 1186.19 ÷ 1186.96 exact, 资金得分 9.99, 总分 9.99 + 98.80 = 108.79, not graded: 分值 110).
 */
import type { Analysis } from '../../src/core/analyse';
import { Dec } from '../../src/core/money/decimal';
import { parseNumber } from '../../src/core/money/parse';
import { NATIONAL_PROFILE } from '../../src/core/rules/profile';
import type { BasicInfo, EvaluationTable, FundsRow, FundsRowRole, IndicatorRow, NumberField, SpendingDetail, TextField } from '../../src/core/model';
import type { FundsRowAmounts, TableComputation } from '../../src/core/rules/computed';

const SHEET = '自评表';
const cell = (sheet: string, address: string, raw: string | number | null) => ({ sheet, row: 0, col: 0, address, raw });
export const num = (raw: string | number | null, address = 'A1', sheet = SHEET, numFmt?: string): NumberField => ({
  cell: cell(sheet, address, raw),
  parsed: parseNumber(raw, numFmt),
});
export const text = (t: string, address = 'A1', sheet = SHEET): TextField => ({ cell: cell(sheet, address, t), text: t });

export interface SeedIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: string;
  readonly score: string;
  readonly reason?: string;
}

/** The seed's ten indicators, as typed (line breaks included). */
export const SEED_INDICATORS: readonly SeedIndicator[] = [
  { level1: '产出指标', level2: '数量指标', name: '信访问题源头治理情况', target: '申诉求决类信访数量', actual: '保障信访渠道畅通', weight: '10', score: '10' },
  { level1: '产出指标', level2: '质量指标', name: '行政三级办理情况', target: '在要求范围内', actual: '在要求范围内', weight: '10', score: '9.8' },
  { level1: '产出指标', level2: '时效指标', name: '临时性、突发性任务', target: '在规定范围内', actual: '在规定范围内', weight: '10', score: '10' },
  { level1: '产出指标', level2: '时效指标', name: '“三率”完成情况', target: '在规定范围内。', actual: '在规定范围内', weight: '10', score: '10' },
  { level1: '产出指标', level2: '成本指标', name: '合理使用资金', target: '合理使用资金', actual: '合理使用资金', weight: '10', score: '9.8' },
  { level1: '效益指标', level2: '经济效\n益指标', name: '进一步提升工作效能，竭力保障群众合法权益。', target: '完成全年工作', actual: '完成全年工作', weight: '10', score: '9.8' },
  { level1: '效益指标', level2: '社会效\n益指标', name: '推动合理解决信访问题，维护社会稳定。', target: '完成全年工作', actual: '完成全年工作', weight: '10', score: '9.8' },
  { level1: '效益指标', level2: '生态效\n益指标', name: '提高处理办理群众来信来访和网上信访事项的工作效率', target: '完成全年工作', actual: '完成全年工作', weight: '10', score: '9.8' },
  { level1: '效益指标', level2: '可持续影响指标', name: '加强部门协调， 发挥信访联席会议制度优势。', target: '完成全年工作', actual: '完成全年工作', weight: '10', score: '9.8' },
  { level1: '满意度\n指标', level2: '服务对象满意度指标', name: '完善工作机制，群众满意度评价达到 90% 以上', target: '群众满意度评价达 90% 以上', actual: '群众满意度评价达 90% \n以上。', weight: '10', score: '10' },
];

export const SEED_DUTIES = [
  '（1）负责处理人民群众给市委、市政府及其领导同志的来信，接待处理群众来访，受理处理网络信访，为领导同志接待上访群众做好组织服务工作。',
  '（2）承办中央、省和市委、市政府交办的信访事项，向县市区、市直部门和中央、省驻岳单位交办信访事项，督促检查处理落实情况。',
  '（3）综合、反映人民群众在信访中提出的重要意见、建议和问题，开展调查研究，为市委、市政府提供信访信息。',
  '（4）协同有关部门处理跨地区、跨部门的重大信访问题，协调处理群众到市赴省进京上访，协调全市各级党政机关的信访工作。',
  '（5）研究、起草有关信访工作的政策规定;开展信访工作宣传和调研；指导全市信访工作业务，总结推广信访工作经验，提出加强和改进信访工作的意见。',
  '（6）掌握全市信访工作队伍建设情况，提出加强信访队伍建设的措施，对信访工作中失职、渎职行为提出处理建议，组织信访干部培训，指导信访部门办公自动化建设。',
  '（7）承办市委、市政府交办的其他事项。',
].join('\n');

export interface BuildOptions {
  /** Replace or blank inputs of the 基本情况 sheet (undefined value = field absent). */
  readonly basic?: Partial<Record<'departmentName' | 'year' | 'duties' | 'institutions' | 'problems' | 'improvements' | 'disclosure' | 'summary' | 'governmentFunds', string | undefined>>;
  readonly indicators?: readonly SeedIndicator[];
  /** Drop the 收支明细 sheet. */
  readonly noDetail?: boolean;
  readonly totalScore?: Dec;
  readonly grade?: string;
}

function fundsRow(role: FundsRowRole, group: FundsRow['group'], label: string, extra: Partial<FundsRow> = {}): FundsRow {
  return { role, group, label: text(label), ...extra };
}

/** The seed's Hunan 部门整体 table, its computations and narrative inputs. */
export function seedAnalysis(opts: BuildOptions = {}): Analysis {
  const indicators = opts.indicators ?? SEED_INDICATORS;
  const rows: IndicatorRow[] = indicators.map((r, i) => ({
    row: 20 + i,
    level1: text(r.level1),
    level2: text(r.level2),
    name: text(r.name),
    target: text(r.target),
    actual: text(r.actual),
    weight: num(r.weight),
    score: num(r.score),
    reason: text(r.reason ?? ''),
  }));
  const fundsRows: FundsRow[] = [
    fundsRow('total', 'total', '年度资金总额', {
      initialBudget: num(649.24, 'C4'),
      adjustedBudget: num(1186.96, 'D4'),
      executed: num(1186.19, 'E4'),
      weight: num(10, 'F4'),
      executionRate: num('99.94%', 'G4'),
      score: num(9.94, 'H4'),
    }),
    fundsRow('generalBudget', 'income', '其中：一般公共预算：962.34', { single: { ...num('962.34'), embedded: true } }),
    fundsRow('governmentFunds', 'income', '政府性基金拨款：'),
    fundsRow('basicSpending', 'expenditure', '其中：基本支出：586.11', { single: { ...num('586.11'), embedded: true } }),
    fundsRow('projectSpending', 'expenditure', '项目支出：376.23', { single: { ...num('376.23'), embedded: true } }),
    fundsRow('specialAccount', 'income', '纳入专户管理的非税收入拨款：'),
    fundsRow('otherFunds', 'income', '其他资金：224.62', { single: { ...num('224.62'), embedded: true } }),
  ];
  const range = { top: 0, left: 0, bottom: 31, right: 8 };
  const table: EvaluationTable = {
    kind: 'department',
    sheet: SHEET,
    range,
    layout: 'hunan-department',
    title: text('2024年度部门整体支出绩效自评表'),
    unitName: text('岳阳市信访局　'),
    funds: { range, unit: 'wan', rows: fundsRows, shares: [], singleFigureBreakdowns: true },
    indicators: {
      range,
      form: 'national',
      columns: {},
      rows,
      level1Weights: [],
      total: { row: 31, label: text('总分'), weight: num(100), score: num(98.8) },
    },
    overallGoal: {
      expected: text('任务1：高位推进信访工作\n任务2：不断提升信访业务水平，保证人民群众信访满意率。'),
      actual: text('已按要求完成本年度各项工作。\n2024年信访工作考核为优秀等次'),
    },
  };
  const amounts = (role: FundsRowRole, v: Partial<FundsRowAmounts>): FundsRowAmounts => ({ role, ...v });
  const rate = new Dec('1186.19').dividedBy(new Dec('1186.96'));
  const computation: TableComputation = {
    table,
    funds: {
      basis: 'adjustedBudget',
      weight: new Dec(10),
      executionRate: rate,
      fundScore: new Dec('9.99'),
      rows: [
        amounts('total', { initialBudget: new Dec('649.24'), adjustedBudget: new Dec('1186.96'), executed: new Dec('1186.19'), executionRate: rate }),
        amounts('generalBudget', { single: new Dec('962.34') }),
        amounts('governmentFunds', {}),
        amounts('basicSpending', { single: new Dec('586.11') }),
        amounts('projectSpending', { single: new Dec('376.23') }),
        amounts('specialAccount', {}),
        amounts('otherFunds', { single: new Dec('224.62') }),
      ],
      shares: [],
    },
    indicators: { rows: rows.map((r) => ({ row: r.row, computable: false, qualitative: true })), weightSum: new Dec(100) },
    totalScore: opts.totalScore ?? new Dec('108.79'),
    ...(opts.grade ? { grade: opts.grade } : {}),
  };
  const b = opts.basic ?? {};
  const pick = (k: keyof NonNullable<BuildOptions['basic']>, dflt: string): string | undefined => (k in b ? b[k] : dflt);
  const tf = (v: string | undefined, sheet = '基本情况') => (v === undefined ? undefined : text(v, 'B2', sheet));
  const summary = pick('summary', '2024年，我单位积极履职，强化问题导向，深入推进信访工作法治化见行见效，我市信访工作考核获评优秀等次。');
  const govFunds = pick('governmentFunds', '无');
  const other: Record<string, TextField> = {};
  if (summary !== undefined) other['绩效情况概述'] = text(summary, 'B13', '基本情况');
  if (govFunds !== undefined) other['政府性基金预算支出'] = text(govFunds, 'B9', '基本情况');
  const basicInfo: BasicInfo = {
    sheet: '基本情况',
    departmentName: tf(pick('departmentName', '岳阳市信访局')),
    year: tf(pick('year', '2024')),
    duties: tf(pick('duties', SEED_DUTIES)),
    institutions: tf(pick('institutions', '根据市委编办核定：市信访局内设科室9个，分别是办公室、综合调研科、网络信访和办信科、接访一科、接访二科、协调督查科、政策法规科，以及2个驻外科室驻京维稳科和驻长沙维稳劝返科。另有1个下属事业单位市人民来访接待中心。')),
    staffActive: num(28, 'B6', '基本情况'),
    staffRetired: num(11, 'B7', '基本情况'),
    vehicles: num(1, 'B8', '基本情况'),
    problems: tf(pick('problems', '1.预算编制能力有待提升。落实过“紧日子”要求，严格按标准、按要求编制。')),
    improvements: tf(pick('improvements', '1.完善制度体系。健全工作流程，明确职责，加强内部监督。\n2.优化经费管理。科学编制预算，提升财政资金使用效率。')),
    disclosure: tf(pick('disclosure', '我单位按照要求及时主动将相关资料公开在部门网址及政府门户网站专栏中。')),
    other,
  };
  const D = '收支明细';
  const spendingDetail: SpendingDetail = {
    sheet: D,
    unit: 'wan',
    personnelCosts: num(494.43, 'B2', D),
    operatingCosts: num(91.68, 'B3', D),
    projects: [],
    totals: { initialBudget: num(103.59, 'C14', D), supplement: num(272.64, 'D14', D), carryover: num(16.25, 'E14', D), executed: num(376.23, 'F14', D) },
    projectCount: num(11, 'B15', D),
  };
  return {
    profile: NATIONAL_PROFILE,
    recognised: { tables: [table], basicInfo, ...(opts.noDetail ? {} : { spendingDetail }), notes: [] },
    computations: [computation],
    findings: [],
    plan: { writes: [], withheld: [] },
  };
}
