/**
 * The 自评表 inside the report: 8 columns, funds block, 年度总体目标, indicator block, 总分 and
 * 等级, as a dense grid with merges. The workbook as it stands (issue 12 point 2): amounts are the
 * table's figures in 万元; 执行率, 得分, 总分 and 等级 as the cells show them — never a computed
 * value the sheet does not hold (the narrative names computed figures that differ in one line).
 * Text from cells with line breaks inside a sentence removed.
 */
import { rowShape } from '../core/rules/indicator-fields';
import { isNotApplicableFundsRow } from '../core/rules/funds-amounts';
import type { CellRange } from '../core/grid/types';
import type { Dec } from '../core/money/decimal';
import { formatAmount, formatPlain } from '../core/money/format';
import type { FundsRowAmounts, TableComputation } from '../core/rules/computed';
import { normalizeText, stripSpaces } from '../core/grid/text';
import type { ReportTable, ReportTableCell } from './document';
import { ROLE_LABEL, T } from './phrases';
import { weightTotal } from './indicator-figures';
import { shownText, statedValue } from './figures';
import { cellParagraphs, oneParagraph } from './text-normalise';
import { isDraftText } from '../core/rules/deviation-draft';

const COLS = 8;

class Grid {
  readonly rows: ReportTableCell[][] = [];
  readonly merges: CellRange[] = [];
  add(cells: ReadonlyArray<ReportTableCell | string>): number {
    const row: ReportTableCell[] = [];
    for (let i = 0; i < COLS; i++) {
      const c = cells[i] ?? '';
      row.push(typeof c === 'string' ? { text: c, align: 'center' } : c);
    }
    this.rows.push(row);
    return this.rows.length - 1;
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }
}

const header = (text: string): ReportTableCell => ({ text, header: true, align: 'center' });
const left = (text: string): ReportTableCell => ({ text, align: 'left' });
const amount = (d: Dec | undefined): string => (d === undefined ? '' : formatAmount(d));

function fundsCells(r: FundsRowAmounts, group: string | undefined): [string, string, string] {
  if (r.initialBudget !== undefined || r.adjustedBudget !== undefined || r.executed !== undefined) {
    return [amount(r.initialBudget), amount(r.adjustedBudget), amount(r.executed)];
  }
  // Hunan single figure: income rows on the 全年预算数 basis, expenditure rows on 全年执行数 (RULES §2.1).
  if (group === 'income') return ['', amount(r.single), ''];
  if (group === 'expenditure') return ['', '', amount(r.single)];
  return ['', '', ''];
}

const NOT_APPLICABLE = '不适用';

/**
 * `hideDraftReasons`: the final report leaves out a reason still marked （草稿） (a gap, listed),
 * the one place its table differs from the sheet.
 */
export function evaluationTable(c: TableComputation, caption: string, unitName = oneParagraph(c.table.unitName?.text), hideDraftReasons = false): ReportTable {
  const g = new Grid();
  const t = c.table;
  const r0 = g.add([header(T.unitName), '', left(unitName)]);
  g.merge(r0, 0, r0, 1);
  g.merge(r0, 2, r0, 7);

  const fundsTop = g.add([header(T.fundsBlock), header(T.category), header(T.initialBudget), header(T.adjustedBudget), header(T.executed), header(T.weight), header(T.rate), header(T.score)]);
  const funds = c.funds;
  if (funds) {
    for (const r of funds.rows) {
      const row = t.funds?.rows.find((x) => x.role === r.role);
      const isTotal = r.role === 'total';
      // A breakdown marked not applicable (`—`, `/`, 无) in the table reads 不适用, as the checks read it.
      const notApplicable = row !== undefined && isNotApplicableFundsRow(row);
      const [a, b, e] = notApplicable ? [NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE] : fundsCells(r, row?.group);
      g.add([
        '',
        left(ROLE_LABEL[r.role]),
        a,
        b,
        e,
        isTotal ? (row?.weight ? shownText(row.weight) : formatPlain(funds.weight)) : '',
        notApplicable ? NOT_APPLICABLE : shownText(row?.executionRate),
        isTotal ? shownText(row?.score) : '',
      ]);
    }
  }
  g.merge(fundsTop, 0, g.rows.length - 1, 0);

  const goal = t.overallGoal;
  const gTop = g.add([header(T.goal), header(T.expected), '', '', '', header(T.actual)]);
  g.merge(gTop, 1, gTop, 4);
  g.merge(gTop, 5, gTop, 7);
  const gRow = g.add(['', left(cellParagraphs(goal?.expected?.text)), '', '', '', left(cellParagraphs(goal?.actual?.text))]);
  g.merge(gRow, 1, gRow, 4);
  g.merge(gRow, 5, gRow, 7);
  g.merge(gTop, 0, gRow, 0);

  g.add([header(T.level1), header(T.level2), header(T.name), header(T.target), header(T.actualValue), header(T.weight), header(T.score), header(T.reason)]);
  // Unused template rows (指标1, ……) are left out, as the checks leave them out.
  const rows = (t.indicators?.rows ?? []).filter((r) => rowShape(r) !== 'placeholder');
  const first = g.rows.length;
  for (const r of rows) {
    g.add([
      stripSpaces(r.level1?.text ?? ''),
      stripSpaces(r.level2?.text ?? ''),
      left(oneParagraph(r.name?.text)),
      left(oneParagraph(r.target?.text)),
      left(oneParagraph(r.actual?.text)),
      statedValue(r.weight) === undefined ? shownText(r.weight) : formatPlain(statedValue(r.weight)!),
      shownText(r.score),
      left(hideDraftReasons && isDraftText(r.reason?.text) ? '' : cellParagraphs(r.reason?.text)),
    ]);
  }
  mergeRuns(g, first, rows.map((r) => normalizeText(r.level1?.text ?? '')), 0, () => true);
  mergeRuns(g, first, rows.map((r) => normalizeText(r.level2?.text ?? '')), 1, (i, j) => normalizeText(rows[i].level1?.text ?? '') === normalizeText(rows[j].level1?.text ?? ''));

  const wTotal = weightTotal(c);
  const total = t.indicators?.total;
  const totalWeight = total?.weight && total.weight.parsed.kind !== 'blank' ? shownText(total.weight) : wTotal === undefined ? '' : formatPlain(wTotal);
  const totalRow = g.add([header(T.total), '', '', '', '', totalWeight, shownText(total?.score), '']);
  g.merge(totalRow, 0, totalRow, 4);
  const gradeRow = g.add([header(T.grade), '', '', '', '', oneParagraph(t.grade?.text)]);
  g.merge(gradeRow, 0, gradeRow, 4);
  g.merge(gradeRow, 5, gradeRow, 7);
  return { caption, columnWidths: [10, 13, 15, 12, 12, 6, 8, 13], rows: g.rows, merges: g.merges };
}

/** Merge vertical runs of equal, non-empty labels in one column (二级 runs stay inside their 一级 run). */
function mergeRuns(g: Grid, first: number, keys: readonly string[], col: number, sameParent: (i: number, j: number) => boolean): void {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    const cont = i < keys.length && keys[i] !== '' && keys[i] === keys[start] && sameParent(start, i);
    if (cont) {
      g.rows[first + i][col] = { ...g.rows[first + i][col], text: '' };
      continue;
    }
    if (keys[start] !== '') g.merge(first + start, col, first + i - 1, col);
    start = i;
  }
}
