import { hideTaskPane, showTaskPane, takePendingAction, toggleTaskPane, TASK_PANE_ID_KEY, PENDING_ACTION_KEY } from '../../../src/hosts/wps';
import type { WpsApplication } from '../../../src/hosts/wps';
import { FakeWpsApplication } from './fake-wps';

const asApp = (fake: FakeWpsApplication) => fake as unknown as WpsApplication;
const URL_ = 'https://srv/jixiao/taskpane.html';

describe('WPS task pane', () => {
  it('keys carry the 表格 host suffix (PluginStorage is shared with 文字/演示)', () => {
    expect([TASK_PANE_ID_KEY, PENDING_ACTION_KEY]).toEqual(['jixiao.et.taskpaneId', 'jixiao.et.pendingAction']);
  });

  it('toggle creates, hides, shows the same pane', () => {
    const fake = new FakeWpsApplication([{ name: 'S' }]);
    const app = asApp(fake);
    toggleTaskPane(app, URL_);
    toggleTaskPane(app, URL_);
    expect(fake.panes.map((p) => p.shown)).toEqual([false]);
    toggleTaskPane(app, URL_);
    expect(fake.panes.map((p) => p.shown)).toEqual([true]);
  });

  it('an id from storage whose pane is gone makes a new pane', () => {
    const fake = new FakeWpsApplication([{ name: 'S' }]);
    fake.storage.set(TASK_PANE_ID_KEY, 42);
    showTaskPane(asApp(fake), URL_);
    expect(fake.panes.length).toBe(1);
    expect(fake.storage.get(TASK_PANE_ID_KEY)).toBe(1);
  });

  it('hideTaskPane hides it from inside (the ribbon may be unusable while a docked pane is open)', () => {
    const fake = new FakeWpsApplication([{ name: 'S' }]);
    showTaskPane(asApp(fake), URL_);
    hideTaskPane(asApp(fake));
    expect(fake.panes[0].shown).toBe(false);
    hideTaskPane(asApp(new FakeWpsApplication())); // no pane yet: nothing to do
  });

  it.each<[unknown, string | undefined]>([
    ['check', 'check'],
    ['report', 'report'],
    [null, undefined],
    ['', undefined],
    ['format-disk', undefined],
  ])('takePendingAction(%p) → %p, and clears it', (stored, expected) => {
    const fake = new FakeWpsApplication([{ name: 'S' }]);
    if (stored !== null) fake.storage.set(PENDING_ACTION_KEY, stored);
    expect(takePendingAction(asApp(fake))).toBe(expected);
    expect(fake.storage.has(PENDING_ACTION_KEY)).toBe(false);
  });
});
