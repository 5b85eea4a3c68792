/**
 * The pane's WPS controls (src/taskpane/wps-actions.ts) over the real src/hosts/wps functions and
 * the fake WPS: a ribbon button's action is taken at start, on focus, on becoming visible and by
 * the poll; never while the pane is busy (it stays waiting); unknown values are ignored; a failing
 * PluginStorage is reported once; 收起 hides the pane.
 */
import * as wpsModule from '../../src/hosts/wps';
import { hideTaskPane, PENDING_ACTION_KEY, showTaskPane, takePendingAction } from '../../src/hosts/wps';
import type { WpsApplication } from '../../src/hosts/wps';
import { detectHost } from '../../src/taskpane/host-detect';
import type { DetectDeps } from '../../src/taskpane/host-detect';
import type { ActionWatcher, PaneAction, WatchWindow } from '../../src/taskpane/wps-actions';
import { createPaneControls, isPaneAction, PANE_ACTIONS, wpsPaneControls } from '../../src/taskpane/wps-actions';
import { FakeWpsApplication } from '../hosts/wps/fake-wps';

const URL_ = 'https://srv/jixiao/taskpane.html';
const asApp = (fake: FakeWpsApplication) => fake as unknown as WpsApplication;

/** A window whose events and interval the test fires by hand. */
class FakeWindow implements WatchWindow {
  readonly listeners = new Map<string, Set<() => void>>();
  readonly timers = new Map<number, { fn: () => void; ms: number }>();
  private nextTimer = 1;
  readonly document = {
    visibilityState: 'visible',
    addEventListener: (type: string, l: () => void) => this.on(`document:${type}`, l),
    removeEventListener: (type: string, l: () => void) => this.listeners.get(`document:${type}`)?.delete(l),
  };
  private on(type: string, l: () => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(l);
  }
  addEventListener(type: string, l: () => void) {
    this.on(type, l);
  }
  removeEventListener(type: string, l: () => void) {
    this.listeners.get(type)?.delete(l);
  }
  setInterval(fn: () => void, ms: number) {
    const id = this.nextTimer++;
    this.timers.set(id, { fn, ms });
    return id;
  }
  clearInterval(id: never) {
    this.timers.delete(id as unknown as number);
  }
  fire(type: string) {
    for (const l of [...(this.listeners.get(type) ?? [])]) l();
  }
  tick() {
    for (const t of [...this.timers.values()]) t.fn();
  }
  get listenerCount() {
    return [...this.listeners.values()].reduce((n, s) => n + s.size, 0);
  }
}

function recorder(over: Partial<ActionWatcher> = {}) {
  const ran: PaneAction[] = [];
  const errors: unknown[] = [];
  let busy = false;
  const watcher: ActionWatcher = {
    run: (a) => ran.push(a),
    canRun: () => !busy,
    onError: (e) => errors.push(e),
    ...over,
  };
  return { ran, errors, watcher, setBusy: (b: boolean) => (busy = b) };
}

function setup() {
  const fake = new FakeWpsApplication([{ name: 'Sheet1' }]);
  const win = new FakeWindow();
  const controls = wpsPaneControls(wpsModule, fake, win)!;
  return { fake, win, controls };
}

