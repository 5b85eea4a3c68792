/**
 * The Office.js calls the report delivery makes, declared structurally so the routes run against
 * the strict fake in tests (test/taskpane/delivery/fake-office-ui.ts). Each member, from Microsoft's
 * reference (learn.microsoft.com/javascript/api/office):
 * - `Office.context.platform` (office.context#office-office-context-platform-member):
 *   'PC' | 'Mac' | 'OfficeOnline' | 'iOS' | 'Android' | 'Universal'.
 * - `Office.context.requirements.isSetSupported(name, version)` (office.requirementsetsupport):
 *   'DialogApi' 1.2 for `Dialog.messageChild`; 'OpenBrowserWindowApi' 1.1 for
 *   `UI.openBrowserWindow`.
 * - `Office.context.ui.displayDialogAsync(startAddress, options, callback)` (office.ui): the page
 *   must be on the add-in's own domain; the callback gets an AsyncResult whose `value` is the Dialog.
 * - `Dialog.addEventHandler(Office.EventType.DialogMessageReceived | DialogEventReceived, handler)`,
 *   `Dialog.messageChild(message)`, `Dialog.close()` (office.dialog).
 * - `Office.context.ui.messageParent(message)` and
 *   `Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, handler)` in
 *   the dialog page (office.ui; office.dialogparentmessagereceivedeventargs).
 * - `Office.context.ui.openBrowserWindow(url)` (office.ui, OpenBrowserWindowApi 1.1): Microsoft's
 *   stated workaround for downloads in Office for Mac (office-js issues #3662, #3848: a blob link does
 *   nothing in the task pane nor in a dialog there — WebKit bug 174076).
 */

/** Office.EventType values (the real enum's strings; the adapter passes Office.EventType's own). */
export interface DialogEventTypes {
  readonly messageReceived: string;
  readonly eventReceived: string;
  readonly parentMessageReceived: string;
}

export const OFFICE_EVENT_TYPES: DialogEventTypes = {
  messageReceived: 'dialogMessageReceived',
  eventReceived: 'dialogEventReceived',
  parentMessageReceived: 'dialogParentMessageReceived',
};

export interface OfficeAsyncResult<T> {
  readonly status: 'succeeded' | 'failed' | string;
  readonly value: T;
  readonly error?: { readonly code?: number; readonly message?: string };
}

export type DialogArgs = { readonly message: string; readonly origin?: string } | { readonly error: number };

export interface OfficeDialog {
  addEventHandler(eventType: string, handler: (args: DialogArgs) => void): void;
  messageChild(message: string): void;
  close(): void;
}

export interface OfficeDialogOptions {
  readonly height?: number;
  readonly width?: number;
  readonly displayInIframe?: boolean;
  readonly promptBeforeOpen?: boolean;
}

/** What the pane reads from `Office.context`. */
export interface OfficeUi {
  readonly platform?: string;
  isSetSupported(name: string, version: string): boolean;
  displayDialogAsync(url: string, options: OfficeDialogOptions, callback: (result: OfficeAsyncResult<OfficeDialog>) => void): void;
  openBrowserWindow(url: string): void;
  readonly eventTypes: DialogEventTypes;
}

/** The real Office.js objects, read after Office.onReady (undefined outside Office). */
export function officeUiFromGlobal(): OfficeUi | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const context = office?.context;
  if (!office || !context || !context.ui || !context.requirements) return undefined;
  const types = office.EventType as unknown as Record<string, string> | undefined;
  return {
    platform: context.platform === undefined || context.platform === null ? undefined : String(context.platform),
    isSetSupported: (name, version) => context.requirements.isSetSupported(name, version),
    displayDialogAsync: (url, options, callback) =>
      context.ui.displayDialogAsync(url, options, callback as unknown as (r: Office.AsyncResult<Office.Dialog>) => void),
    openBrowserWindow: (url) => context.ui.openBrowserWindow(url),
    eventTypes: {
      messageReceived: types?.DialogMessageReceived ?? OFFICE_EVENT_TYPES.messageReceived,
      eventReceived: types?.DialogEventReceived ?? OFFICE_EVENT_TYPES.eventReceived,
      parentMessageReceived: types?.DialogParentMessageReceived ?? OFFICE_EVENT_TYPES.parentMessageReceived,
    },
  };
}
