/**
 * wps/ribbon.xml against the entry script: every callback the ribbon names exists, every button
 * has a behaviour, and the file is what WPS accepts (starts with <customUI, no XML declaration).
 */
import * as fs from 'fs';
import * as path from 'path';
import { createRibbonCallbacks, paneUrlFrom } from '../../src/wps-entry/callbacks';
import { RIBBON_BUTTONS, RIBBON_CALLBACKS } from '../../src/wps-entry/ribbon-ids';
import { FakeWpsApplication } from '../hosts/wps/fake-wps';
import { parseXml, ribbonCallbacks } from './xml';

const ribbonXml = fs.readFileSync(path.resolve(__dirname, '../../wps/ribbon.xml'), 'utf8');
const elements = parseXml(ribbonXml);

describe('wps/ribbon.xml', () => {
  it('starts with <customUI (no XML declaration, no BOM)', () => {
    expect(ribbonXml.startsWith('<customUI')).toBe(true);
  });

  it('has a 绩效自评 group on a 绩效自评 tab', () => {
    const group = elements.find((e) => e.name === 'group');
    expect(group?.attributes.label).toBe('绩效自评');
    expect(group?.path).toBe('customUI/ribbon/tabs/tab/group');
  });

  it('names exactly the callbacks the entry script defines', () => {
    expect(ribbonCallbacks(elements)).toEqual([...RIBBON_CALLBACKS].sort());
  });

  it('every callback is a function of the entry module', () => {
    const callbacks = createRibbonCallbacks({ win: {}, paneUrl: 'x', alert: () => undefined }) as unknown as Record<string, unknown>;
    for (const name of ribbonCallbacks(elements)) expect([name, typeof callbacks[name]]).toEqual([name, 'function']);
  });

  it('its buttons are the entry script buttons, with unique ids and an image each', () => {
    const buttons = elements.filter((e) => e.name === 'button').map((e) => e.attributes.id);
    expect(new Set(buttons).size).toBe(buttons.length);
    expect(buttons.sort()).toEqual(Object.keys(RIBBON_BUTTONS).sort());
    for (const b of Object.values(RIBBON_BUTTONS)) expect(fs.existsSync(path.resolve(__dirname, '../../wps', b.image))).toBe(true);
  });
});

describe('ribbon callbacks over the fake WPS', () => {
  const url = 'https://srv/jixiao/taskpane.html';
  function setup() {
    const app = new FakeWpsApplication([{ name: '自评表' }]);
    const alerts: string[] = [];
    const cb = createRibbonCallbacks({ win: { Application: app }, paneUrl: url, alert: (m) => alerts.push(m) });
    return { app, alerts, cb };
  }

  it('OnAddinLoad keeps the ribbon handle on Application', () => {
    const { app, cb } = setup();
    const ribbonUI = { Invalidate: () => undefined };
    expect(cb.OnAddinLoad(ribbonUI)).toBe(true);
    expect(app.ribbonUI).toBe(ribbonUI);
  });

  it('自评助手 opens the pane once, keeps its id in PluginStorage, then toggles it', () => {
    const { app, cb } = setup();
    cb.OnAction({ Id: 'btnJixiaoPane' });
    expect(app.panes.map((p) => [p.url, p.shown])).toEqual([[url, true]]);
    expect(app.storage.get('jixiao.et.taskpaneId')).toBe(1);
    cb.OnAction({ Id: 'btnJixiaoPane' });
    expect(app.panes.map((p) => p.shown)).toEqual([false]);
    cb.OnAction({ Id: 'btnJixiaoPane' });
    expect(app.panes.map((p) => p.shown)).toEqual([true]);
  });

  it.each([
    ['btnJixiaoTemplate', 'template'],
    ['btnJixiaoRecompute', 'recompute'],
    ['btnJixiaoCheck', 'check'],
    ['btnJixiaoReport', 'report'],
  ])('%s leaves the action %s for the pane and shows it (never hides it)', (id, action) => {
    const { app, cb } = setup();
    cb.OnAction({ Id: id });
    cb.OnAction({ Id: id });
    expect(app.panes.map((p) => p.shown)).toEqual([true]);
    expect(app.storage.get('jixiao.et.pendingAction')).toBe(action);
  });

  it('outside WPS a click says so instead of failing silently', () => {
    const alerts: string[] = [];
    const cb = createRibbonCallbacks({ win: {}, paneUrl: url, alert: (m) => alerts.push(m) });
    cb.OnAction({ Id: 'btnJixiaoPane' });
    expect(alerts).toEqual(['未检测到 WPS 表格：绩效自评助手只能在 WPS 表格中使用']);
  });

  it('a failing CreateTaskPane is shown with its cause', () => {
    const { app, alerts, cb } = setup();
    app.failOn({ op: 'Application.CreateTaskPane()', message: '加载项未被信任' });
    cb.OnAction({ Id: 'btnJixiaoPane' });
    expect(alerts).toEqual(['打开绩效自评助手失败：加载项未被信任']);
  });

  it('GetImage gives each button its image', () => {
    const { cb } = setup();
    expect(cb.GetImage({ Id: 'btnJixiaoCheck' })).toBe('images/check.svg');
  });

  it.each([
    ['https://srv/jixiao/index.html', 'https://srv/jixiao/taskpane.html'],
    ['https://srv/jixiao/', 'https://srv/jixiao/taskpane.html'],
    ['file:///C:/Users/a/AppData/Roaming/kingsoft/wps/jsaddons/jixiao_0.1.0/index.html?x=1#y', 'file:///C:/Users/a/AppData/Roaming/kingsoft/wps/jsaddons/jixiao_0.1.0/taskpane.html'],
  ])('pane URL next to %s', (href, expected) => {
    expect(paneUrlFrom(href)).toBe(expected);
  });
});
