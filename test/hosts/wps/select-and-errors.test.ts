import { createWpsHost } from '../../../src/hosts/wps';
import type { WpsApplication } from '../../../src/hosts/wps';
import { HostError } from '../../../src/hosts/ports';
import { FakeWpsApplication } from './fake-wps';
import { bodyTable } from './fixtures';

const asApp = (fake: FakeWpsApplication) => fake as unknown as WpsApplication;

describe('WPS host: selectCell', () => {
  it.each([
    ['G5', 'G5'],
    ['$G$5', 'G5'],
    ['A7', 'A3:A12'], // inside the merged 一级 column: the host selects the merged area
  ])('selects %s on a sheet that was not active (→ %s)', async (address, selection) => {
    const fake = new FakeWpsApplication([{ name: '说明' }, bodyTable(10)]);
    expect(fake.book.activeSheet.name).toBe('说明');
    await createWpsHost(asApp(fake)).selectCell('自评表', address);
    expect(fake.book.activeSheet.name).toBe('自评表');
    expect(fake.book.sheet('自评表').selection).toBe(selection);
  });

  it('an address that is not A1 is a HostError, and nothing is touched', async () => {
    const fake = new FakeWpsApplication([bodyTable(2)]);
    fake.calls = 0;
    await expect(createWpsHost(asApp(fake)).selectCell('自评表', 'R1C1')).rejects.toThrow('“R1C1”不是单元格地址');
    expect(fake.calls).toBe(0);
  });

  it('a missing sheet', async () => {
    const fake = new FakeWpsApplication([bodyTable(2)]);
    await expect(createWpsHost(asApp(fake)).selectCell('检查结果', 'A1')).rejects.toThrow('找不到工作表“检查结果”');
  });

  it('a host failure keeps its cause', async () => {
    const fake = new FakeWpsApplication([bodyTable(2)]);
    fake.failOn({ op: 'Range.Select()', message: 'RPC_E_CALL_REJECTED' });
    const error = await createWpsHost(asApp(fake)).selectCell('自评表', 'B3').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as Error).message).toBe('无法选中 自评表!B3（WPS：RPC_E_CALL_REJECTED）');
    expect(((error as HostError).cause as Error).message).toBe('RPC_E_CALL_REJECTED');
  });
});

describe('WPS host: no workbook open', () => {
  const fake = new FakeWpsApplication();
  const host = createWpsHost(asApp(fake));
  it.each([
    ['readWorkbook', () => host.readWorkbook()],
    ['applyWrites', () => host.applyWrites([{ sheet: 'S', row: 0, col: 0, address: 'A1', kind: 'grade', old: null, value: '优' }])],
    ['writeSheet', () => host.writeSheet({ name: 'S', cells: [], merges: [], columnWidths: [] })],
    ['selectCell', () => host.selectCell('S', 'A1')],
  ])('%s rejects with a HostError', async (_name, run) => {
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as Error).message).toBe('没有打开的工作簿：请先在 WPS 表格中打开自评表');
  });
});

describe('WPS host: read failures', () => {
  it.each(['Worksheet.UsedRange', 'Range.Value2', 'Range.MergeCells'])('a failing %s names the sheet and keeps the cause', async (op) => {
    const fake = new FakeWpsApplication([bodyTable(3)]);
    fake.failOn({ op, message: '0x800706BA' });
    const error = await createWpsHost(asApp(fake)).readWorkbook().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as Error).message).toBe('读取工作表“自评表”失败（WPS：0x800706BA）');
    expect(((error as HostError).cause as Error).message).toBe('0x800706BA');
  });

  it('a failing sheet list', async () => {
    const fake = new FakeWpsApplication([bodyTable(3)]);
    fake.failOn({ op: 'Worksheets.Count' });
    await expect(createWpsHost(asApp(fake)).readWorkbook()).rejects.toThrow('读取工作表列表失败');
  });
});
