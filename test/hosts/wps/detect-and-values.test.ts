import { getWpsApplication } from '../../../src/hosts/wps';
import { CV_ERRORS, cvErrFromError, errorFromCvErr, textForValue2, toCellValue } from '../../../src/hosts/wps/cell-values';
import { FakeWpsApplication } from './fake-wps';

describe('getWpsApplication', () => {
  const fake = new FakeWpsApplication([{ name: 'S' }]);
  it('finds window.Application injected by WPS 表格', () => {
    expect(getWpsApplication({ Application: fake })).toBe(fake);
  });

  it('combines wps.EtApplication() with the wps.* add-in services of older builds', () => {
    const created: string[] = [];
    const legacy = {
      EtApplication: () => ({ Workbooks: { Count: 1 }, ActiveWorkbook: fake.book }),
      CreateTaskPane: (url: string) => {
        created.push(url);
        return { ID: 7, Visible: false };
      },
      GetTaskPane: () => null,
      PluginStorage: { getItem: () => null, setItem: () => undefined },
    };
    const app = getWpsApplication({ wps: legacy });
    expect(app).toBeDefined();
    expect(app!.ActiveWorkbook).toBe(fake.book);
    expect(app!.CreateTaskPane('https://x/taskpane.html').ID).toBe(7);
    expect(created).toEqual(['https://x/taskpane.html']);
  });

  it.each<[string, unknown]>([
    ['a plain browser', {}],
    ['Excel (Office.js, no Application)', { Office: {}, Excel: {} }],
    ['WPS 文字 (Documents, no Workbooks)', { Application: { Documents: {}, CreateTaskPane: () => undefined } }],
    ['not a window', undefined],
    ['an Application that throws on access', { get Application() { throw new Error('denied'); } }],
  ])('undefined in %s', (_label, win) => {
    expect(getWpsApplication(win)).toBeUndefined();
  });
});

describe('Value2 items → cell values', () => {
  // XlCVError numbers (WPS 开放平台 XlCVError 枚举) as the signed SCODE 0x800A0000 | n.
  it.each<[number, string]>([
    [-2146826281, '#DIV/0!'],
    [-2146826288, '#NULL!'],
    [-2146826273, '#VALUE!'],
    [-2146826265, '#REF!'],
    [-2146826259, '#NAME?'],
    [-2146826252, '#NUM!'],
    [-2146826246, '#N/A'],
    [2148141015, '#DIV/0!'],
  ])('%i → %s', (n, error) => {
    expect(toCellValue(n)).toEqual({ error });
  });

  it('every known error round-trips through its CVErr number', () => {
    for (const text of Object.values(CV_ERRORS)) expect(errorFromCvErr(cvErrFromError(text)!)).toBe(text);
  });

  it.each<[unknown, unknown]>([
    [null, null],
    [undefined, null],
    ['', null],
    [0, 0],
    [-0.005, -0.005],
    [45657, 45657],
    [-2146826280.5, -2146826280.5],
    [-2146828288 + 1999, -2146826289],
    ['1397.90', '1397.90'],
    [true, true],
    [Infinity, { error: '#NUM!' }],
  ])('%p → %p', (v, expected) => {
    expect(toCellValue(v)).toEqual(expected);
  });
});

describe('text written through Value2', () => {
  it.each([
    ['优', '优'],
    ['良好', '良好'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-', "'-"],
    ['@a', "'@a"],
    ["'a", "''a"],
    ['12.5', "'12.5"],
    ['95%', "'95%"],
    ['1,234.50', "'1,234.50"],
    ['12月底前', '12月底前'],
  ])('%p → %p', (text, expected) => {
    expect(textForValue2(text)).toBe(expected);
  });
});
