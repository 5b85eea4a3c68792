/**
 * manifest.xml checked offline (office-addin-manifest's `validate` needs Microsoft's online
 * service): well-formed XML, read by office-addin-manifest's own reader, the ribbon group and
 * button, every resid resolving, and every URL naming a page webpack emits or an icon in assets/
 * with the right pixel size.
 */
import { readFileSync, existsSync } from 'fs';
import { resolve } from 'path';
import { execFileSync } from 'child_process';
import { SaxesParser } from 'saxes';

const ROOT = resolve(__dirname, '../..');
const XML = readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8');
const ORIGIN = 'https://localhost:3000/';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: false });
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => (stack[stack.length - 1].text += t));
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

function all(el: El, name: string): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    if (e.name === name) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  const doc = parseXml(XML);

  test('is well-formed and read by office-addin-manifest', () => {
    expect(doc.name).toBe('OfficeApp');
    // office-addin-manifest pulls an ES-module dependency jest 30 cannot require (jest maps the
    // bare name to a stub), so its reader runs in a plain Node child process.
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((i) => process.stdout.write(JSON.stringify(i)), (e) => { process.stderr.write(String(e)); process.exit(1); })`;
    const info = JSON.parse(execFileSync(process.execPath, ['-e', script, resolve(ROOT, 'manifest.xml')], { cwd: ROOT, encoding: 'utf8' })) as Record<string, unknown>;
    expect(info.displayName).toBe('绩效自评助手');
    expect(info.description).toMatch(/绩效自评/);
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultLocale).toBe('zh-CN');
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test('asks for ExcelApi 1.1 only (newer sets are detected at run time)', () => {
    const sets = all(doc, 'Set').map((s) => [s.attrs.Name, s.attrs.MinVersion]);
    expect(sets).toEqual([['ExcelApi', '1.1']]);
  });

  test('a 绩效自评 group on the Home tab with a button that shows the task pane', () => {
    const tab = all(doc, 'OfficeTab')[0];
    expect(tab.attrs.id).toBe('TabHome');
    const strings = new Map(all(doc, 'bt:String').map((s) => [s.attrs.id, s.attrs.DefaultValue]));
    const group = all(tab, 'Group')[0];
    expect(strings.get(all(group, 'Label')[0].attrs.resid)).toBe('绩效自评');
    const action = all(group, 'Action')[0];
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    const urls = new Map(all(doc, 'bt:Url').map((u) => [u.attrs.id, u.attrs.DefaultValue]));
    expect(urls.get(all(action, 'SourceLocation')[0].attrs.resid)).toBe(`${ORIGIN}taskpane.html`);
  });

  test('every resid resolves to a resource', () => {
    const ids = new Set([...all(doc, 'bt:Image'), ...all(doc, 'bt:Url'), ...all(doc, 'bt:String')].filter((e) => e.attrs.id).map((e) => e.attrs.id));
    const refs: string[] = [];
    const walk = (e: El) => {
      if (e.attrs.resid) refs.push(e.attrs.resid);
      e.children.forEach(walk);
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(ids.has(r) ? r : `missing ${r}`).toBe(r);
  });

  test('every URL is a page the build emits or an icon in assets/ of the size it claims', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PAGES } = require('../../webpack.config.js') as { PAGES: string[] };
    const urls = [...XML.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]).filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) {
      expect(u.startsWith(ORIGIN)).toBe(true);
      const file = u.slice(ORIGIN.length);
      if (file.startsWith('assets/')) expect(existsSync(resolve(ROOT, file)) ? file : `missing ${file}`).toBe(file);
      else {
        expect(PAGES).toContain(file);
        expect(existsSync(resolve(ROOT, 'src/taskpane', file))).toBe(true);
      }
    }
    for (const img of all(doc, 'bt:Image').filter((e) => e.attrs.id)) {
      const size = Number(/(\d+)x\d+/.exec(img.attrs.id)![1]);
      expect(pngSize(resolve(ROOT, img.attrs.DefaultValue.slice(ORIGIN.length)))).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80]) expect(pngSize(resolve(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
  });
});
