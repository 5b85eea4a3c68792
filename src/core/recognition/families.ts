/**
 * Label families: the spellings provinces and years use for one thing (RULES §2.3, §7).
 * Matching is exact on a key: the label after normalizeText, with bracketed letters and units
 * (`(A)`, `(B/A)`, `(万元)`, `(10分)`) and a leading `其中:` removed — so `得分` never matches
 * `得分计算方法`, and `全年预算数（A）` matches `全年预算数`.
 */
import { normalizeText } from '../grid/text';
import type { FundsGroup, FundsRowRole, IndicatorColumnRole, NarrativeKind } from '../model';
import type { FundsColumnRole } from '../mapping/types';

const PUNCT: Readonly<Record<string, string>> = {
  '：': ':', '（': '(', '）': ')', '，': ',', '；': ';', '。': '.', '、': ',', '【': '[', '】': ']',
  '“': '"', '”': '"', '‘': "'", '’': "'", '《': '<', '》': '>', '〈': '<', '〉': '>',
  '—': '-', '–': '-', '－': '-', '～': '~', '≧': '≥', '≦': '≤', '＝': '=',
};

function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * normalizeText (grid/text.ts) in one pass over the string: whitespace removed, full-width ASCII
 * made half-width, CJK punctuation unified, trailing `.;,` dropped. Same result, a fraction of the
 * cost: recognition keys every header candidate cell (speed budget of issue #5).
 */
export function fastNormalize(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
      out += s[i];
    } else if (isSpaceCode(c)) continue;
    else if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else out += PUNCT[s[i]] ?? s[i];
  }
  let end = out.length;
  while (end > 0) {
    const ch = out[end - 1];
    if (ch === '.' || ch === ';' || ch === ',' || ch === '。' || ch === '；') end--;
    else break;
  }
  return end === out.length ? out : out.slice(0, end);
}

/** Normalised label without bracketed parts, a leading 其中: or a trailing colon. */
export function labelKey(text: string): string {
  let t = fastNormalize(text);
  if (t.includes('(') || t.includes('[')) {
    let prev = '';
    while (prev !== t) {
      prev = t;
      t = t.replace(/\([^()]*\)|\[[^[\]]*\]/g, '');
    }
  }
  if (t.startsWith('其中')) t = t.slice(t[2] === ':' ? 3 : 2);
  let end = t.length;
  while (end > 0 && t[end - 1] === ':') end--;
  return end === t.length ? t : t.slice(0, end);
}

/** A memo of labelKey: cell texts repeat across rows, sheets and runs. */
export type Keyer = (text: string) => string;

/** labelKey by text, shared by every run (labelKey is pure); cleared when it grows past the limit. */
const KEYS = new Map<string, string>();
const KEY_MEMO_LIMIT = 50000;
/** Longer texts (narratives) are keyed each time: they are never labels and rarely repeat. */
const KEY_MEMO_MAX_LENGTH = 200;

function memoisedLabelKey(text: string): string {
  if (text.length > KEY_MEMO_MAX_LENGTH) return labelKey(text);
  let k = KEYS.get(text);
  if (k === undefined) {
    k = labelKey(text);
    if (KEYS.size >= KEY_MEMO_LIMIT) KEYS.clear();
    KEYS.set(text, k);
  }
  return k;
}

export function createKeyer(): Keyer {
  return memoisedLabelKey;
}

function familyIndex<R extends string>(families: ReadonlyArray<readonly [R, readonly string[]]>): Map<string, R> {
  const m = new Map<string, R>();
  for (const [role, names] of families) for (const n of names) if (!m.has(n)) m.set(n, role);
  return m;
}

export type { FundsColumnRole } from '../mapping/types';

const REASON = [
  '偏差原因分析及改进措施', '偏差原因及改进措施', '未完成原因分析', '偏差原因', '原因', '扣分原因', '备注',
  '偏差原因分析', '未完成原因', '未完成原因及改进措施', '原因分析', '偏差原因分析及整改措施', '存在问题及改进措施', '说明',
];
const METHOD = ['得分计算方法', '评分标准', '评分方法', '计分方法', '评分办法', '评分规则', '计分标准', '评价标准', '扣分标准'];
const WEIGHT = ['分值', '权重', '标准分', '权重分', '满分', '分数'];
const SCORE = ['得分', '评分', '自评得分', '自评分', '实际得分', '评价得分'];

