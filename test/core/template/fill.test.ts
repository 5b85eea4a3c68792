import { fillLayout, LayoutFillError } from '../../../src/core/template/fill';
import { LayoutBuilder, LayoutDefinitionError } from '../../../src/core/template/layout-builder';
import { templateLayouts } from '../../../src/core/template/definition';
import { fromA1 } from '../../../src/core/grid/a1';

const valueAt = (layout: ReturnType<typeof templateLayouts>[number], a: string) => {
  const { row, col } = fromA1(a);
  return layout.cells.find((c) => c.row === row && c.col === col)?.value;
};

describe('fillLayout', () => {
  const [evaluation] = templateLayouts();

  it.each([
    ['C4', 649.24],
    ['C4', 0],
    ['C4', -12.5],
    ['D16', '≥50个'],
    ['B14', '任务1：…\n任务2：…'],
    ['G4', null],
  ])('writes %s = %p and keeps the style', (address, value) => {
    const filled = fillLayout(evaluation, { [address]: value });
    expect(valueAt(filled, address)).toBe(value);
    const { row, col } = fromA1(address);
    const before = evaluation.cells.find((c) => c.row === row && c.col === col)!;
    const after = filled.cells.find((c) => c.row === row && c.col === col)!;
    expect(after.style).toBe(before.style);
  });

  it('does not change the layout it was given', () => {
    fillLayout(evaluation, { C4: 1 });
    expect(valueAt(evaluation, 'C4')).toBeNull();
  });

  it.each([
    ['Z99', 'not a cell of the layout'],
    ['D14', 'inside a merged area'],
    ['I16', 'inside a merged area'],
  ])('rejects %s (%s)', (address, reason) => {
    expect(() => fillLayout(evaluation, { [address]: 1 })).toThrow(LayoutFillError);
    expect(() => fillLayout(evaluation, { [address]: 1 })).toThrow(reason);
  });

  it('accepts the top-left cell of a merged input', () => {
    expect(valueAt(fillLayout(evaluation, { H16: '原因' }), 'H16')).toBe('原因');
  });
});

describe('LayoutBuilder', () => {
  it('rejects a cell set twice and overlapping merges', () => {
    expect(() => new LayoutBuilder().set('A1', 1, 'label').set('A1', 2, 'label')).toThrow(LayoutDefinitionError);
    expect(() => new LayoutBuilder().set('A1:B2', 1, 'label').set('B2:C3', 2, 'label')).toThrow(LayoutDefinitionError);
  });

  it('builds cells row-major, with a merge styling all of its cells', () => {
    const l = new LayoutBuilder().set('B2', 'x', 'input').set('A1:B1', 't', 'title').build('s', [5, 6], { 0: 20 }, 'landscape');
    expect(l.cells.map((c) => [c.row, c.col, c.value, c.style])).toEqual([
      [0, 0, 't', 'title'],
      [0, 1, null, 'title'],
      [1, 1, 'x', 'input'],
    ]);
    expect(l.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(l.print).toEqual({ paper: 'A4', orientation: 'landscape', fitToWidth: true, centerHorizontally: true, printArea: { top: 0, left: 0, bottom: 1, right: 1 } });
  });
});
