/**
 * Which host the pane runs in, decided once at start:
 *   1. Office.js reports Excel (Office.onReady) → the Excel host;
 *   2. WPS injected its Application (getWpsApplication(window)) → the WPS host;
 *   3. otherwise (plain browser, Office.js absent or reporting no host) → the in-browser preview:
 *      an in-memory host over the bundled sample workbook, shown as a grid beside the pane.
 * The WPS module and the sample are loaded lazily (separate chunks from our own origin).
 * In WPS the pane also gets `controls` (wps-actions.ts): ribbon actions and the 收起 button.
 */
import type { Workbook } from '../core/grid/types';
import type { WorkbookHost } from '../hosts/ports';
import type { MemoryHost } from '../hosts/memory';
import { createMemoryHost } from '../hosts/memory';
import type { CellMarker } from './operations';
import type { HostPaneControls, WpsPaneApi } from './wps-actions';
import { wpsPaneControls } from './wps-actions';
import type { WpsSaver } from './delivery';

export type DetectedHost =
  | { readonly kind: 'excel'; readonly host: WorkbookHost; readonly marker?: CellMarker }
  | { readonly kind: 'wps'; readonly host: WorkbookHost; readonly marker?: CellMarker; readonly controls?: HostPaneControls; readonly saver?: WpsSaver }
  | { readonly kind: 'preview'; readonly host: MemoryHost; readonly marker: CellMarker };

/** The part of src/hosts/wps the pane uses (typed structurally so the pane builds without it). */
export interface WpsModule extends Partial<WpsPaneApi> {
  getWpsApplication(win: unknown): unknown;
  createWpsHost(app: never): WorkbookHost;
  /** The page's file services when this WPS can write a file (src/hosts/wps/report-file.ts). */
  wpsFileServices?(win: unknown): unknown;
  saveReportFile?(app: never, services: never, name: string, bytes: Uint8Array): { readonly path: string; readonly opened: boolean };
}

/** The WPS report save (wps.FileSystem), bound to the application and the page's services. */
function wpsSaver(wps: WpsModule, app: unknown, win: unknown): WpsSaver | undefined {
  const services = wps.wpsFileServices?.(win);
  const save = wps.saveReportFile;
  if (!services || !save) return undefined;
  return { save: (name, bytes) => save(app as never, services as never, name, bytes) };
}

export interface DetectDeps {
  readonly win: unknown;
  /** Office.onReady's info, or undefined when Office.js is absent. */
  readonly officeReady: () => Promise<{ readonly host?: string | null } | undefined>;
  readonly createExcelHost: () => WorkbookHost & Partial<CellMarker>;
  readonly loadWps: () => Promise<WpsModule | undefined>;
  readonly loadPreviewWorkbook: () => Promise<Workbook>;
  /** How long to wait for Office.onReady before treating the page as a plain browser (ms). */
  readonly officeTimeoutMs?: number;
}

const timeout = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

function markerOf(host: WorkbookHost & Partial<CellMarker>): CellMarker | undefined {
  return typeof host.readLooks === 'function' && typeof host.writeLooks === 'function' ? (host as CellMarker) : undefined;
}

export async function detectHost(deps: DetectDeps): Promise<DetectedHost> {
  let office: { readonly host?: string | null } | undefined;
  try {
    office = await Promise.race([deps.officeReady(), timeout(deps.officeTimeoutMs ?? 4000, undefined)]);
  } catch {
    // Office.js present but failing outside Office (no host page): treat as a plain browser.
    office = undefined;
  }
  if (office?.host === 'Excel') {
    const host = deps.createExcelHost();
    return { kind: 'excel', host, marker: markerOf(host) };
  }
  let wps: WpsModule | undefined;
  try {
    wps = await deps.loadWps();
  } catch {
    wps = undefined; // the WPS module is optional in an Excel-only build
  }
  const app = wps?.getWpsApplication(deps.win);
  if (wps && app) {
    const host = wps.createWpsHost(app as never) as WorkbookHost & Partial<CellMarker>;
    return { kind: 'wps', host, marker: markerOf(host), controls: wpsPaneControls(wps, app, deps.win), saver: wpsSaver(wps, app, deps.win) };
  }
  const host = createMemoryHost(await deps.loadPreviewWorkbook());
  return { kind: 'preview', host, marker: host };
}

/** Office.onReady when office.js loaded, else undefined (script blocked, missing or no Office). */
export function officeReadyFromGlobal(): Promise<{ readonly host?: string | null } | undefined> {
  const office = (globalThis as { Office?: { onReady?: () => Promise<{ host?: unknown }> } }).Office;
  if (!office || typeof office.onReady !== 'function') return Promise.resolve(undefined);
  return office.onReady().then((info) => ({ host: info && typeof info.host === 'string' ? info.host : null }));
}
