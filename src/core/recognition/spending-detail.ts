/**
 * The template's 收支明细 sheet (docs/TEMPLATE.md): one row per 专项 under a header row
 * (序号 | 项目名称 | 年初预算 | 本年追加 | 上年结转结余 | 全年执行数, in any order), a 合计 row and
 * a 专项个数 count; 人员经费 / 公用经费 as label | value pairs when present. Amounts in the
 * unit the title or a 金额单位 cell names (`项目支出明细（万元）`), 万元 by default.
 */
import { normalizeText } from '../grid/text';
import type { AmountUnit, NumberField, SpendingDetail, TextField } from '../model';
import { SPENDING_COLUMNS, type SpendingAmountKey, unitNamed } from './families';
import { SPENDING_AMOUNT_CLASS, SPENDING_NAME_CLASS, rowHas } from './row-classes';
import type { Position, SheetView } from './sheet-view';

type AmountKey = SpendingAmountKey;

const COLUMNS = SPENDING_COLUMNS;
const TOTAL = new Set(['合计', '总计']);
const COUNT = new Set(['专项个数', '项目个数', '专项数量']);
const SHEET_NAME = '收支明细';
const DETAIL_TITLE = /项目支出明细/u;

function headerRow(view: SheetView, limit = view.rows): number | undefined {
  const end = Math.min(limit, view.rows);
  for (let r = 0; r < end; r++) if (rowHas(view, r, SPENDING_NAME_CLASS) && rowHas(view, r, SPENDING_AMOUNT_CLASS)) return r;
  return undefined;
}

/** The 收支明细 sheet: named so, titled 项目支出明细, or with a 项目名称 | 本年追加 header. */
export function isSpendingDetailSheet(view: SheetView): boolean {
  if (normalizeText(view.sheet.name) === SHEET_NAME) return true;
  const top = Math.min(view.rows, 3);
  for (let r = 0; r < top; r++) {
    const cols = view.realCols(r);
    for (let i = 0; i < cols.length; i++) if (DETAIL_TITLE.test(normalizeText(view.text(r, cols[i])))) return true;
  }
  // A 收支明细 header sits near the top: looking further would read every row of big tables.
  return headerRow(view, DETECT_ROWS) !== undefined;
}

/** Rows searched for a 项目名称 | 本年追加 header when telling a 收支明细 sheet. */
const DETECT_ROWS = 30;

function nextRight(view: SheetView, at: Position): Position | undefined {
  const area = view.area(at.row, at.col);
  for (let c = area.right + 1; c < view.cols; c++) if (!view.covered(at.row, c)) return { row: at.row, col: c };
  return undefined;
}

export function recogniseSpendingDetail(view: SheetView): SpendingDetail {
  let unit: AmountUnit = 'wan';
  const header = headerRow(view);
  for (let r = 0; r < (header ?? view.rows); r++) {
    for (const c of view.realCols(r)) {
      const u = unitNamed(view.text(r, c));
      if (u) unit = u;
    }
  }
  const out: { -readonly [K in keyof SpendingDetail]: SpendingDetail[K] } = { sheet: view.sheet.name, unit, projects: [] };
  const projects: Array<SpendingDetail['projects'][number]> = [];
  const columns = new Map<AmountKey | 'name', number>();
  if (header !== undefined) {
    for (const c of view.realCols(header)) {
      const role = COLUMNS.get(view.key(header, c));
      if (role && !columns.has(role)) columns.set(role, c);
    }
  }
  const amounts = (r: number, exclude: number): Partial<Record<AmountKey, NumberField>> => {
    const o: Partial<Record<AmountKey, NumberField>> = {};
    for (const k of ['initialBudget', 'supplement', 'carryover', 'executed'] as const) {
      const c = columns.get(k);
      if (c !== undefined && c !== exclude && !view.covered(r, c)) o[k] = view.numberField(r, c);
    }
    return o;
  };
  for (let r = 0; r < view.rows; r++) {
    const cols = view.realCols(r);
    const labelled = cols.find((c) => {
      const k = view.key(r, c);
      return TOTAL.has(k) || COUNT.has(k) || k === '人员经费' || k === '公用经费';
    });
    if (labelled !== undefined) {
      const k = view.key(r, labelled);
      if (TOTAL.has(k) && header !== undefined && r > header) {
        if (!out.totals) out.totals = amounts(r, labelled);
        continue;
      }
      const next = nextRight(view, { row: r, col: labelled });
      if (!next) continue;
      if (COUNT.has(k) && !out.projectCount) out.projectCount = view.numberField(next.row, next.col);
      else if (k === '人员经费' && !out.personnelCosts) out.personnelCosts = view.numberField(next.row, next.col);
      else if (k === '公用经费' && !out.operatingCosts) out.operatingCosts = view.numberField(next.row, next.col);
      continue;
    }
    const nameCol = columns.get('name');
    if (header === undefined || r <= header || out.totals !== undefined || nameCol === undefined || view.covered(r, nameCol)) continue;
    const name: TextField = view.textField(r, nameCol);
    const values = amounts(r, nameCol);
    const hasValue = Object.values(values).some((f) => f && f.parsed.kind !== 'blank');
    if (name.text.trim() === '' && !hasValue) continue;
    projects.push({ name, ...values });
  }
  return { ...out, projects };
}
