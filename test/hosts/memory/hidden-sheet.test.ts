/**
 * SheetLayout.hidden in the memory host, what is its own: the preview refuses to activate or
 * select a hidden sheet. Written hidden, still read, never activated, rewriting keeps it hidden,
 * hiding the active sheet activates the first visible one: the host port's contract
 * (test/hosts/contract).
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
});
