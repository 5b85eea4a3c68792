/**
 * Point 11 of issue 12: the .docx reaches the user in every host. Each route runs against its
 * host's strict fake (Office dialog surface: fake-office-ui.ts; WPS file services:
 * test/hosts/wps/fake-wps-files.ts), which rejects any call not in the API page it cites.
 */
import { chooseRoute, deliverReport, deliverThroughDialog, downloadPageUrl } from '../../../src/taskpane/delivery';
import type { DeliveryContext } from '../../../src/taskpane/delivery';
import { ChunkCollector, CHUNK_CHARS, fileFromFragment } from '../../../src/taskpane/delivery/protocol';
import type { PaneMessage } from '../../../src/taskpane/delivery/protocol';
import { saveReportFile, wpsFileServices } from '../../../src/hosts/wps/report-file';
import { detectHost } from '../../../src/taskpane/host-detect';
import * as wpsModule from '../../../src/hosts/wps';
import { sheetFromValues } from '../../../src/core/grid/types';
import { FakeOffice } from './fake-office-ui';
import type { FakeOfficeOptions } from './fake-office-ui';
import { FakeWpsFiles } from '../../hosts/wps/fake-wps-files';
import { FakeWpsApplication } from '../../hosts/wps/fake-wps';

const ORIGIN = 'https://jixiao.intranet.example';
const PAGE = `${ORIGIN}/addin/report-download.html`;
const NAME = '部门整体支出绩效自评报告.docx';

/** Bytes that are not a multiple of 3 and span several messages (every byte value occurs). */
function sampleBytes(n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 7 + (i >> 8)) & 0xff;
  return b;
}

/** The dialog page, played with the real protocol: ready on load, collect, answer received. */
function protocolPage(received: Array<{ name: string; bytes: Uint8Array }>): FakeOfficeOptions['page'] {
  const collector = new ChunkCollector();
  return (event, messageParent) => {
    if (event.kind === 'open') return messageParent(JSON.stringify({ type: 'ready' }));
    const file = collector.add(JSON.parse(event.message) as PaneMessage);
    if (file) {
      received.push(file);
      messageParent(JSON.stringify({ type: 'received', bytes: file.bytes.length }));
    }
  };
}

function ctxFor(office: FakeOffice | undefined, kind: DeliveryContext['kind'] = 'excel', extra: Partial<DeliveryContext> = {}) {
  const downloads: Array<{ name: string; bytes: Uint8Array }> = [];
  const ctx: DeliveryContext = {
    kind,
    office: office?.ui,
    blobDownload: (name, bytes) => downloads.push({ name, bytes }),
    pageUrl: PAGE,
    dialogTimeoutMs: 2000,
    ...extra,
  };
  return { ctx, downloads };
}

describe('which route each host takes', () => {
  const office = (platform: FakeOfficeOptions['platform'], sets: Record<string, string>) => new FakeOffice({ platform, sets, origin: ORIGIN });
  test.each<[string, () => Parameters<typeof chooseRoute>[0], string, string | undefined]>([
    ['browser preview', () => ({ kind: 'preview' }), 'download', undefined],
    ['Excel on the web', () => ({ kind: 'excel', office: office('OfficeOnline', { DialogApi: '1.2' }).ui }), 'download', undefined],
    ['Excel on Windows (WebView2), DialogApi 1.2', () => ({ kind: 'excel', office: office('PC', { DialogApi: '1.2' }).ui }), 'download', 'office-dialog'],
    ['Excel on Windows without DialogApi 1.2', () => ({ kind: 'excel', office: office('PC', { DialogApi: '1.1' }).ui }), 'download', undefined],
    ['Excel for Mac with openBrowserWindow', () => ({ kind: 'excel', office: office('Mac', { DialogApi: '1.2', OpenBrowserWindowApi: '1.1' }).ui }), 'browser-window', 'office-dialog'],
    ['Excel for Mac without openBrowserWindow', () => ({ kind: 'excel', office: office('Mac', { DialogApi: '1.2' }).ui }), 'office-dialog', undefined],
    ['Excel for Mac with neither', () => ({ kind: 'excel', office: office('Mac', { DialogApi: '1.1' }).ui }), 'sheet-only', undefined],
    ['Excel on iPad', () => ({ kind: 'excel', office: office('iOS', { DialogApi: '1.2' }).ui }), 'office-dialog', undefined],
    ['WPS with FileSystem.writeAsBinaryString', () => ({ kind: 'wps', wps: { save: () => ({ path: '', opened: false }) } }), 'wps-file', 'download'],
    ['WPS without it', () => ({ kind: 'wps' }), 'download', undefined],
  ])('%s', (_name, ctx, route, alternative) => {
    expect(chooseRoute(ctx())).toEqual(alternative ? { route, alternative } : { route });
  });
});