describe('ribbon actions reaching the WPS pane', () => {
  test('PANE_ACTIONS are the host module’s actions; other values are not actions', () => {
    expect([...PANE_ACTIONS].sort()).toEqual(['check', 'recompute', 'report', 'template']);
    for (const v of ['', 'CHECK', 'format-disk', null, undefined, 1, {}]) expect([v, isPaneAction(v)]).toEqual([v, false]);
  });

  test.each<PaneAction>(['template', 'recompute', 'check', 'report'])('%s left by the ribbon before the pane opened runs at start, once', (action) => {
    const { fake, win, controls } = setup();
    showTaskPane(asApp(fake), URL_, action); // what the ribbon button does
    const r = recorder();
    controls.watchActions(r.watcher);
    expect(r.ran).toEqual([action]);
    expect(fake.storage.has(PENDING_ACTION_KEY)).toBe(false);
    win.fire('focus');
    win.tick();
    expect(r.ran).toEqual([action]);
  });

  test('nothing waiting: nothing runs', () => {
    const { win, controls } = setup();
    const r = recorder();
    controls.watchActions(r.watcher);
    win.fire('focus');
    win.tick();
    expect(r.ran).toEqual([]);
  });

  test('a later ribbon click is taken on focus, on becoming visible, and by the poll', () => {
    const { fake, win, controls } = setup();
    const r = recorder();
    controls.watchActions(r.watcher);
    showTaskPane(asApp(fake), URL_, 'check');
    win.fire('focus');
    showTaskPane(asApp(fake), URL_, 'recompute');
    win.fire('document:visibilitychange');
    showTaskPane(asApp(fake), URL_, 'report');
    win.tick();
    expect(r.ran).toEqual(['check', 'recompute', 'report']);
    expect([...win.timers.values()].map((t) => t.ms)).toEqual([1000]);
  });

  test('a hidden pane does not poll or take on visibilitychange (it takes once shown)', () => {
    const { fake, win, controls } = setup();
    const r = recorder();
    controls.watchActions(r.watcher);
    win.document.visibilityState = 'hidden';
    showTaskPane(asApp(fake), URL_, 'check');
    win.tick();
    win.fire('document:visibilitychange');
    expect(r.ran).toEqual([]);
    expect(fake.storage.get(PENDING_ACTION_KEY)).toBe('check');
    win.document.visibilityState = 'visible';
    win.fire('document:visibilitychange');
    expect(r.ran).toEqual(['check']);
  });

  test('while the pane is busy the action waits in PluginStorage, and runs once the pane is idle', () => {
    const { fake, win, controls } = setup();
    const r = recorder();
    r.setBusy(true);
    showTaskPane(asApp(fake), URL_, 'recompute');
    controls.watchActions(r.watcher);
    win.fire('focus');
    win.tick();
    expect(r.ran).toEqual([]);
    expect(fake.storage.get(PENDING_ACTION_KEY)).toBe('recompute');
    r.setBusy(false);
    win.tick();
    expect(r.ran).toEqual(['recompute']);
    expect(fake.storage.has(PENDING_ACTION_KEY)).toBe(false);
  });

  test('an unknown stored value is cleared and ignored', () => {
    const { fake, controls } = setup();
    fake.storage.set(PENDING_ACTION_KEY, 'format-disk');
    const r = recorder();
    controls.watchActions(r.watcher);
    expect(r.ran).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(fake.storage.has(PENDING_ACTION_KEY)).toBe(false);
  });

  test('a failing PluginStorage is reported once until it works again, never thrown', () => {
    const { fake, win, controls } = setup();
    fake.failOn({ op: 'PluginStorage.getItem()', times: 3, message: 'COM 错误' });
    const r = recorder();
    expect(() => controls.watchActions(r.watcher)).not.toThrow();
    win.fire('focus');
    win.tick();
    expect(r.errors.map((e) => (e as Error).message)).toEqual(['COM 错误']);
    showTaskPane(asApp(fake), URL_, 'check');
    win.tick();
    expect(r.ran).toEqual(['check']);
    fake.failOn({ op: 'PluginStorage.getItem()', message: '又一次' });
    win.tick();
    expect(r.errors.map((e) => (e as Error).message)).toEqual(['COM 错误', '又一次']);
  });

  test('stopping removes every listener and the poll', () => {
    const { fake, win, controls } = setup();
    const r = recorder();
    const stop = controls.watchActions(r.watcher);
    expect(win.listenerCount).toBe(2);
    expect(win.timers.size).toBe(1);
    stop();
    expect(win.listenerCount).toBe(0);
    expect(win.timers.size).toBe(0);
    showTaskPane(asApp(fake), URL_, 'check');
    win.fire('focus');
    expect(r.ran).toEqual([]);
  });

  test('pollMs 0: no poll, focus still takes', () => {
    const fake = new FakeWpsApplication([{ name: 'S' }]);
    const win = new FakeWindow();
    const controls = wpsPaneControls(wpsModule, fake, win, 0)!;
    const r = recorder();
    controls.watchActions(r.watcher);
    expect(win.timers.size).toBe(0);
    showTaskPane(asApp(fake), URL_, 'report');
    win.fire('focus');
    expect(r.ran).toEqual(['report']);
  });

  test('without a window (or one lacking events) only the start is looked at', () => {
    const fake = new FakeWpsApplication([{ name: 'S' }]);
    showTaskPane(asApp(fake), URL_, 'check');
    const r = recorder();
    wpsPaneControls(wpsModule, fake, { addEventListener: () => undefined })!.watchActions(r.watcher);
    expect(r.ran).toEqual(['check']);
  });
});

describe('收起 (hide) and the controls’ availability', () => {
  test('hide() hides the pane the ribbon opened', () => {
    const { fake, controls } = setup();
    showTaskPane(asApp(fake), URL_);
    expect(fake.panes.map((p) => p.shown)).toEqual([true]);
    controls.hide();
    expect(fake.panes.map((p) => p.shown)).toEqual([false]);
  });

  test('a WPS module without takePendingAction/hideTaskPane (the build’s stub) gives no controls', () => {
    expect(wpsPaneControls({}, {}, new FakeWindow())).toBeUndefined();
    expect(wpsPaneControls({ takePendingAction }, {}, new FakeWindow())).toBeUndefined();
    expect(wpsPaneControls({ takePendingAction, hideTaskPane }, {}, new FakeWindow())).toBeDefined();
  });

  test('createPaneControls passes hide through and reads via take', () => {
    let hidden = 0;
    const values: unknown[] = ['check', undefined];
    const controls = createPaneControls({ take: () => values.shift(), hide: () => hidden++ });
    const r = recorder();
    controls.watchActions(r.watcher);
    controls.hide();
    expect([r.ran, hidden]).toEqual([['check'], 1]);
  });

  test('detectHost in WPS gives controls over the detected Application; Excel and preview get none', async () => {
    const fake = new FakeWpsApplication([{ name: 'S' }]);
    const win = Object.assign(new FakeWindow(), { Application: fake });
    const deps: DetectDeps = {
      win,
      officeReady: async () => undefined,
      createExcelHost: () => {
        throw new Error('not Excel');
      },
      loadWps: async () => wpsModule,
      loadPreviewWorkbook: async () => ({ sheets: [] }),
      officeTimeoutMs: 10,
    };
    const d = await detectHost(deps);
    expect(d.kind).toBe('wps');
    const controls = d.kind === 'wps' ? d.controls : undefined;
    showTaskPane(asApp(fake), URL_, 'template');
    const r = recorder();
    controls!.watchActions(r.watcher);
    expect(r.ran).toEqual(['template']);
    controls!.hide();
    expect(fake.panes.map((p) => p.shown)).toEqual([false]);
    const preview = await detectHost({ ...deps, win: new FakeWindow() });
    expect(preview.kind).toBe('preview');
    expect('controls' in preview).toBe(false);
  });
});
