/** SheetLayout.hidden in the WPS host: Worksheet.Visible = xlSheetHidden (0), the user's sheet stays active. */
import { createWpsHost } from '../../../src/hosts/wps';
import type { WpsApplication } from '../../../src/hosts/wps';
import { HostError } from '../../../src/hosts/ports';
import type { SheetLayout } from '../../../src/core/grid/layout';
import { FakeWpsApplication } from './fake-wps';

const asApp = (fake: FakeWpsApplication) => fake as unknown as WpsApplication;
const settings = (hidden?: boolean): SheetLayout => ({
  name: '_jixiao_mapping',
  cells: [{ row: 0, col: 0, value: 'jixiao-mapping' }, { row: 0, col: 1, value: 'v1' }],
  merges: [],
  columnWidths: [10, 10],
  ...(hidden === undefined ? {} : { hidden }),
});
const book = () => new FakeWpsApplication([{ name: '自评表', rows: [['得分'], [9.5]] }, { name: '说明', rows: [['x']] }]);

describe('WPS host: hidden sheets', () => {
  it('adds the sheet, hides it (Visible = 0) and returns to the sheet the user was on', async () => {
    const fake = book();
    fake.book.activeSheetIndex = 1;
    await createWpsHost(asApp(fake)).writeSheet(settings(true), { activate: true });
    const s = fake.book.sheet('_jixiao_mapping');
    expect(s.valueAt('A1')).toBe('jixiao-mapping');
    expect(s.visibility).toBe(0);
    expect(fake.book.activeSheet.name).toBe('说明');
  });

  it.each([
    ['absent', undefined],
    ['false', false],
  ])('hidden %s: Visible is never set', async (_n, hidden) => {
    const fake = book();
    fake.traceOn = true;
    await createWpsHost(asApp(fake)).writeSheet(settings(hidden));
    expect(fake.book.sheet('_jixiao_mapping').visibility).toBe(-1);
    expect(fake.trace.some((c) => c.startsWith('Worksheet.Visible='))).toBe(false);
  });

  it('a failure to hide is a HostError in Chinese saying the sheet was written', async () => {
    const fake = new FakeWpsApplication([{ name: '_jixiao_mapping', rows: [['old']] }]);
    const err = await createWpsHost(asApp(fake)).writeSheet(settings(true)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as Error).message).toContain('工作表“_jixiao_mapping”已写入，但无法隐藏');
    expect(fake.book.sheet('_jixiao_mapping').valueAt('A1')).toBe('jixiao-mapping');
  });
});
