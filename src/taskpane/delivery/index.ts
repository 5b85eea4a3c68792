/**
 * Getting the Word report to the user in every host (issue 12 point 11). What works differs:
 *
 * | host                                   | route            | why |
 * | -------------------------------------- | ---------------- | --- |
 * | browser preview, Excel on the web      | download         | a Blob + `<a download>` is a browser download |
 * | Excel on Windows (WebView2)            | download, and on request office-dialog | WebView2 downloads; office-js #1511 (CSP `frame-src blob:`) broke it once, so the pane also offers the dialog page |
 * | Excel for Mac                          | browser-window (OpenBrowserWindowApi 1.1), else office-dialog | blob links do nothing in the Mac pane (#4681, #3385; #2700 closed by design) nor in its dialogs (#3662, #3848); Microsoft's workaround is openBrowserWindow to a page you own |
 * | Excel on iPad / other                  | office-dialog when DialogApi 1.2, else sheet-only | |
 * | WPS 表格                               | wps-file (FileSystem.writeAsBinaryString + OAAssist.ShellExecute), else download | the WPS pane is an embedded Chromium, not a browser |
 *
 * The 自评报告 sheet is written before any of this (operations.generateReport), so the report is
 * always in the workbook whatever the route does.
 */
import type { OfficeDialog, OfficeUi } from './office-ui';
import type { PageMessage } from './protocol';
import { chunkMessages, DOWNLOAD_PAGE, fragmentFor } from './protocol';
import { DELIVERY_PHRASES } from './phrases';

export type DeliveryRoute = 'download' | 'office-dialog' | 'browser-window' | 'wps-file' | 'sheet-only';

export interface DeliveryOutcome {
  readonly route: DeliveryRoute;
  /** What to tell the user (Simplified Chinese). */
  readonly notice: string;
  /** A second way the pane can offer ("没有出现保存提示？"), when there is one. */
  readonly alternative?: DeliveryRoute;
}

export interface WpsSaver {
  /** Writes the file and opens it; returns where it went. */
  save(name: string, bytes: Uint8Array): { readonly path: string; readonly opened: boolean };
}

export interface DeliveryContext {
  readonly kind: 'excel' | 'wps' | 'preview';
  readonly office?: OfficeUi;
  readonly wps?: WpsSaver;
  /** The browser download (Blob + `<a download>`). */
  readonly blobDownload: (name: string, bytes: Uint8Array) => void;
  /** Absolute URL of report-download.html on the add-in's own origin. */
  readonly pageUrl: string;
  /** How long the dialog page may take to say it is ready (ms). */
  readonly dialogTimeoutMs?: number;
}

export interface RouteChoice {
  readonly route: DeliveryRoute;
  readonly alternative?: DeliveryRoute;
}

const canDialog = (o: OfficeUi) => o.isSetSupported('DialogApi', '1.2');

/** Which route this host takes (and the one offered as an alternative). */
export function chooseRoute(ctx: Pick<DeliveryContext, 'kind' | 'office' | 'wps'>): RouteChoice {
  if (ctx.kind === 'preview') return { route: 'download' };
  if (ctx.kind === 'wps') return ctx.wps ? { route: 'wps-file', alternative: 'download' } : { route: 'download' };
  const o = ctx.office;
  if (!o) return { route: 'download' };
  switch (o.platform) {
    case 'OfficeOnline':
      return { route: 'download' };
    case 'PC':
      return canDialog(o) ? { route: 'download', alternative: 'office-dialog' } : { route: 'download' };
    case 'Mac':
      if (o.isSetSupported('OpenBrowserWindowApi', '1.1')) return canDialog(o) ? { route: 'browser-window', alternative: 'office-dialog' } : { route: 'browser-window' };
      return canDialog(o) ? { route: 'office-dialog' } : { route: 'sheet-only' };
    default:
      return canDialog(o) ? { route: 'office-dialog' } : { route: 'sheet-only' };
  }
}

/**
 * Open our download page in an Office dialog and hand it the file: the page says `ready`
 * (messageParent), the pane sends the chunks (messageChild), the page answers `received` and offers
 * the file to save. Resolves when the page has the whole file.
 */
