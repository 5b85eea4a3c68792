import type { CellValue } from '../core/grid/types';
import { isCellError } from '../core/grid/types';
import type { Finding } from '../core/findings';
import { ruleTitle, SEVERITY_TITLE } from '../core/findings';
import type { CellWrite, WithheldWrite } from '../core/plan/write-plan';
import { PLAN_TEXT } from '../core/plan/phrases';
import { Dec } from '../core/money/decimal';
import { formatPercent, formatScore } from '../core/money/format';
import { CLI_TEXT } from './phrases';

/**
 * `<file> <sheet>!<cell> <严重程度> <rule> <规则名称>：<message>` (RULES §6, issue 12: a person reads
 * 错误/警告/提示 and the Chinese rule name; the code stays for filtering, `--json` keeps the English).
 * Report findings use `<draft>#<paragraph>`.
 */
export function findingLine(file: string, f: Finding): string {
  const where = f.cell ? `${f.sheet ?? ''}!${f.cell}` : f.paragraph !== undefined ? `${f.file ?? ''}#${f.paragraph}` : f.sheet ? `${f.sheet}!` : '-';
  return `${file} ${where} ${SEVERITY_TITLE[f.severity]} ${f.rule} ${ruleTitle(f.rule)}：${oneLine(f.message)}`;
}

export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function showValue(v: CellValue): string {
  if (v === null || v === '') return CLI_TEXT.blank;
  if (isCellError(v)) return v.error;
  if (typeof v === 'string') return `“${oneLine(v)}”`;
  return String(v);
}

/** The new value as the cell will display it ('0.00%' → 99.94%, '0.00' → 9.99). */
export function showNew(w: CellWrite): string {
  if (typeof w.value === 'string') return `“${w.value}”`;
  const d = new Dec(String(w.value));
  if (w.numFmt === '0.00%') return formatPercent(d);
  if (w.numFmt === '0.00') return formatScore(d);
  return d.toString();
}

/** `<sheet>!<cell>: <old> → <new>` (RULES §6). */
export function writeLine(w: CellWrite): string {
  return `${w.sheet}!${w.address}: ${showValue(w.old)} → ${showNew(w)}`;
}

export function summary(findings: readonly Finding[]): string {
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return CLI_TEXT.findingsSummary(n('error'), n('warning'), n('info'));
}

/** `<sheet>!<cell>（总分）未写入：<reason>` — a cell the plan deliberately leaves alone (issue 12 point 1). */
export function withheldLine(h: WithheldWrite): string {
  return PLAN_TEXT.withheldLine(`${h.sheet}!${h.address}`, h.what, h.reason);
}
