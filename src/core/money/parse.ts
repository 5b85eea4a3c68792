import { Dec } from './decimal';
import { isCellError, type CellValue } from '../grid/types';
import { toHalfWidth } from '../grid/text';

/** What a cell that should hold a number actually holds. */
export type ParsedNumber =
  | {
      readonly kind: 'number';
      /** The exact value. For a percentage this is the ratio: "99.94%" → 0.9994. */
      readonly value: Dec;
      /** Shown as a percentage (a `%` in the text or in the number format). */
      readonly percent: boolean;
      /** Decimals as shown (for rates: decimals of the percentage), used by the rate tolerance of RULES §4. */
      readonly decimals: number;
      /** A unit suffix typed in the cell or its number format. */
      readonly unit?: 'wan' | 'yuan';
      /** The number was typed as text (`'1397.90`, `1,186.96`, `１２３`). */
      readonly fromText: boolean;
    }
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'invalid';
      /** The text as shown, for the message `D12：“一百” 不是数字`. */
      readonly text: string;
      readonly reason: 'error' | 'text' | 'placeholder' | 'not-finite';
    };

/** Count of decimals a number format shows: '0.00%' → 2, '#,##0.000' → 3, 'General' → undefined. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt) return undefined;
  return formatFacts(numFmt).decimals;
}

export function formatIsPercent(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return formatFacts(numFmt).percent;
}

interface FormatFacts {
  readonly decimals: number | undefined;
  readonly percent: boolean;
}

/**
 * What a number format shows, once per format text: a workbook uses a handful of formats over
 * thousands of cells (every number cell read and every planned write asks). Bounded.
 */
const formats = new Map<string, FormatFacts>();

function formatFacts(numFmt: string): FormatFacts {
  let f = formats.get(numFmt);
  if (f === undefined) {
    f = { decimals: decimalsShown(numFmt), percent: /%/.test(numFmt.split(';')[0].replace(/"[^"]*"/g, '')) };
    if (formats.size >= 256) formats.clear();
    formats.set(numFmt, f);
  }
  return f;
}

function decimalsShown(numFmt: string): number | undefined {
  if (/general/i.test(numFmt)) return undefined;
  const first = numFmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '');
  const m = /0\.(0+)/.exec(first) ?? /#\.(#+)/.exec(first);
  if (m) return m[1].length;
  return /[0#]/.test(first) ? 0 : undefined;
}

function decimalsOf(s: string): number {
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

const PLACEHOLDERS = new Set(['无', '暂无', 'n/a', 'na', '不适用', '不涉及', '无此项', '没有', '略']);
/** Dash and slash runs the templates print for "not applicable": `—`, `——`, `－`, `--`, `–`, `―`, `/`, `\\`, `*`, `…`. */
const PLACEHOLDER_RUN = /^[-—–―─‐‑﹣_/\\*×~·…]+$/u;

/**
 * Parse a cell that must hold a number (amount, rate, weight, score), RULES §4 P01.
 * Accepts: numbers; text numbers with thousands separators (`1,186.96`), full-width digits
 * (`１２３`), a percent sign (`99.94%`), unit suffixes (`962.34万元`, `9.8分`, `50个`), currency
 * signs, accounting negatives `(12.30)`. Blank text → blank. Everything else is invalid and
 * must become a finding naming the cell — never a silent zero.
 */
export function parseNumber(value: CellValue | undefined, numFmt?: string): ParsedNumber {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (isCellError(value)) return { kind: 'invalid', text: value.error, reason: 'error' };
  if (typeof value === 'boolean') return { kind: 'invalid', text: value ? 'TRUE' : 'FALSE', reason: 'text' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid', text: String(value), reason: 'not-finite' };
    const percent = formatIsPercent(numFmt);
    const shown = formatDecimals(numFmt);
    // Number → Decimal through its shortest round-trip string (0.1 stays 0.1, not 0.1000000000000000055…).
    const d = new Dec(String(value));
    const natural = decimalsOf(percent ? d.times(100).toString() : d.toString());
    const unit = numFmt && /万元/.test(numFmt) ? 'wan' : numFmt && /(?<!万)元/.test(numFmt) ? 'yuan' : undefined;
    return { kind: 'number', value: d, percent, decimals: shown ?? natural, unit, fromText: false };
  }
  return parseNumericText(value);
}

/** The text branch of parseNumber, also used for values embedded in labels (`一般公共预算：962.34`). */
export function parseNumericText(raw: string): ParsedNumber {
  const shown = raw;
  let t = toHalfWidth(raw).replace(/[\s\u00a0\u200b\ufeff]+/g, '');
  if (t === '') return { kind: 'blank' };
  if (/^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(t)) return { kind: 'invalid', text: shown.trim(), reason: 'error' };
  if (PLACEHOLDERS.has(t.toLowerCase()) || PLACEHOLDER_RUN.test(t)) return { kind: 'invalid', text: shown.trim(), reason: 'placeholder' };
  t = t.replace(/^'/, '');
  let unit: 'wan' | 'yuan' | undefined;
  const unitMatch = /(万元|元|分|个|人|次|件|起|项|天|辆|户|家|篇|期)$/u.exec(t);
  if (unitMatch) {
    if (unitMatch[1] === '万元') unit = 'wan';
    else if (unitMatch[1] === '元') unit = 'yuan';
    t = t.slice(0, -unitMatch[1].length);
  }
  t = t.replace(/^[¥￥$]/, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1];
  }
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1);
  }
  // Thousands separators: only between groups of exactly three digits.
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return { kind: 'invalid', text: shown.trim(), reason: 'text' };
  let d = new Dec(t);
  if (negative) d = d.negated();
  const decimals = decimalsOf(t.replace(/^[+-]/, ''));
  if (percent) d = d.dividedBy(100);
  return { kind: 'number', value: d, percent, decimals, unit, fromText: true };
}