export const FUNDS_COLUMNS = familyIndex<FundsColumnRole>([
  ['initialBudget', ['年初预算数', '年初预算', '年初预算金额', '年初预算安排', '年初预算资金', '年初批复预算']],
  ['adjustedBudget', ['全年预算数', '调整后预算数', '调整后预算', '预算数', '全年预算', '调整预算数', '全年预算安排', '调整后全年预算数', '全年预算资金']],
  ['executed', ['全年执行数', '预算执行数', '执行数', '实际支出', '决算数', '全年执行', '实际执行数', '全年支出数', '实际支出数', '全年实际支出', '执行金额']],
  ['executionRate', ['执行率', '预算执行率', '全年执行率', '资金执行率']],
  ['weight', WEIGHT],
  ['score', SCORE],
  ['share', ['占比', '所占比例', '比重']],
  ['reason', REASON],
  ['method', METHOD],
  ['label', ['资金类别', '资金来源', '资金性质', '类别', '项目', '资金项目', '资金构成']],
]);

/** The columns whose presence marks a funds header row. */
export const FUNDS_AMOUNT_ROLES: readonly FundsColumnRole[] = ['initialBudget', 'adjustedBudget', 'executed'];

export const INDICATOR_COLUMNS = familyIndex<IndicatorColumnRole>([
  ['level1', ['一级指标', '一级']],
  ['level2', ['二级指标', '二级']],
  ['name', ['三级指标', '指标名称', '具体指标', '三级', '指标内容', '绩效指标名称']],
  ['nature', ['指标性质', '指标方向', '计算符号']],
  ['target', ['年度指标值', '指标值', '目标值', '年度目标值', '全年指标值', '调整指标值', '年初指标值', '预期指标值', '计划指标值', '年度目标', '绩效目标值']],
  ['unit', ['度量单位', '计量单位', '单位']],
  ['actual', ['实际完成值', '全年实际值', '完成值', '实际值', '全年完成值', '实际完成数', '全年实际完成值', '实际完成', '完成情况值']],
  ['weight', [...WEIGHT, '指标权重', '指标分值']],
  ['score', [...SCORE, '指标得分']],
  ['scoreCoefficient', ['得分系数', '完成系数']],
  ['reason', REASON],
  ['method', METHOD],
]);

/**
 * When two columns of one block fall in the same family (Chongqing's 年初指标值 and 调整指标值 are
 * both targets), the earlier spelling here wins; the other column is reported and ignored.
 */
export const ROLE_PREFERENCE: readonly string[] = ['调整指标值', '全年指标值', '年度指标值', '调整后预算数', '全年预算数'];

/** Columns recognised but not used by the checks (no M01 note): 序号. */
export const SERIAL_LABELS = new Set(['序号', '编号', '行次']);

/**
 * A reworded header that is in no family: a guess by its key words, with a lower confidence
 * (the mapping shows it, the user confirms). Only short labels are guessed; the checks never
 * rely on a guess the user has not seen.
 */
export function guessFundsColumn(key: string): FundsColumnRole | undefined {
  if (key.length > 12 || /\d/u.test(key)) return undefined;
  if (/执行率/u.test(key)) return 'executionRate';
  if (/(计算方法|评分标准|评分办法|计分)/u.test(key)) return 'method';
  if (/原因/u.test(key)) return 'reason';
  if (/年初/u.test(key) && /预算/u.test(key)) return 'initialBudget';
  if (/(执行数|支出数|决算|执行金额|实际支出)/u.test(key)) return 'executed';
  if (/(调整|全年)/u.test(key) && /预算/u.test(key)) return 'adjustedBudget';
  if (/(权重|分值)$/u.test(key)) return 'weight';
  if (/得分$/u.test(key)) return 'score';
  if (/占比$/u.test(key)) return 'share';
  return undefined;
}

export function guessIndicatorColumn(key: string): IndicatorColumnRole | undefined {
  if (key.length > 12 || /\d/u.test(key)) return undefined;
  if (/(计算方法|评分标准|评分办法|计分|评分规则)/u.test(key)) return 'method';
  if (/系数/u.test(key)) return 'scoreCoefficient';
  if (/原因/u.test(key)) return 'reason';
  if (/^一级/u.test(key)) return 'level1';
  if (/^二级/u.test(key)) return 'level2';
  if (/^三级/u.test(key)) return 'name';
  if (/(完成值|实际值|完成数|实现值)$/u.test(key)) return 'actual';
  if (/(指标值|目标值)$/u.test(key)) return 'target';
  if (/(权重|分值)$/u.test(key)) return 'weight';
  if (/得分$/u.test(key)) return 'score';
  if (/单位$/u.test(key)) return 'unit';
  return undefined;
}

