/**
 * Opening, toggling and hiding the add-in's task pane, shared by the ribbon entry script and the
 * pane itself. The pane's id is kept in PluginStorage, as the wpsjs templates do
 * [ET-TPL ribbon.js btnShowTaskPane: CreateTaskPane(url) → setItem("taskpane_id", ID); later
 * GetTaskPane(id).Visible = !Visible]. PluginStorage is shared by WPS 文字/表格/演示 and pane ids
 * count from 1 in each host process [FIELD], so our keys carry the host suffix "et".
 */
import type { WpsApplication, WpsTaskPane } from './types';

/** PluginStorage key of the task pane id. */
export const TASK_PANE_ID_KEY = 'jixiao.et.taskpaneId';
/** PluginStorage key of the action a ribbon button asked the pane to run (see PaneAction). */
export const PENDING_ACTION_KEY = 'jixiao.et.pendingAction';

/** What a ribbon button asks the pane to do when it opens (the pane reads it with takePendingAction). */
export type PaneAction = 'template' | 'recompute' | 'check' | 'report';

const PANE_ACTIONS: readonly PaneAction[] = ['template', 'recompute', 'check', 'report'];

/** The pane created earlier in this WPS process, if it still exists. */
export function existingTaskPane(app: WpsApplication): WpsTaskPane | undefined {
  const id = app.PluginStorage.getItem(TASK_PANE_ID_KEY);
  if (id === null || id === undefined || id === '') return undefined;
  const pane = app.GetTaskPane(id as number | string);
  return pane ?? undefined;
}

function createTaskPane(app: WpsApplication, url: string): WpsTaskPane {
  const pane = app.CreateTaskPane(url);
  app.PluginStorage.setItem(TASK_PANE_ID_KEY, pane.ID);
  return pane;
}

/** The 自评助手 button: show the pane, or hide it when it is showing. Returns the pane. */
export function toggleTaskPane(app: WpsApplication, url: string): WpsTaskPane {
  const pane = existingTaskPane(app);
  if (pane) {
    pane.Visible = !pane.Visible;
    return pane;
  }
  const created = createTaskPane(app, url);
  created.Visible = true;
  return created;
}

/** An action button: remember the action, then make sure the pane is showing. */
export function showTaskPane(app: WpsApplication, url: string, action?: PaneAction): WpsTaskPane {
  if (action) app.PluginStorage.setItem(PENDING_ACTION_KEY, action);
  const pane = existingTaskPane(app) ?? createTaskPane(app, url);
  pane.Visible = true;
  return pane;
}

/**
 * Hide the pane from inside it. A docked WPS task pane can keep the ribbon from taking clicks
 * while it is open [FIELD], so the pane offers its own 收起 button that calls this.
 */
export function hideTaskPane(app: WpsApplication): void {
  const pane = existingTaskPane(app);
  if (pane) pane.Visible = false;
}

/** The action a ribbon button left for the pane, cleared once read. */
export function takePendingAction(app: WpsApplication): PaneAction | undefined {
  const value = app.PluginStorage.getItem(PENDING_ACTION_KEY);
  if (value === null || value === undefined) return undefined;
  if (app.PluginStorage.removeItem) app.PluginStorage.removeItem(PENDING_ACTION_KEY);
  else app.PluginStorage.setItem(PENDING_ACTION_KEY, null);
  return PANE_ACTIONS.includes(value as PaneAction) ? (value as PaneAction) : undefined;
}
