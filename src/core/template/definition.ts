/**
 * The jixiao template of docs/TEMPLATE.md as one declarative definition: three SheetLayouts
 * (自评表, 基本情况, 收支明细). The CLI renders it with exceljs (src/cli/exceljs-layout.ts); the
 * task pane renders the same layouts with range writes. Input cells (light yellow, unlocked) and
 * output cells (light green, locked) are told apart by their named style.
 */
import type { CellStyleName, SheetLayout } from '../grid/layout';
import { toA1 } from '../grid/a1';
import { evaluationSheetLayout } from './evaluation-sheet';
import { basicInfoSheetLayout } from './basic-info-sheet';
import { spendingDetailSheetLayout } from './spending-detail-sheet';
import { TEMPLATE_SHEET_NAMES } from './cells';

export { TEMPLATE_SHEET_NAMES } from './cells';

/** The template's sheets, in workbook order: 自评表, 基本情况, 收支明细. */
export function templateLayouts(): SheetLayout[] {
  return [evaluationSheetLayout(), basicInfoSheetLayout(), spendingDetailSheetLayout()];
}

const INPUT_STYLES: ReadonlySet<CellStyleName> = new Set<CellStyleName>(['input', 'inputNumber']);
const OUTPUT_STYLES: ReadonlySet<CellStyleName> = new Set<CellStyleName>(['output', 'outputPercent']);

/** True for cells covered by a merge but not its top-left cell (they hold no value). */
function isMergeFollower(layout: SheetLayout, row: number, col: number): boolean {
  return layout.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
}

function addressesWithStyle(layout: SheetLayout, styles: ReadonlySet<CellStyleName>): string[] {
  return layout.cells
    .filter((c) => c.style !== undefined && styles.has(c.style) && !isMergeFollower(layout, c.row, c.col))
    .map((c) => toA1(c.row, c.col));
}

function layoutNamed(sheet: string): SheetLayout | undefined {
  return templateLayouts().find((l) => l.name === sheet);
}

/**
 * Output cells of 自评表 as A1 addresses, row by row: 执行率 G4–G12, 资金得分 H4, 占比 I5–I12,
 * indicator 得分 G16–G25, 总分 G26, 等级 G27 (RULES §6 "Output cells").
 */
export function templateOutputCells(): string[] {
  return addressesWithStyle(layoutNamed(TEMPLATE_SHEET_NAMES.evaluation)!, OUTPUT_STYLES);
}

/** Input cells (top-left of merged inputs) of one template sheet, default 自评表; [] for an unknown sheet. */
export function templateInputCells(sheet: string = TEMPLATE_SHEET_NAMES.evaluation): string[] {
  const layout = layoutNamed(sheet);
  return layout ? addressesWithStyle(layout, INPUT_STYLES) : [];
}