describe('Office dialog route (Dialog API: displayDialogAsync, messageParent/messageChild)', () => {
  test('the page on our origin receives the whole file in chunks and the pane resolves', async () => {
    const received: Array<{ name: string; bytes: Uint8Array }> = [];
    const fake = new FakeOffice({ platform: 'PC', sets: { DialogApi: '1.2' }, origin: ORIGIN, page: protocolPage(received) });
    const bytes = sampleBytes(3 * CHUNK_CHARS + 1000); // base64 ≈ 4 chunks' worth
    await deliverThroughDialog(fake.ui, PAGE, NAME, bytes, 2000);
    expect(received).toHaveLength(1);
    expect(received[0].name).toBe(NAME);
    expect(Buffer.from(received[0].bytes).equals(Buffer.from(bytes))).toBe(true);
    // ceil(base64 length / chunk) messages: base64 of n bytes is 4·ceil(n/3) chars.
    expect(fake.childMessages).toHaveLength(Math.ceil((4 * Math.ceil(bytes.length / 3)) / CHUNK_CHARS));
  });

  test('deliverReport by the dialog route names it and keeps the download as the other way', async () => {
    const received: Array<{ name: string; bytes: Uint8Array }> = [];
    const fake = new FakeOffice({ platform: 'PC', sets: { DialogApi: '1.2' }, origin: ORIGIN, page: protocolPage(received) });
    const { ctx, downloads } = ctxFor(fake);
    const outcome = await deliverReport(ctx, NAME, sampleBytes(500), 'office-dialog');
    expect(outcome.route).toBe('office-dialog');
    expect(outcome.alternative).toBe('download');
    expect(outcome.notice).toContain('自评报告');
    expect(downloads).toHaveLength(0);
    expect(received).toHaveLength(1);
  });

  test('a page on another origin is refused (12004) and the pane says it could not open the window', async () => {
    const fake = new FakeOffice({ platform: 'PC', sets: { DialogApi: '1.2' }, origin: ORIGIN, page: protocolPage([]) });
    await expect(deliverThroughDialog(fake.ui, 'https://elsewhere.example/report-download.html', NAME, sampleBytes(10), 2000)).rejects.toThrow(/无法打开下载窗口（错误 12004/);
  });

  test('the user closing the dialog before it has the file rejects (12006)', async () => {
    const fake = new FakeOffice({ platform: 'PC', sets: { DialogApi: '1.2' }, origin: ORIGIN, page: (e, _mp, closeByUser) => e.kind === 'open' && closeByUser() });
    await expect(deliverThroughDialog(fake.ui, PAGE, NAME, sampleBytes(10), 2000)).rejects.toThrow(/下载窗口已关闭（12006）/);
  });

  test('a page that never answers times out with a message naming the sheet', async () => {
    const fake = new FakeOffice({ platform: 'PC', sets: { DialogApi: '1.2' }, origin: ORIGIN });
    await expect(deliverThroughDialog(fake.ui, PAGE, NAME, sampleBytes(10), 50)).rejects.toThrow(/自评报告/);
    expect(fake.closed).toBe(1);
  });

  test('the fake is strict: undocumented members and DialogApi 1.1 messageChild are refused', async () => {
    const fake = new FakeOffice({ platform: 'PC', sets: { DialogApi: '1.1' }, origin: ORIGIN, page: protocolPage([]) });
    expect(() => (fake.ui as unknown as Record<string, unknown>).document).toThrow(/not part of the documented API/);
    // With DialogApi 1.1 only, the route never calls messageChild: the pane stays on download.
    expect(chooseRoute({ kind: 'excel', office: fake.ui })).toEqual({ route: 'download' });
    await expect(deliverThroughDialog(fake.ui, PAGE, NAME, sampleBytes(10), 500)).rejects.toThrow();
  });
});

