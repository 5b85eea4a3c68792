/**
 * Parsing of 年度指标值 (target) and 实际完成值 (actual) text, RULES §3 "Direction and operators".
 * Values stay in the unit shown (a percentage 90% is value 90 with unit '%'): the score formulas
 * only use ratios of target and actual, so the unit scale cancels out.
 *
 * Operators follow 民法典 第1259条 (以上、以下、以内 include the number; 不满、超过 do not); strict and
 * inclusive operators score alike, so only the direction is kept.
 */
import { Dec } from '../money/decimal';
import { formatIsPercent } from '../money/parse';
import { toHalfWidth, stripSpaces } from '../grid/text';
import type { CellValue } from '../grid/types';
import { normalizeUnit, unitAtStart } from './target-units';

export type Direction = 'positive' | 'reverse';

/** How the direction was found: an operator symbol/word, the 指标性质 column, or inferred. */
export type DirectionSource = 'operator' | 'nature' | 'inferred';

export interface Quantity {
  /** The number as shown, in `unit` (90% → 90). */
  readonly value: Dec;
  /** Normalised unit ('%' for 百分比), '' when none. */
  readonly unit: string;
}

export type ParsedTarget =
  | { readonly kind: 'blank' }
  /** No number at all (`在规定范围内`, `按时完成`): qualitative. */
  | { readonly kind: 'text' }
  /** A date/deadline (`12月底前`): qualitative. */
  | { readonly kind: 'date' }
  /** Several numbers or a range (`90%-100%`): not computable. */
  | { readonly kind: 'ambiguous' }
  | {
      readonly kind: 'quantity';
      readonly quantity: Quantity;
      /** Direction stated by an operator; undefined for a bare number. */
      readonly direction?: Direction;
      /** `=` (or 等于): positive for a target > 0, the zero rule for 0. */
      readonly equals: boolean;
    };

export type ParsedActual =
  | { readonly kind: 'blank' }
  /** A statement without a number (`达成预期指标`). */
  | { readonly kind: 'text' }
  | { readonly kind: 'date' }
  | { readonly kind: 'ambiguous' }
  | { readonly kind: 'quantity'; readonly quantity: Quantity };

interface Token {
  readonly value: Dec;
  readonly start: number;
  readonly end: number;
}

const NUMBER_RE = /\d+(?:,\d{3})*(?:\.\d+)?/g;
/** A number followed by 年/月/日/号 is a date part (`12月底前`, `2024年`), unless it is a span (`15日内`). Sticky: tested at the number's end. */
const DATE_SUFFIX_RE = /(年|月|日|号)(?!以内|内|之内)/uy;

const POSITIVE_PREFIXES = ['大于等于', '不低于', '不少于', '不小于', '不短于', '达到', '超过', '高于', '多于', '大于', '≥', '>=', '>', '达'];
const REVERSE_PREFIXES = ['小于等于', '不超过', '不高于', '不大于', '不多于', '不长于', '控制在', '小于', '低于', '少于', '不满', '≤', '<=', '<'];
const EQUAL_PREFIXES = ['等于', '=='];
const POSITIVE_SUFFIXES = ['及以上', '以上'];
const REVERSE_SUFFIXES = ['及以下', '以下', '以内', '之内', '内'];

/** Half-width, no spaces, thousands separators kept for the number regex. */
function canonical(text: string): string {
  const t = stripSpaces(toHalfWidth(text));
  if (!/[≧≦＝]/.test(t)) return t;
  return t.replace(/[≧]/g, '≥').replace(/[≦]/g, '≤').replace(/[＝]/g, '=');
}

function numberTokens(t: string): { tokens: Token[]; dateParts: number } {
  const tokens: Token[] = [];
  let dateParts = 0;
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(t); m !== null; m = NUMBER_RE.exec(t)) {
    const start = m.index;
    const text = m[0];
    const end = start + text.length;
    DATE_SUFFIX_RE.lastIndex = end;
    if (DATE_SUFFIX_RE.test(t) || (start > 0 && t.charCodeAt(start - 1) === 0x7b2c /* 第 */)) {
      dateParts += 1;
      continue;
    }
    tokens.push({ value: new Dec(text.includes(',') ? text.replace(/,/g, '') : text), start, end });
  }
  return { tokens, dateParts };
}

/** Unit right after the number: `%`, `百分比`, or a known unit; '' when none. */
function unitAfter(t: string, end: number): { unit: string; rest: string } {
  const after = t.slice(end);
  const u = unitAtStart(after);
  return { unit: normalizeUnit(u), rest: after.slice(u.length) };
}

/** The number part of a text, shared by target and actual. */
function quantityOf(t: string): { kind: 'blank' | 'text' | 'date' | 'ambiguous' } | { kind: 'quantity'; token: Token; unit: string; rest: string; before: string } {
  if (t === '') return { kind: 'blank' };
  const { tokens, dateParts } = numberTokens(t);
  if (tokens.length === 0) return { kind: dateParts > 0 ? 'date' : 'text' };
  if (tokens.length > 1) return { kind: 'ambiguous' };
  const token = tokens[0];
  const { unit, rest } = unitAfter(t, token.end);
  let before = t.slice(0, token.start);
  // A sign written before the number: only `-5` directly after an operator or at the start.
  if (before.endsWith('-') && !/\d$/.test(before.slice(0, -1))) {
    before = before.slice(0, -1);
    return { kind: 'quantity', token: { ...token, value: token.value.negated() }, unit, rest, before };
  }
  return { kind: 'quantity', token, unit, rest, before };
}

