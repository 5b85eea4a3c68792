/**
 * fast-check generators for the fuzz suite: workbooks built from the three table shapes
 * recognition knows (our template, the Hunan 部门整体 table pasted from Word, the national
 * 项目支出 table typed or pasted), shifted, with random extra rows/columns/merges/sheets, and with
 * cells replaced by every ugly value a real workbook holds.
 *
 * The shapes come from the recognition fixtures (labels of the real families, typed by hand from
 * the documents), so the generated tables are ones recognition finds.
 */
import fc from 'fast-check';
import { fromA1, toA1 } from '../../src/core/grid/a1';
import type { Cell, CellRange, CellValue, Sheet, Workbook } from '../../src/core/grid/types';
import { sheetFromValues } from '../../src/core/grid/types';
import { TEMPLATE_MERGES, TEMPLATE_SHEET, templateEntries } from '../core/recognition/template.fixture';
import { HUNAN_MERGES, HUNAN_LEVEL_MERGES, HUNAN_SHEET, hunanEntries } from '../core/recognition/hunan.fixture';
import { NATIONAL_SHEET, nationalEntries, nationalMerges, type NationalOptions } from '../core/recognition/national.fixture';

export type Entries = Record<string, CellValue | Cell>;

/** Every ugly value of the brief, as a cell (error cells, text, numbers, formula cells). */
export const UGLY_VALUES: readonly (CellValue | Cell)[] = [
  { error: '#DIV/0!' },
  { error: '#REF!' },
  { error: '#N/A' },
  { error: '#VALUE!' },
  '#DIV/0!',
  '#REF!',
  null,
  '',
  '   ',
  '—',
  '/',
  '-',
  '不适用',
  '１２３',
  '1,186.96',
  '99.94%',
  '9.8分',
  '962.34万元',
  '一百',
  '十',
  1e300,
  -1e300,
  1e-300,
  -5,
  -0.01,
  '-12.5',
  '(12.30)',
  0,
  '0',
  0.005,
  10.005,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e5',
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '=SUM(A1)',
  '+1',
  '@x',
  'x'.repeat(10_000),
  '<script>alert(1)</script>',
  true,
  false,
  { value: 5, formula: 'SUM(A1)' },
  { value: { error: '#DIV/0!' }, formula: 'E4/D4' },
  { value: null, formula: 'E4/D4' },
  { value: 0.5, numFmt: '0.00%' },
  { value: 9.94, numFmt: '#,##0.000' },
  { value: 1186.96, numFmt: '#,##0.00"万元"' },
  { value: '12', numFmt: '@' },
];

export interface Shape {
  readonly layout: 'template' | 'hunan' | 'national';
  readonly sheet: string;
  readonly entries: Entries;
  readonly merges: readonly string[];
  /** Merges recognition copes without (vertical 一级/二级 merges lost in a paste). */
  readonly droppable: readonly string[];
}

const NATIONAL_VARIANTS: readonly NationalOptions[] = [
  {},
  { pasted: true },
  { letters: 'adjusted' },
  { letters: 'initial', methodColumn: true },
  { pasted: true, letters: 'adjusted', methodColumn: true },
];

export function shapeOf(layout: Shape['layout'], variant: number): Shape {
  if (layout === 'template') {
    const unit = variant % 3 === 0 ? '元' : '万元';
    const level = TEMPLATE_MERGES.filter((m) => /^[AB](1[6-9]|2[0-5]):/.test(m));
    return { layout, sheet: TEMPLATE_SHEET, entries: templateEntries(unit), merges: TEMPLATE_MERGES, droppable: level };
  }
  if (layout === 'hunan') return { layout, sheet: HUNAN_SHEET, entries: hunanEntries(), merges: HUNAN_MERGES, droppable: HUNAN_LEVEL_MERGES };
  const opts = NATIONAL_VARIANTS[variant % NATIONAL_VARIANTS.length];
  const merges = nationalMerges(opts);
  return { layout, sheet: NATIONAL_SHEET, entries: nationalEntries(opts), merges, droppable: merges.filter((m) => /^B1[3-8]:/.test(m)) };
}

