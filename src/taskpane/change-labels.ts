/**
 * The 重新计算 preview in words a person reads: each planned write named by its row and column
 * ("行政三级办理情况 · 得分", "年度资金总额 · 执行率") instead of a bare address, and whether the
 * write changes the value or only its display (仅格式: 10 → 10.00, a stored 0.9994 shown again as
 * 99.94%).
 */
import Decimal from 'decimal.js';
import type { RecognisedWorkbook } from '../core/model';
import type { CellValue } from '../core/grid/types';
import type { CellWrite } from '../core/plan/write-plan';
import { PANE } from './phrases';

const rowKey = (sheet: string, row: number) => `${sheet}\u0000${row}`;

/** Row names by sheet and 0-based row: funds rows' labels, indicators' 三级 (else 二级/一级) names, the total row. */
export function rowNames(recognised: RecognisedWorkbook | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const t of recognised?.tables ?? []) {
    for (const r of t.funds?.rows ?? []) names.set(rowKey(t.sheet, r.label.cell.row), r.label.text);
    for (const r of t.indicators?.rows ?? []) {
      const name = r.name?.text || r.level2?.text || r.level1?.text;
      if (name) names.set(rowKey(t.sheet, r.row), name);
    }
    const total = t.indicators?.total;
    if (total) names.set(rowKey(t.sheet, total.row), total.label.text);
  }
  return names;
}

const clean = (s: string) => s.replace(/\s+/g, '');

/** "行政三级办理情况 · 得分"; the column's word alone where the row is named by it (总分, 等级). */
export function changeLabel(names: ReadonlyMap<string, string>, w: Pick<CellWrite, 'sheet' | 'row' | 'kind'>): string {
  const column = PANE.recompute.kinds[w.kind];
  const row = names.get(rowKey(w.sheet, w.row));
  if (!row || clean(row) === column || (w.kind === 'totalScore' && /总分|合计/.test(row))) return column;
  return `${clean(row)} · ${column}`;
}

function asDecimal(v: CellValue | number | string): Decimal | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? new Decimal(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim().replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  return new Decimal(t);
}

/** True when the write keeps the value and changes only how it is shown (or stored: text → number). */
export function isFormatOnly(old: CellValue, value: number | string): boolean {
  if (typeof value === 'string') return typeof old === 'string' && old.trim() === value.trim();
  const a = asDecimal(old);
  return a !== undefined && a.equals(new Decimal(value));
}