/** Every prefix operator, longest first, so `不低于` is not read as `低于`. */
const PREFIXES: ReadonlyArray<{ readonly text: string; readonly direction?: Direction }> = [
  ...POSITIVE_PREFIXES.map((text) => ({ text, direction: 'positive' as const })),
  ...REVERSE_PREFIXES.map((text) => ({ text, direction: 'reverse' as const })),
  ...EQUAL_PREFIXES.map((text) => ({ text })),
  { text: '=' },
].sort((a, b) => b.text.length - a.text.length);

function directionFromPrefix(before: string): { direction?: Direction; equals: boolean } {
  for (const p of PREFIXES) {
    if (before.endsWith(p.text)) return p.direction ? { direction: p.direction, equals: false } : { equals: true };
  }
  return { equals: false };
}

function directionFromSuffix(rest: string): Direction | undefined {
  for (const s of POSITIVE_SUFFIXES) if (rest.startsWith(s)) return 'positive';
  for (const s of REVERSE_SUFFIXES) if (rest.startsWith(s)) return 'reverse';
  return undefined;
}

/** The text of a target/actual cell; a number cell formatted as percent reads as its percentage. */
export function cellQuantityText(raw: CellValue, text: string, numFmt?: string): string {
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    const d = new Dec(String(raw));
    return formatIsPercent(numFmt) ? d.times(100).toString() + '%' : d.toString();
  }
  return text;
}

/**
 * Parse a 年度指标值: `≥50个`, `≤90万元`, `=100%`, `100%`, `90%以上`, `不低于95%`, `3天以内`,
 * `≥100百分比`, `=0起`, `完善工作机制，群众满意度评价达到 90% 以上`. A prefix operator wins over a
 * suffix word. Non-numeric (`在规定范围内`) → text; `12月底前` → date.
 */
export function parseTarget(text: string): ParsedTarget {
  const cached = targets.get(text);
  if (cached !== undefined) return cached;
  return remember(targets, text, parseTargetText(text));
}

function parseTargetText(text: string): ParsedTarget {
  const q = quantityOf(canonical(text));
  if (q.kind !== 'quantity') return { kind: q.kind };
  const prefix = directionFromPrefix(q.before);
  const direction = prefix.direction ?? (prefix.equals ? undefined : directionFromSuffix(q.rest));
  return { kind: 'quantity', quantity: { value: q.token.value, unit: q.unit }, direction, equals: prefix.equals };
}

/**
 * Bounded memos of parsed targets and actuals: the same texts (`≥95%`, `100%`, `按时完成`) recur
 * on many rows and sheets. The results are immutable (Decimals included), so sharing is safe.
 */
const targets = new Map<string, ParsedTarget>();
const actuals = new Map<string, ParsedActual>();
const MEMO_LIMIT = 4096;
const MEMO_MAX_LENGTH = 64;

function remember<T>(memo: Map<string, T>, text: string, parsed: T): T {
  if (text.length <= MEMO_MAX_LENGTH) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, parsed);
  }
  return parsed;
}

/** Parse a 实际完成值: `50`, `52个`, `98.5%`; `达成预期指标` → text. Operator words are ignored. */
export function parseActual(text: string): ParsedActual {
  const cached = actuals.get(text);
  if (cached !== undefined) return cached;
  return remember(actuals, text, parseActualText(text));
}

function parseActualText(text: string): ParsedActual {
  const q = quantityOf(canonical(text));
  if (q.kind !== 'quantity') return { kind: q.kind };
  return { kind: 'quantity', quantity: { value: q.token.value, unit: q.unit } };
}

/**
 * The 指标性质 column (Sichuan: =, ≥, ≤; Chongqing: 定量/定性). Returns the direction it states,
 * `equals` for `=`, `qualitative` for 定性, or nothing.
 */
export function parseNature(text: string | undefined): Nature {
  if (text === undefined) return NO_NATURE;
  const t = canonical(text);
  if (t === '') return NO_NATURE;
  if (/^(≥|>=|>|大于等于|大于|不低于|不少于|正向)/u.test(t)) return POSITIVE_NATURE;
  if (/^(≤|<=|<|小于等于|小于|不高于|不超过|反向)/u.test(t)) return REVERSE_NATURE;
  if (/^(=|等于)/u.test(t)) return EQUALS_NATURE;
  if (t.startsWith('定性')) return QUALITATIVE_NATURE;
  return NO_NATURE;
}

/** What the 指标性质 column states (parseNature). */
export interface Nature {
  readonly direction?: Direction;
  readonly equals?: boolean;
  readonly qualitative?: boolean;
}

// The five answers, shared (read-only): parseNature runs for every indicator row.
const NO_NATURE: Nature = Object.freeze({});
const POSITIVE_NATURE: Nature = Object.freeze({ direction: 'positive' });
const REVERSE_NATURE: Nature = Object.freeze({ direction: 'reverse' });
const EQUALS_NATURE: Nature = Object.freeze({ equals: true });
const QUALITATIVE_NATURE: Nature = Object.freeze({ qualitative: true });