export const FUNDS_ROWS = familyIndex<FundsRowRole>([
  ['total', ['年度资金总额', '资金总额', '总额', '合计', '总计', '年度财政资金总额', '财政资金总额', '部门整体支出总额', '整体支出总额', '项目资金总额', '预算资金总额', '年度资金合计', '资金合计']],
  ['generalBudget', ['一般公共预算', '一般公共预算拨款', '一般公共预算财政拨款', '一般公共预算资金']],
  ['governmentFunds', ['政府性基金', '政府性基金拨款', '政府性基金预算', '政府性基金预算拨款']],
  ['specialAccount', ['纳入专户管理的非税收入', '纳入专户管理的非税收入拨款', '财政专户管理资金']],
  ['stateCapitalBudget', ['国有资本经营预算', '国有资本经营预算拨款']],
  ['socialInsuranceFund', ['社会保险基金', '社会保险基金预算']],
  ['otherFunds', ['其他资金']],
  ['currentAppropriation', ['当年财政拨款', '本年财政拨款', '财政拨款', '财政拨款资金', '当年财政拨款资金']],
  ['carryover', ['上年结转', '上年结转资金', '上年结转结余', '上年结转结余资金']],
  ['fiscalFunds', ['财政资金']],
  ['unitFunds', ['单位资金']],
  ['basicSpending', ['基本支出']],
  ['personnelCosts', ['人员经费', '人员经费支出']],
  ['operatingCosts', ['公用经费', '公用经费支出']],
  ['projectSpending', ['项目支出']],
]);

export function fundsGroupOf(role: FundsRowRole): FundsGroup {
  if (role === 'total') return 'total';
  if (role === 'basicSpending' || role === 'personnelCosts' || role === 'operatingCosts' || role === 'projectSpending') return 'expenditure';
  return 'income';
}

/**
 * The denominator of a stated 占比 (template: I5–I8 ÷ total, I9/I12 ÷ total, I10/I11 ÷ 基本支出).
 * Undefined for the total itself.
 */
export function shareWholeOf(role: FundsRowRole): FundsRowRole | undefined {
  if (role === 'total') return undefined;
  if (role === 'personnelCosts' || role === 'operatingCosts') return 'basicSpending';
  return 'total';
}

/** Vertical block labels (`绩\n效\n指\n标`, `年度预算申请（万元）`): not column headers, ignored silently. */
export const BLOCK_LABELS = new Set(['绩效指标', '年度预算申请', '项目资金', '预算执行情况', '资金情况', '年度资金', '预算资金', '资金投入', '年度预算', '绩效指标完成情况', '年度绩效指标', '项目资金情况', '资金执行情况']);

// Patterns of the per-cell tests below, compiled once (a literal in a function body is a new object per call).
const GROUP_HEADER_WORD = /(指标|预算|执行|资金|分值|得分|金额)/u;
const DIGIT = /\d/u;
const UNIT_NAME_LABEL = /(部门名称|单位名称)$/u;
const TITLE_WORD = /(自评表|评价表|绩效自评)/u;
const LEVEL1_WEIGHT = /^(.+?)\((\d+(?:\.\d+)?)分?\)$/u;
const RATIO_LETTERS = /\(([A-Z])[/÷]([A-Z])\)/u;
const LETTER = /\(([A-Z])\)/u;
const WAN = /万元/u;
const CLOSING_TITLE = /(自评表|评价表)$/u;
const YUAN = /(^|\(|:|单位)元($|\))/u;

/** Group headers over two-row headers (`指标值` over 年初指标值 | 调整指标值): header-like words. */
export function isGroupHeaderKey(key: string): boolean {
  return key.length <= 10 && GROUP_HEADER_WORD.test(key) && !DIGIT.test(key);
}

/** The amount columns of the 收支明细 sheet (docs/TEMPLATE.md). */
export type SpendingAmountKey = 'initialBudget' | 'supplement' | 'carryover' | 'executed';

