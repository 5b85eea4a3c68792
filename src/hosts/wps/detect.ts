/**
 * Finding the WPS 表格 Application from a page. WPS injects `window.Application` into add-in
 * pages (ribbon entry page, task panes, dialogs) [ET-TPL et_react: `window.Application`]. Older
 * builds expose the spreadsheet as `wps.EtApplication()` and the add-in services
 * (CreateTaskPane, GetTaskPane, PluginStorage) on `wps` itself [ET-TPL et: ribbon.js]; that pair is
 * combined into one WpsApplication. In Excel (Office.js) and a plain browser neither exists.
 *
 * The test is `Workbooks` (表格) — not `Application.Name`, which WPS sets to Microsoft's product
 * names [FIELD] — so WPS 文字 (`Documents`) or 演示 (`Presentations`) are not taken for 表格.
 */
import type { WpsApplication, WpsPluginStorage, WpsTaskPane } from './types';

type Loose = Record<string, unknown>;

function isObject(v: unknown): v is Loose {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function hasWorkbooks(app: Loose): boolean {
  return app.Workbooks !== undefined && app.Workbooks !== null;
}

export function getWpsApplication(win: unknown): WpsApplication | undefined {
  if (!isObject(win)) return undefined;
  try {
    const app = win.Application;
    if (isObject(app) && hasWorkbooks(app) && typeof app.CreateTaskPane === 'function') return app as unknown as WpsApplication;
    const wps = win.wps;
    if (isObject(wps) && typeof wps.EtApplication === 'function' && typeof wps.CreateTaskPane === 'function') {
      const et = (wps.EtApplication as () => unknown)();
      if (isObject(et) && hasWorkbooks(et)) return legacyApplication(et, wps);
    }
  } catch {
    return undefined; // a host object that throws on access is not a usable WPS 表格
  }
  return undefined;
}

/** `wps.EtApplication()` for the workbook, `wps.*` for the add-in services (older WPS builds). */
function legacyApplication(et: Loose, wps: Loose): WpsApplication {
  const etApp = et as unknown as WpsApplication;
  return {
    get Workbooks() {
      return etApp.Workbooks;
    },
    get ActiveWorkbook() {
      return etApp.ActiveWorkbook;
    },
    get ScreenUpdating() {
      return etApp.ScreenUpdating;
    },
    set ScreenUpdating(v: boolean | undefined) {
      etApp.ScreenUpdating = v;
    },
    get PluginStorage() {
      return wps.PluginStorage as WpsPluginStorage;
    },
    CreateTaskPane: (url: string, title?: string) => (wps.CreateTaskPane as (u: string, t?: string) => WpsTaskPane)(url, title),
    GetTaskPane: (id: number | string) => (wps.GetTaskPane as (i: number | string) => WpsTaskPane | null)(id),
  };
}
