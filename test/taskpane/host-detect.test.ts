import { detectHost } from '../../src/taskpane/host-detect';
import type { DetectDeps, WpsModule } from '../../src/taskpane/host-detect';
import type { WorkbookHost } from '../../src/hosts/ports';
import { sheetFromValues } from '../../src/core/grid/types';

const fakeHost = (kind: WorkbookHost['kind']): WorkbookHost => ({
  kind,
  readWorkbook: async () => ({ sheets: [] }),
  applyWrites: async () => undefined,
  writeSheet: async () => undefined,
  selectCell: async () => undefined,
});

const wpsModule = (app: unknown): WpsModule => ({
  getWpsApplication: () => app,
  createWpsHost: () => fakeHost('wps'),
});

const base = (over: Partial<DetectDeps>): DetectDeps => ({
  win: {},
  officeReady: async () => undefined,
  createExcelHost: () => ({ ...fakeHost('excel'), notes: true, readLooks: async () => [], writeLooks: async () => ({ filled: 0, notesWritten: false }) }),
  loadWps: async () => wpsModule(undefined),
  loadPreviewWorkbook: async () => ({ sheets: [sheetFromValues('示例', [['a']])] }),
  officeTimeoutMs: 50,
  ...over,
});

describe('host detection at start', () => {
  test.each<[string, Partial<DetectDeps>, string]>([
    ['Office.onReady reports Excel', { officeReady: async () => ({ host: 'Excel' }) }, 'excel'],
    ['Office.onReady reports Excel even if WPS globals exist', { officeReady: async () => ({ host: 'Excel' }), loadWps: async () => wpsModule({}) }, 'excel'],
    ['Office.js reports no host, WPS Application present', { officeReady: async () => ({ host: null }), loadWps: async () => wpsModule({ Name: 'WPS' }) }, 'wps'],
    ['Office.js absent, WPS present', { loadWps: async () => wpsModule({}) }, 'wps'],
    ['plain browser: Office.js reports no host', { officeReady: async () => ({ host: null }) }, 'preview'],
    ['Office.js absent', {}, 'preview'],
    ['Office.onReady reports another host (Word)', { officeReady: async () => ({ host: 'Word' }) }, 'preview'],
    ['Office.onReady never resolves (times out)', { officeReady: () => new Promise(() => undefined) }, 'preview'],
    ['Office.onReady rejects', { officeReady: async () => Promise.reject(new Error('no host page')) }, 'preview'],
    ['the WPS module is missing from the build', { loadWps: async () => Promise.reject(new Error('module not included')) }, 'preview'],
  ])('%s → %s', async (_name, over, kind) => {
    const d = await detectHost(base(over));
    expect(d.kind).toBe(kind);
    expect(d.host.kind).toBe(kind === 'preview' ? 'memory' : kind);
  });

  test('the Excel host’s marker is passed on; the preview host is its own marker over the sample', async () => {
    const excel = await detectHost(base({ officeReady: async () => ({ host: 'Excel' }) }));
    expect(typeof excel.marker?.writeLooks).toBe('function');
    const preview = await detectHost(base({}));
    expect(preview.marker).toBe(preview.host);
    expect((await preview.host.readWorkbook()).sheets[0].name).toBe('示例');
  });

  test('a failing sample load is an error, not a blank pane', async () => {
    await expect(detectHost(base({ loadPreviewWorkbook: async () => Promise.reject(new Error('示例损坏')) }))).rejects.toThrow('示例损坏');
  });
});