describe('Mac route: the system browser opens our page with the file in the URL fragment', () => {
  test('openBrowserWindow gets our page; the fragment decodes to the same bytes', async () => {
    const fake = new FakeOffice({ platform: 'Mac', sets: { DialogApi: '1.2', OpenBrowserWindowApi: '1.1' }, origin: ORIGIN });
    const { ctx, downloads } = ctxFor(fake);
    const bytes = sampleBytes(20_000);
    const outcome = await deliverReport(ctx, NAME, bytes);
    expect(outcome.route).toBe('browser-window');
    expect(outcome.alternative).toBe('office-dialog');
    expect(downloads).toHaveLength(0);
    expect(fake.browserWindows).toHaveLength(1);
    const url = new URL(fake.browserWindows[0]);
    expect(url.origin + url.pathname).toBe(PAGE);
    expect(url.search).toBe(''); // nothing in the part a server would see
    const file = fileFromFragment(url.hash);
    expect(file?.name).toBe(NAME);
    expect(Buffer.from(file!.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  test('Mac without either API: no call is attempted, the notice points to the 自评报告 sheet', async () => {
    const fake = new FakeOffice({ platform: 'Mac', sets: { DialogApi: '1.1' }, origin: ORIGIN });
    const { ctx, downloads } = ctxFor(fake);
    const outcome = await deliverReport(ctx, NAME, sampleBytes(10));
    expect(outcome).toMatchObject({ route: 'sheet-only' });
    expect(outcome.notice).toContain('“自评报告”工作表');
    expect(downloads).toHaveLength(0);
    expect(fake.calls).not.toContain('openBrowserWindow');
    expect(fake.calls).not.toContain('displayDialogAsync');
  });
});

describe('browser / Excel on the web / Windows: Blob download', () => {
  test('the download gets the name and the very bytes', async () => {
    const fake = new FakeOffice({ platform: 'OfficeOnline', sets: { DialogApi: '1.2' }, origin: ORIGIN });
    const { ctx, downloads } = ctxFor(fake);
    const bytes = sampleBytes(100);
    const outcome = await deliverReport(ctx, NAME, bytes);
    expect(outcome.route).toBe('download');
    expect(downloads).toEqual([{ name: NAME, bytes }]);
    expect(fake.calls.filter((c) => c === 'displayDialogAsync')).toHaveLength(0);
    expect(outcome.notice).toMatch(/^已下载/);
  });

  test('Excel on Windows: the notice does not claim the download worked, and names the dialog as the other way', async () => {
    const fake = new FakeOffice({ platform: 'PC', sets: { DialogApi: '1.2' }, origin: ORIGIN });
    const { ctx, downloads } = ctxFor(fake);
    const outcome = await deliverReport(ctx, NAME, sampleBytes(10));
    expect(downloads).toHaveLength(1);
    expect(outcome).toMatchObject({ route: 'download', alternative: 'office-dialog' });
    expect(outcome.notice).toMatch(/^已开始下载.*没有出现保存提示/);
  });

  test('the download page sits beside the pane on the same origin', () => {
    expect(downloadPageUrl('https://host.example/jixiao/taskpane.html?_host_Info=Excel#x')).toBe('https://host.example/jixiao/report-download.html');
  });
});

describe('WPS route: FileSystem.writeAsBinaryString beside the workbook, opened with ShellExecute', () => {
  const app = (path: string) => {
    const a = new FakeWpsApplication([{ name: '自评表', rows: [['部门整体支出绩效自评表']] }]);
    a.book.savedIn = path;
    return a;
  };

  test('saved next to the workbook with the exact bytes, and opened', () => {
    const files = new FakeWpsFiles();
    const services = wpsFileServices({ wps: files.wps })!;
    expect(services).toBeDefined();
    const bytes = sampleBytes(70_000);
    const saved = saveReportFile(app('D:\\2024\\绩效自评') as never, services, NAME, bytes);
    expect(saved).toEqual({ path: `D:\\2024\\绩效自评\\${NAME}`, opened: true });
    expect(Buffer.from(files.disk.get(saved.path)!).equals(Buffer.from(bytes))).toBe(true);
    expect(files.executed).toEqual([saved.path]);
  });

  test('never replaces a file: a second save gets (2), Linux paths keep /', () => {
    const files = new FakeWpsFiles();
    const services = wpsFileServices({ wps: files.wps })!;
    const a = app('/home/kuaiji/文档');
    const first = saveReportFile(a as never, services, NAME, sampleBytes(10));
    const second = saveReportFile(a as never, services, NAME, sampleBytes(11));
    expect(first.path).toBe(`/home/kuaiji/文档/${NAME}`);
    expect(second.path).toBe('/home/kuaiji/文档/部门整体支出绩效自评报告(2).docx');
    expect(files.disk.get(first.path)).toHaveLength(10);
  });

  test('a never-saved workbook: the home folder; no OAAssist: saved, not opened', () => {
    const files = new FakeWpsFiles({ home: 'C:\\Users\\kuaiji', oaAssist: false });
    const services = wpsFileServices({ wps: files.wps })!;
    const saved = saveReportFile(app('') as never, services, NAME, sampleBytes(5));
    expect(saved).toEqual({ path: `C:\\Users\\kuaiji\\${NAME}`, opened: false });
  });

  test('a folder without write permission: a Chinese message naming the path, nothing claimed', () => {
    const files = new FakeWpsFiles({ writable: (p) => !p.startsWith('D:\\只读') });
    const services = wpsFileServices({ wps: files.wps })!;
    expect(() => saveReportFile(app('D:\\只读') as never, services, NAME, sampleBytes(5))).toThrow(/写入“D:\\只读\\部门整体支出绩效自评报告\.docx”后找不到该文件/);
    expect(files.executed).toEqual([]);
  });

  test('a WPS without writeAsBinaryString has no file route: the pane falls back to download', () => {
    const files = new FakeWpsFiles({ binaryWrite: false });
    expect(wpsFileServices({ wps: files.wps })).toBeUndefined();
  });

  test('through host detection: the WPS pane gets a saver and the route writes the file', async () => {
    const files = new FakeWpsFiles();
    const a = app('D:\\报送');
    const win = { Application: a, wps: files.wps };
    const detected = await detectHost({
      win,
      officeReady: async () => undefined,
      createExcelHost: () => {
        throw new Error('not Excel');
      },
      loadWps: async () => wpsModule as never,
      loadPreviewWorkbook: async () => ({ sheets: [sheetFromValues('x', [['x']])] }),
      officeTimeoutMs: 10,
    });
    expect(detected.kind).toBe('wps');
    const saver = detected.kind === 'wps' ? detected.saver : undefined;
    const { ctx, downloads } = ctxFor(undefined, 'wps', { wps: saver });
    const outcome = await deliverReport(ctx, NAME, sampleBytes(33));
    expect(outcome.route).toBe('wps-file');
    expect(outcome.notice).toContain(`D:\\报送\\${NAME}`);
    expect(downloads).toHaveLength(0);
    expect(files.disk.get(`D:\\报送\\${NAME}`)).toHaveLength(33);
  });

  test('the fake is strict: members outside the cited pages throw', () => {
    const files = new FakeWpsFiles();
    const fs = files.wps.FileSystem as Record<string, unknown>;
    expect(() => fs.WriteFile).toThrow(/not modelled/);
    expect(() => (files.wps as Record<string, unknown>).Application).toThrow(/not modelled/);
  });
});
