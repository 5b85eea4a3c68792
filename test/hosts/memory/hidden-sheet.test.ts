/**
 * SheetLayout.hidden in the memory host, what is its own: the preview's refusals and the active
 * sheet moving off a sheet being hidden. Written hidden, still read, never activated, rewriting
 * keeps it hidden: the host port's contract (test/hosts/contract).
 */
import { createMemoryHost } from '../../../src/hosts/memory';
import { sheetFromValues } from '../../../src/core/grid/types';
import type { SheetLayout } from '../../../src/core/grid/layout';

const settings = (value: string, hidden: boolean | undefined): SheetLayout => ({
  name: '_jixiao_mapping',
  cells: [{ row: 0, col: 0, value }],
  merges: [],
  columnWidths: [10],
  ...(hidden === undefined ? {} : { hidden }),
});
const host = () => createMemoryHost({ sheets: [sheetFromValues('自评表', [['得分'], [9.5]]), sheetFromValues('说明', [['x']])] });

describe('memory host: hidden sheets', () => {
  test('activate is ignored for a hidden layout; activateSheet and selectCell refuse it in Chinese', async () => {
    const h = host();
    await h.writeSheet(settings('v1', true), { activate: true });
    expect(h.view().activeSheet).toBe('自评表');
    expect(h.view().selection).toBeUndefined();
    expect(() => h.activateSheet('_jixiao_mapping')).toThrow('工作表“_jixiao_mapping”已隐藏，无法选中');
    await expect(h.selectCell('_jixiao_mapping', 'A1')).rejects.toThrow('已隐藏');
  });

  test('hiding the active sheet makes the first visible sheet active', async () => {
    const h = host();
    await h.writeSheet(settings('visible first', undefined), { activate: true });
    expect(h.view().activeSheet).toBe('_jixiao_mapping');
    await h.writeSheet(settings('now hidden', true));
    expect(h.view().activeSheet).toBe('自评表');
    expect(h.view().hiddenSheets.has('_jixiao_mapping')).toBe(true);
  });
});
