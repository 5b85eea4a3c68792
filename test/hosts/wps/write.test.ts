import { createWpsHost } from '../../../src/hosts/wps';
import type { WpsApplication } from '../../../src/hosts/wps';
import { HostError } from '../../../src/hosts/ports';
import type { CellWrite, OutputKind } from '../../../src/core/plan/write-plan';
import { FakeWpsApplication } from './fake-wps';
import { bodyTable } from './fixtures';

const asApp = (fake: FakeWpsApplication) => fake as unknown as WpsApplication;

function w(address: string, value: number | string, numFmt?: string, kind: OutputKind = 'executionRate', sheet = '自评表'): CellWrite {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return { sheet, row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65, address, kind, old: null, value, numFmt };
}

describe('WPS host: applyWrites', () => {
  it('writes values and number formats in rectangles', async () => {
    const fake = new FakeWpsApplication([bodyTable(4)]);
    fake.traceOn = true;
    await createWpsHost(asApp(fake)).applyWrites([
      w('G3', 0.95, '0.00%'),
      w('G4', 1, '0.00%'),
      w('G5', 0, '0.00%'),
      w('G6', 0.125, '0.00%'),
      w('F3', 9.5, '0.00', 'fundScore'),
      w('H6', '优', undefined, 'grade'),
    ]);
    const s = fake.book.sheet('自评表');
    expect(['G3', 'G4', 'G5', 'G6', 'F3', 'H6'].map((a) => s.valueAt(a))).toEqual([0.95, 1, 0, 0.125, 9.5, '优']);
    expect(['G3', 'G6', 'F3'].map((a) => s.cell(a)?.numberFormat)).toEqual(['0.00%', '0.00%', '0.00']);
    expect(s.cell('H6')?.numberFormat).toBeUndefined(); // text: format untouched
    expect(fake.trace.filter((t) => t.startsWith('Range.Value2='))).toEqual(['Range.Value2= 自评表!F3', 'Range.Value2= 自评表!G3:G6', 'Range.Value2= 自评表!H6']);
  });

  it('joins neighbouring columns with the same rows and format into one rectangle', async () => {
    const fake = new FakeWpsApplication([bodyTable(3)]);
    fake.traceOn = true;
    await createWpsHost(asApp(fake)).applyWrites([w('C3', 1, '0.00'), w('D3', 2, '0.00'), w('C4', 3, '0.00'), w('D4', 4, '0.00')]);
    expect(fake.trace.filter((t) => t.startsWith('Range.Value2='))).toEqual(['Range.Value2= 自评表!C3:D4']);
    expect(['C3', 'D3', 'C4', 'D4'].map((a) => fake.book.sheet('自评表').valueAt(a))).toEqual([1, 2, 3, 4]);
  });

  it('a format change splits a column run', async () => {
    const fake = new FakeWpsApplication([bodyTable(3)]);
    fake.traceOn = true;
    await createWpsHost(asApp(fake)).applyWrites([w('G3', 0.5, '0.00%'), w('G4', 7.25, '0.00')]);
    expect(fake.trace.filter((t) => t.startsWith('Range.NumberFormat='))).toEqual(['Range.NumberFormat= 自评表!G3', 'Range.NumberFormat= 自评表!G4']);
  });

  // Text WPS would turn into a number, or whose apostrophe it would eat, is written as text
  // (formula-looking text, = + - @: the host port's contract, test/hosts/contract).
  it.each(['001', '12.50', "'quoted"])('text %p stays text', async (text) => {
    const fake = new FakeWpsApplication([bodyTable(2)]);
    await createWpsHost(asApp(fake)).applyWrites([w('H3', text, undefined, 'grade')]);
    const cell = fake.book.sheet('自评表').cell('H3');
    expect(cell?.value).toBe(text);
    expect(cell?.formula).toBeUndefined();
  });

  it('an empty plan makes no host call', async () => {
    const fake = new FakeWpsApplication([bodyTable(2)]);
    fake.calls = 0;
    await createWpsHost(asApp(fake)).applyWrites([]);
    expect(fake.calls).toBe(0);
  });

  it('restores ScreenUpdating after writing', async () => {
    const fake = new FakeWpsApplication([bodyTable(2)]);
    await createWpsHost(asApp(fake)).applyWrites([w('G3', 1, '0.00%')]);
    expect(fake.ScreenUpdating).toBe(true);
  });
});

describe('WPS host: applyWrites failures', () => {
  // A refused plan writes nothing: the host port's contract. Here: WPS's words, and no host call.
  it('a refused plan says why in WPS’s words, before any host call', async () => {
    const fake = new FakeWpsApplication([bodyTable(2)]);
    const host = createWpsHost(asApp(fake));
    await expect(host.applyWrites([w('G3', 1, '0.00%'), w('A1', 1, '0.00', 'share', '没有这张表')])).rejects.toThrow('找不到工作表“没有这张表”');
    fake.calls = 0;
    await expect(host.applyWrites([w('G3', Number.NaN, '0.00%')])).rejects.toThrow('自评表!G3：要写入的值不是有限数字');
    await expect(host.applyWrites([{ ...w('G3', 1, '0.00%'), address: 'G4' }])).rejects.toThrow('自评表!G4：单元格地址与行列号不符或超出工作表范围');
    expect(fake.calls).toBe(0);
  });

  it('a failure part-way restores the rectangles already written', async () => {
    const fake = new FakeWpsApplication([bodyTable(3)]);
    fake.failOn({ op: 'Range.Value2=', target: 'I3:I5', message: 'E_FAIL' });
    const error = await createWpsHost(asApp(fake))
      .applyWrites([w('G3', 0.1, '0.00'), w('G4', 0.2, '0.00'), w('G5', 0.3, '0.00'), w('I3', 1, '0.00%'), w('I4', 1, '0.00%'), w('I5', 1, '0.00%')])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe('写入 自评表!I3:I5 失败，已撤销本次已写入的单元格（WPS：E_FAIL）');
    expect(((error as HostError).cause as Error).message).toBe('E_FAIL');
    const s = fake.book.sheet('自评表');
    expect(['G3', 'G4', 'G5'].map((a) => s.valueAt(a))).toEqual([0.9167, 0.9167, 0.9167]);
    expect(s.cell('G3')?.numberFormat).toBe('0.00%');
    expect(fake.ScreenUpdating).toBe(true);
  });

  it('says so when the restore fails too', async () => {
    const fake = new FakeWpsApplication([bodyTable(3)]);
    fake.failOn({ op: 'Range.Value2=', target: 'I3', message: 'E_FAIL' });
    const host = createWpsHost(asApp(fake));
    const plan = [w('G3', 0.1, '0.00%'), w('I3', 1, '0.00%')];
    // Let the first write of G3 succeed, then make its restore fail.
    const original = fake.tick.bind(fake);
    let g3Writes = 0;
    fake.tick = (op: string, target?: string) => {
      if (op === 'Range.Value2=' && target === '自评表!G3' && ++g3Writes === 2) throw new Error('restore failed');
      original(op, target);
    };
    await expect(host.applyWrites(plan)).rejects.toThrow('写入 自评表!I3 失败，撤销也失败了：部分单元格可能已改变，请逐项核对（WPS：E_FAIL）');
  });

  it('a protected sheet is a HostError carrying the host message', async () => {
    const fake = new FakeWpsApplication([{ ...bodyTable(2), protected: true }]);
    const error = await createWpsHost(asApp(fake)).applyWrites([w('G3', 1, '0.00%')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as Error).message).toContain('受保护');
  });
});