/** A cell key is "numeric-ish" (an amount, rate, weight, score, or a blank output cell). */
function numericIsh(v: CellValue | Cell): boolean {
  if (v === null || typeof v === 'number') return true;
  if (typeof v === 'object' && 'value' in v) return true;
  return typeof v === 'string' && /^[\s\d.,%％０-９—/-]*$/.test(v);
}

/** One mutation of the table. `pick` indexes are reduced modulo the candidate list. */
export type Mutation =
  | { readonly kind: 'ugly'; readonly pick: number; readonly value: number }
  | { readonly kind: 'anyCell'; readonly pick: number; readonly value: number }
  | { readonly kind: 'embedded'; readonly pick: number; readonly value: number }
  | { readonly kind: 'number'; readonly pick: number; readonly n: number; readonly asText: boolean };

export interface Layout {
  readonly layout: Shape['layout'];
  readonly variant: number;
  readonly dr: number;
  readonly dc: number;
  readonly mutations: readonly Mutation[];
  readonly dropMerges: readonly number[];
  /** Extra merges placed right of / below the table, as [row, col, height, width] (relative). */
  readonly extraMerges: ReadonlyArray<readonly [number, number, number, number]>;
  /** Rows inserted inside the table before these (0-based, modulo the table height): blank or a note. */
  readonly insertRows: ReadonlyArray<readonly [number, boolean]>;
  /** Junk rows appended below the table: values per column. */
  readonly tailRows: ReadonlyArray<ReadonlyArray<number>>;
  readonly junkSheet: boolean;
  readonly mergesUnknown: boolean;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('ugly' as const), pick: fc.nat(), value: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('anyCell' as const), pick: fc.nat(), value: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('embedded' as const), pick: fc.nat(), value: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('number' as const),
      pick: fc.nat(),
      n: fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 0.005, 99.995, 1e15)),
      asText: fc.boolean(),
    }),
  },
);

export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  layout: fc.constantFrom('template' as const, 'hunan' as const, 'national' as const),
  variant: fc.nat({ max: 14 }),
  dr: fc.nat({ max: 4 }),
  dc: fc.nat({ max: 3 }),
  mutations: fc.array(mutation, { minLength: 0, maxLength: 8 }),
  dropMerges: fc.array(fc.nat(), { maxLength: 3 }),
  extraMerges: fc.array(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 5 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })), { maxLength: 3 }),
  insertRows: fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 2 }),
  tailRows: fc.array(fc.array(fc.nat(), { maxLength: 6 }), { maxLength: 4 }),
  junkSheet: fc.boolean(),
  mergesUnknown: fc.boolean(),
});

const EMBEDDED_UGLY = ['一百', '—', '#REF!', '1,186.96', '-5', 'NaN', '１２３'];