export function deliverThroughDialog(office: OfficeUi, pageUrl: string, name: string, bytes: Uint8Array, timeoutMs = 30_000): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let done = false;
    let dialog: OfficeDialog | undefined;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) {
        try {
          dialog?.close();
        } catch {
          // already closed
        }
        reject(error);
      } else resolve();
    };
    const timer = setTimeout(() => finish(new Error(DELIVERY_PHRASES.dialogTimeout)), timeoutMs);
    office.displayDialogAsync(pageUrl, { height: 40, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== 'succeeded') {
        finish(new Error(DELIVERY_PHRASES.dialogFailed(result.error?.code, result.error?.message)));
        return;
      }
      dialog = result.value;
      const d = dialog;
      d.addEventHandler(office.eventTypes.messageReceived, (args) => {
        if (!('message' in args)) return;
        let m: PageMessage;
        try {
          m = JSON.parse(args.message) as PageMessage;
        } catch {
          return;
        }
        if (m.type === 'ready') {
          try {
            for (const chunk of chunkMessages(name, bytes)) d.messageChild(JSON.stringify(chunk));
          } catch (e) {
            finish(e instanceof Error ? e : new Error(String(e)));
          }
        } else if (m.type === 'received') finish(m.bytes === bytes.length ? undefined : new Error(DELIVERY_PHRASES.dialogIncomplete));
        else if (m.type === 'failed') finish(new Error(m.reason));
      });
      d.addEventHandler(office.eventTypes.eventReceived, (args) => {
        // 12006: the user closed the dialog before it had the file.
        if ('error' in args) finish(new Error(DELIVERY_PHRASES.dialogClosed(args.error)));
      });
    });
  });
}

/** Deliver by one route. The caller has already written the 自评报告 sheet. */
export async function deliverReport(ctx: DeliveryContext, name: string, bytes: Uint8Array, route: DeliveryRoute = chooseRoute(ctx).route): Promise<DeliveryOutcome> {
  const alternative = (() => {
    const choice = chooseRoute(ctx);
    const alt = route === choice.route ? choice.alternative : choice.route;
    return alt !== route && alt !== 'sheet-only' ? alt : undefined;
  })();
  switch (route) {
    case 'download':
      ctx.blobDownload(name, bytes);
      // Where a download can silently do nothing (Office's web view, WPS), the notice does not claim it worked.
      return { route, notice: ctx.kind === 'preview' || ctx.office?.platform === 'OfficeOnline' ? DELIVERY_PHRASES.downloaded(name) : DELIVERY_PHRASES.downloadRequested(name), alternative };
    case 'wps-file': {
      if (!ctx.wps) throw new Error(DELIVERY_PHRASES.noWpsFiles);
      const saved = ctx.wps.save(name, bytes);
      return { route, notice: saved.opened ? DELIVERY_PHRASES.savedAndOpened(saved.path) : DELIVERY_PHRASES.saved(saved.path), alternative };
    }
    case 'office-dialog':
      if (!ctx.office) throw new Error(DELIVERY_PHRASES.noOffice);
      await deliverThroughDialog(ctx.office, ctx.pageUrl, name, bytes, ctx.dialogTimeoutMs);
      return { route, notice: DELIVERY_PHRASES.dialog, alternative };
    case 'browser-window':
      if (!ctx.office) throw new Error(DELIVERY_PHRASES.noOffice);
      ctx.office.openBrowserWindow(ctx.pageUrl + fragmentFor(name, bytes));
      return { route, notice: DELIVERY_PHRASES.browserWindow, alternative };
    case 'sheet-only':
      return { route, notice: DELIVERY_PHRASES.sheetOnly };
  }
}

/** The download page's URL beside the pane's own page (same origin, same folder). */
export function downloadPageUrl(paneHref: string): string {
  return new URL(DOWNLOAD_PAGE, paneHref).href.replace(/#.*$/, '');
}

/** The browser download: a Blob behind a temporary `<a download>`. */
export function blobDownload(name: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
