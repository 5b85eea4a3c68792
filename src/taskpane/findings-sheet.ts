/**
 * 标记到工作簿: the 检查结果 sheet (one row per finding) and the cell marks (fill by severity, a
 * note listing the cell's findings). Pure functions of the findings.
 */
import type { Finding, Severity } from '../core/findings';
import { ruleTitle } from '../core/findings';
import type { LayoutCell, SheetLayout } from '../core/grid/layout';
import { PANE } from './phrases';
import type { CellMark } from '../hosts/ports';
export type { CellMark };

/** Fill colours of Excel's built-in 差/中性/好 styles family: error red, warning amber, info blue. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function findingsSheetLayout(findings: readonly Finding[]): SheetLayout {
  const t = PANE.findingsSheet;
  const cells: LayoutCell[] = [{ row: 0, col: 0, value: t.title, style: 'title' }];
  t.headers.forEach((h, col) => cells.push({ row: 1, col, value: h, style: 'header' }));
  if (findings.length === 0) cells.push({ row: 2, col: 0, value: t.none, style: 'text' });
  findings.forEach((f, i) => {
    const row = i + 2;
    const values = [i + 1, PANE.severity[f.severity], f.rule, ruleTitle(f.rule), f.sheet ?? f.file ?? '', f.cell ?? (f.paragraph !== undefined ? `第${f.paragraph}段` : ''), f.message];
    values.forEach((value, col) => cells.push({ row, col, value, style: 'label' }));
  });
  return {
    name: t.name,
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: t.headers.length - 1 }],
    columnWidths: [6, 6, 6, 22, 10, 8, 70],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true },
  };
}

/** One mark per cell: the most severe finding's colour, all its findings in the note. */
export function findingMarks(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  return [...byCell.values()].map((list) => {
    const worst = [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
    return {
      sheet: worst.sheet as string,
      address: worst.cell as string,
      color: SEVERITY_FILL[worst.severity],
      note: list.map((f) => `${ruleTitle(f.rule)}：${f.message}`).join('\n'),
    };
  });
}