/** The 收支明细 header labels: 项目名称 | 年初预算 | 本年追加 | 上年结转结余 | 全年执行数. */
export const SPENDING_COLUMNS: ReadonlyMap<string, SpendingAmountKey | 'name'> = new Map<string, SpendingAmountKey | 'name'>([
  ['项目名称', 'name'],
  ['专项名称', 'name'],
  ['年初预算', 'initialBudget'],
  ['年初预算数', 'initialBudget'],
  ['本年追加', 'supplement'],
  ['追加', 'supplement'],
  ['本年追加数', 'supplement'],
  ['上年结转结余', 'carryover'],
  ['上年结转', 'carryover'],
  ['全年执行数', 'executed'],
  ['执行数', 'executed'],
  ['全年支出', 'executed'],
]);
export const TOTAL_LABELS = new Set(['总分', '合计', '总计', '总得分', '自评总分', '评价总分']);
export const GRADE_LABELS = new Set(['等级', '自评等级', '评价等级', '绩效等级', '自评结果等级']);
export const GOAL_LABELS = new Set(['年度总体目标', '总体目标', '年度绩效目标', '年度总体绩效目标']);
export const GOAL_EXPECTED = new Set(['预期目标', '年度预期目标']);
export const GOAL_ACTUAL = new Set(['实际完成情况', '实际完成', '目标完成情况', '实际完成目标', '实际完成值', '全年实际完成情况']);

/**
 * Narrative rows of a table (the Sichuan 项目支出 form closes with them): a label cell and the
 * answer right of it. 年度目标完成情况 / 评价结论 / 存在问题 / 改进措施 (docs/RULES.md §2.3).
 */
export const NARRATIVE_LABELS: ReadonlyMap<string, NarrativeKind> = new Map<string, NarrativeKind>([
  ['年度目标完成情况', 'goalCompletion'],
  ['年度总体目标完成情况', 'goalCompletion'],
  ['总体目标完成情况', 'goalCompletion'],
  ['绩效目标完成情况', 'goalCompletion'],
  ['评价结论', 'conclusion'],
  ['自评结论', 'conclusion'],
  ['综合评价结论', 'conclusion'],
  ['存在问题', 'problems'],
  ['存在的问题', 'problems'],
  ['主要问题', 'problems'],
  ['存在问题及原因', 'problems'],
  ['存在的问题及原因', 'problems'],
  ['存在的问题及原因分析', 'problems'],
  ['偏差大或目标未完成原因分析', 'problems'],
  ['目标未完成原因分析', 'problems'],
  ['改进措施', 'improvements'],
  ['改进意见', 'improvements'],
  ['整改措施', 'improvements'],
  ['下一步改进措施', 'improvements'],
  ['改进措施及结果应用方案', 'improvements'],
]);
export const UNIT_LABELS = new Set(['金额单位', '单位']);

/** A title that closes a block: `…绩效自评表` (not an indicator mentioning 绩效自评 in passing). */
export function isClosingTitle(key: string): boolean {
  return CLOSING_TITLE.test(key);
}

/** 预算部门名称 / 项目名称 / 主管部门 …, by priority (lower first). */
export function unitNamePriority(key: string): number | undefined {
  if (UNIT_NAME_LABEL.test(key)) return 0;
  if (key === '项目名称') return 1;
  if (key === '主管部门' || key === '主管单位') return 2;
  if (key === '实施单位') return 3;
  return undefined;
}

/** A title cell: `2024年度部门整体支出绩效自评表`, `项目支出绩效自评表`. */
export function isTitleText(normalised: string): boolean {
  return TITLE_WORD.test(normalised);
}

/** 一级指标 label carrying its weight: `产出指标(50分)` → { label: 产出指标, weight: '50' }. */
export function splitLevel1Weight(text: string): { label: string; weight: string } | undefined {
  const m = LEVEL1_WEIGHT.exec(normalizeText(text));
  return m ? { label: m[1], weight: m[2] } : undefined;
}

/**
 * Column letters of a header (`全年预算数(A)` → letter A; `执行率(B/A)` → ratio B over A).
 */
export function headerLetters(text: string): { letter?: string; ratio?: { num: string; den: string } } {
  // Both patterns need a bracket, half- or full-width (normalizeText makes `（` into `(`).
  if (text.indexOf('(') < 0 && text.indexOf('（') < 0) return {};
  const t = normalizeText(text).toUpperCase();
  const ratio = RATIO_LETTERS.exec(t);
  if (ratio) return { ratio: { num: ratio[1], den: ratio[2] } };
  const letter = LETTER.exec(t);
  return letter ? { letter: letter[1] } : {};
}

/** The amount unit a label names: `（万元）`, `单位：元`, a bare `元`. */
export function unitNamed(text: string): 'wan' | 'yuan' | undefined {
  if (text.indexOf('元') < 0) return undefined; // every unit named has 元 (normalizeText keeps it)
  const t = normalizeText(text);
  if (WAN.test(t)) return 'wan';
  if (YUAN.test(t) || t === '元') return 'yuan';
  return undefined;
}
