/**
 * Issue #5's bar: every corpus layout, as published and as a variant with columns permuted and
 * labels reworded within their family, is recognised — each table's range and every column's
 * role match the expected model built from the layout's description.
 */
import { columnLetters, rangeToA1 } from '../../../../src/core/grid/a1';
import { recogniseWorkbook } from '../../../../src/core/recognition';
import type { BlockMapping } from '../../../../src/core/mapping/types';
import type { ExpectedBlock, ExpectedTable, Variant } from './builder';
import { CORPUS } from './layouts';

const VARIANTS: ReadonlyArray<readonly [string, Variant]> = [
  ['as published', { permute: false, reword: false }],
  ['columns permuted, labels reworded', { permute: true, reword: true }],
];

function rolesOf(block: BlockMapping | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of block?.columns ?? []) if (c.role !== 'ignore' && c.role !== 'serial') out[c.role] = columnLetters(c.col);
  return out;
}

function actualTable(result: ReturnType<typeof recogniseWorkbook>, i: number): ExpectedTable {
  const t = result.tables[i];
  const m = result.mappings![i];
  const block = (kind: 'funds' | 'indicators', range: Parameters<typeof rangeToA1>[0] | undefined, rows: number | undefined): ExpectedBlock | undefined =>
    range ? { range: rangeToA1(range), roles: rolesOf(m.blocks.find((b) => b.kind === kind)), rows: rows ?? 0 } : undefined;
  const funds = block('funds', t.funds?.range, t.funds?.rows.length);
  const indicators = block('indicators', t.indicators?.range, t.indicators?.rows.length);
  return {
    sheet: t.sheet,
    range: rangeToA1(t.range),
    ...(funds ? { funds } : {}),
    ...(indicators ? { indicators } : {}),
    ...(t.funds?.unit === 'yuan' ? { unit: 'yuan' as const } : {}),
  };
}

describe.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, corpusCase) => {
  it.each(VARIANTS)('%s', (_v, variant) => {
    const { sheets, expected, notes } = corpusCase.build(variant);
    const result = recogniseWorkbook({ sheets });
    expect(result.tables.map((_, i) => actualTable(result, i))).toEqual(expected);
    expect(result.notes.map((n) => n.message)).toEqual(notes ?? []);
    // The indicator block's columns are the mapping's indicator roles.
    result.tables.forEach((t, i) => {
      const m = result.mappings![i].blocks.find((b) => b.kind === 'indicators');
      if (t.indicators) expect(Object.fromEntries(Object.entries(t.indicators.columns).map(([r, c]) => [r, columnLetters(c!)]))).toEqual(rolesOf(m));
    });
  });
});

it('the corpus has at least 12 layouts', () => expect(CORPUS.length).toBeGreaterThanOrEqual(12));
