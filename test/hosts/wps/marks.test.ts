/**
 * WPS marks: a cell's fill and comment read and written through the ET object model (Interior,
 * Comment/AddComment/ClearComments), so 标记到工作簿 / 清除标记 restore the template's fill and the
 * user's comment exactly as on Excel and the memory host.
 */
import { createWpsHost } from '../../../src/hosts/wps';
import type { WpsApplication } from '../../../src/hosts/wps';
import { bgrFromHex, hexFromBgr } from '../../../src/hosts/wps/marks';
import { FakeWpsApplication } from './fake-wps';
import { bodyTable } from './fixtures';

const asApp = (fake: FakeWpsApplication) => fake as unknown as WpsApplication;

describe('WPS host: readLooks / writeLooks', () => {
  test('BGR ↔ #RRGGBB by hand: #FFC7CE is R 255, G 199, B 206 → 255 + 199·256 + 206·65536', () => {
    expect(bgrFromHex('#FFC7CE')).toBe(255 + 199 * 256 + 206 * 65536);
    expect(hexFromBgr(255 + 199 * 256 + 206 * 65536)).toBe('#FFC7CE');
  });

  test('reads no fill and no comment, writes fill + comment, restores both (the user’s comment back)', async () => {
    const fake = new FakeWpsApplication([bodyTable(3)]);
    const host = createWpsHost(asApp(fake));
    const sheet = fake.book.sheet('自评表');
    sheet.comments.set('3,4', '我的批注'); // D3 (the fake's rows and columns are 1-based)
    const cells = [{ sheet: '自评表', address: 'G3' }, { sheet: '自评表', address: 'D3' }];
    const before = await host.readLooks(cells);
    expect(before).toEqual([
      { sheet: '自评表', address: 'G3', fill: null, note: null },
      { sheet: '自评表', address: 'D3', fill: null, note: '我的批注' },
    ]);
    const r = await host.writeLooks([
      { sheet: '自评表', address: 'G3', fill: '#FFC7CE', note: '执行率不符' },
      { sheet: '自评表', address: 'D3', fill: '#FFEB9C', note: '我的批注\n\n【绩效自评助手】\nx' },
    ]);
    expect(r).toEqual({ filled: 2, notesWritten: true });
    await expect(host.readLooks(cells)).resolves.toEqual([
      { sheet: '自评表', address: 'G3', fill: '#FFC7CE', note: '执行率不符' },
      { sheet: '自评表', address: 'D3', fill: '#FFEB9C', note: '我的批注\n\n【绩效自评助手】\nx' },
    ]);
    await host.writeLooks(before);
    await expect(host.readLooks(cells)).resolves.toEqual(before);
    expect(sheet.comments.get('3,4')).toBe('我的批注');
    expect(sheet.comments.has('3,7')).toBe(false);
  });

  test('a missing sheet is a HostError naming it, never a raw COM error', async () => {
    const host = createWpsHost(asApp(new FakeWpsApplication([bodyTable(1)])));
    await expect(host.readLooks([{ sheet: '无此表', address: 'A1' }])).rejects.toThrow('无此表');
  });
});
