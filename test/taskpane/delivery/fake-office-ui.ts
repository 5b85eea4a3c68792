/**
 * A strict fake of the Office.js dialog surface the report delivery uses, after Microsoft's
 * reference pages (learn.microsoft.com/javascript/api/office): office.ui (displayDialogAsync,
 * openBrowserWindow — OpenBrowserWindowApi 1.1), office.dialog (addEventHandler for
 * DialogMessageReceived / DialogEventReceived only, messageChild — DialogApi 1.2, close),
 * office.requirementsetsupport (isSetSupported), office.context (platform).
 *
 * Strict: reading or calling any other member throws, as does a call the reference does not allow
 * in the state the fake is in — messageChild without DialogApi 1.2, openBrowserWindow without
 * OpenBrowserWindowApi 1.1, a start address on another origin than the add-in's (displayDialogAsync
 * fails with 12004, as documented), a second dialog while one is open (12007), an event type
 * other than the two a Dialog takes, a call on a closed dialog.
 *
 * The "page" inside the dialog is played by `page`: a function receiving what the pane sends and
 * a `messageParent` to answer with — the tests give it the real protocol (ChunkCollector).
 */
import type { DialogArgs, OfficeAsyncResult, OfficeDialog, OfficeDialogOptions, OfficeUi } from '../../../src/taskpane/delivery/office-ui';
import { OFFICE_EVENT_TYPES } from '../../../src/taskpane/delivery/office-ui';

export interface FakeOfficeOptions {
  readonly platform: 'PC' | 'Mac' | 'OfficeOnline' | 'iOS' | 'Android' | 'Universal';
  /** Requirement sets supported, e.g. { DialogApi: '1.2', OpenBrowserWindowApi: '1.1' }. */
  readonly sets: Readonly<Record<string, string>>;
  /** The add-in's origin (where dialogs may be opened). */
  readonly origin: string;
  /** The dialog page: called with 'open' when loaded, then with each message from the pane. */
  readonly page?: (event: { readonly kind: 'open' } | { readonly kind: 'message'; readonly message: string }, messageParent: (m: string) => void, closeByUser: () => void) => void;
}

function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'symbol' || key === 'then') return undefined;
      if (!(key in t)) throw new TypeError(`${name}.${key} is not part of the documented API this fake models`);
      return (t as Record<string, unknown>)[key];
    },
    set(_t, key) {
      throw new TypeError(`${name}.${String(key)} cannot be set`);
    },
  });
}

function versionAtLeast(have: string | undefined, want: string): boolean {
  if (have === undefined) return false;
  const [a, b] = have.split('.').map(Number);
  const [x, y] = want.split('.').map(Number);
  return a > x || (a === x && b >= y);
}

export class FakeOffice {
  readonly calls: string[] = [];
  readonly browserWindows: string[] = [];
  readonly childMessages: string[] = [];
  openDialogs = 0;
  closed = 0;
  readonly ui: OfficeUi;

  constructor(readonly options: FakeOfficeOptions) {
    const self = this;
    this.ui = strict('Office.context', {
      platform: options.platform,
      eventTypes: OFFICE_EVENT_TYPES,
      isSetSupported(name: string, version: string): boolean {
        self.calls.push(`isSetSupported(${name},${version})`);
        return versionAtLeast(options.sets[name], version);
      },
      openBrowserWindow(url: string): void {
        self.calls.push('openBrowserWindow');
        if (!versionAtLeast(options.sets.OpenBrowserWindowApi, '1.1')) throw new TypeError('openBrowserWindow is not a function (OpenBrowserWindowApi 1.1 missing)');
        if (!/^https:\/\//.test(url)) throw new Error('openBrowserWindow needs an https URL');
        self.browserWindows.push(url);
      },
      displayDialogAsync(url: string, opts: OfficeDialogOptions, callback: (r: OfficeAsyncResult<OfficeDialog>) => void): void {
        self.calls.push('displayDialogAsync');
        if (!versionAtLeast(options.sets.DialogApi, '1.1')) throw new TypeError('displayDialogAsync is not a function (DialogApi missing)');
        for (const k of Object.keys(opts)) if (!['height', 'width', 'displayInIframe', 'promptBeforeOpen', 'asyncContext'].includes(k)) throw new TypeError(`DialogOptions.${k} is not documented`);
        const fail = (code: number, message: string): void => {
          setTimeout(() => callback({ status: 'failed', value: undefined as never, error: { code, message } }), 0);
        };
        if (new URL(url).origin !== options.origin) return fail(12004, 'The domain of the URL is not included in the AppDomains element in the manifest.');
        if (self.openDialogs > 0) return fail(12007, 'A dialog box is already opened from this host window.');
        self.openDialogs++;
        setTimeout(() => callback({ status: 'succeeded', value: self.dialog() }), 0);
      },
    } as OfficeUi);
  }

  private dialog(): OfficeDialog {
    const self = this;
    const handlers = new Map<string, (args: DialogArgs) => void>();
    let open = true;
    const guard = (what: string) => {
      if (!open) throw new Error(`Dialog.${what} on a closed dialog`);
    };
    const messageParent = (m: string) => setTimeout(() => open && handlers.get(OFFICE_EVENT_TYPES.messageReceived)?.({ message: m, origin: self.options.origin }), 0);
    const closeByUser = () => {
      if (!open) return;
      open = false;
      self.openDialogs--;
      handlers.get(OFFICE_EVENT_TYPES.eventReceived)?.({ error: 12006 });
    };
    const dialog = strict('Dialog', {
      addEventHandler(type: string, handler: (args: DialogArgs) => void): void {
        guard('addEventHandler');
        if (type !== OFFICE_EVENT_TYPES.messageReceived && type !== OFFICE_EVENT_TYPES.eventReceived) throw new TypeError(`Dialog.addEventHandler: ${type} is not DialogMessageReceived or DialogEventReceived`);
        handlers.set(type, handler);
      },
      messageChild(message: string): void {
        guard('messageChild');
        if (!versionAtLeast(self.options.sets.DialogApi, '1.2')) throw new TypeError('messageChild is not a function (DialogApi 1.2 missing)');
        if (typeof message !== 'string') throw new TypeError('messageChild takes a string');
        self.childMessages.push(message);
        setTimeout(() => open && self.options.page?.({ kind: 'message', message }, messageParent, closeByUser), 0);
      },
      close(): void {
        guard('close');
        open = false;
        self.openDialogs--;
        self.closed++;
      },
    } as OfficeDialog);
    // The page loads a moment after the dialog opens.
    setTimeout(() => open && self.options.page?.({ kind: 'open' }, messageParent, closeByUser), 5);
    return dialog;
  }
}