/** Apply a layout: the sheets of the workbook, deterministic in the layout. */
export function buildWorkbook(l: Layout): Workbook {
  const shape = shapeOf(l.layout, l.variant);
  const entries: Entries = { ...shape.entries };
  const keys = Object.keys(entries).sort();
  const numericKeys = keys.filter((k) => numericIsh(entries[k]));
  const embeddedKeys = keys.filter((k) => typeof entries[k] === 'string' && /[：:]\s*\d/.test(entries[k] as string));
  let maxRow = 0;
  let maxCol = 0;
  for (const k of keys) {
    const p = fromA1(k);
    maxRow = Math.max(maxRow, p.row);
    maxCol = Math.max(maxCol, p.col);
  }
  for (const m of l.mutations) {
    if (m.kind === 'ugly' && numericKeys.length > 0) entries[numericKeys[m.pick % numericKeys.length]] = UGLY_VALUES[m.value % UGLY_VALUES.length];
    else if (m.kind === 'anyCell') {
      const r = m.pick % (maxRow + 1);
      const c = Math.floor(m.pick / (maxRow + 1)) % (maxCol + 1);
      entries[toA1(r, c)] = UGLY_VALUES[m.value % UGLY_VALUES.length];
    } else if (m.kind === 'embedded' && embeddedKeys.length > 0) {
      const k = embeddedKeys[m.pick % embeddedKeys.length];
      const text = entries[k];
      if (typeof text === 'string') entries[k] = text.replace(/(\d[\d.,]*)\s*$/, EMBEDDED_UGLY[m.value % EMBEDDED_UGLY.length]);
    } else if (m.kind === 'number' && numericKeys.length > 0) {
      const k = numericKeys[m.pick % numericKeys.length];
      entries[k] = m.asText ? String(m.n) : m.n;
    }
  }
  let merges = shape.merges.filter((m) => !l.dropMerges.some((d) => shape.droppable.length > 0 && shape.droppable[d % shape.droppable.length] === m));
  for (const [at, note] of l.insertRows ?? []) {
    const k = 1 + (at % maxRow); // never above the first row
    const moved: Entries = {};
    for (const [a1, v] of Object.entries(entries)) {
      const p = fromA1(a1);
      moved[toA1(p.row >= k ? p.row + 1 : p.row, p.col)] = v;
    }
    if (note) moved[toA1(k, 0)] = '注：本行为插入的说明';
    for (const key of Object.keys(entries)) delete entries[key];
    Object.assign(entries, moved);
    merges = merges.map((m) => {
      const [a, b] = m.split(':').map(fromA1);
      const top = a.row >= k ? a.row + 1 : a.row;
      const bottom = b.row >= k ? b.row + 1 : b.row;
      return `${toA1(top, a.col)}:${toA1(bottom, b.col)}`;
    });
    maxRow += 1;
  }
  const rows = maxRow + 1 + l.dr + l.tailRows.length + 1;
  const cols = maxCol + 1 + l.dc + 6;
  const grid: Array<Array<CellValue | Cell>> = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
  for (const [k, v] of Object.entries(entries)) {
    const p = fromA1(k);
    grid[p.row + l.dr][p.col + l.dc] = v;
  }
  l.tailRows.forEach((vals, i) => {
    vals.forEach((v, c) => {
      grid[maxRow + 2 + l.dr + i][c + l.dc] = UGLY_VALUES[v % UGLY_VALUES.length] as CellValue | Cell;
    });
  });
  const shifted: CellRange[] = merges.map((m) => {
    const [a, b] = m.split(':');
    const p = fromA1(a);
    const q = fromA1(b);
    return { top: p.row + l.dr, left: p.col + l.dc, bottom: q.row + l.dr, right: q.col + l.dc };
  });
  // Extra merges in the free area right of the table (never overlapping it).
  for (const [r, c, h, w] of l.extraMerges) {
    const left = maxCol + l.dc + 2 + c;
    const top = l.dr + r;
    if (left + w - 1 >= cols) continue;
    const box = { top, left, bottom: top + h - 1, right: left + w - 1 };
    if (!shifted.some((s) => s.top <= box.bottom && box.top <= s.bottom && s.left <= box.right && box.left <= s.right)) shifted.push(box);
  }
  const sheet: Sheet = sheetFromValues(shape.sheet, grid, l.mergesUnknown ? [] : shifted);
  const sheets: Sheet[] = [l.mergesUnknown ? { ...sheet, mergesUnknown: true } : sheet];
  if (l.junkSheet) {
    sheets.push(sheetFromValues('Sheet2', [['随便写的', 1, '#REF!'], [{ error: '#DIV/0!' }, '一百', '<script>alert(1)</script>'], ['得分', '分值', '执行率']]));
  }
  return { sheets };
}

/** Where the workbook came from, for failure messages. */
export function describeLayout(l: Layout): string {
  return JSON.stringify(l, (_k, v) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length})` : v));
}
