/**
 * report-download.html: the page our pane opens when a task-pane download cannot work (see
 * ../delivery/index.ts). It fetches nothing. The .docx arrives
 * - in an Office dialog: the page registers for DialogParentMessageReceived
 *   (`Office.context.ui.addHandlerAsync`), says `ready` (`Office.context.ui.messageParent`), collects
 *   the pane's chunks (`Dialog.messageChild`) and answers `received`; or
 * - in the URL fragment, when the pane opened this page in the system browser (openBrowserWindow).
 * Either way the user saves it with the page's button (a browser download from here).
 */
import { blobDownload } from '../delivery';
import type { PageMessage, PaneMessage } from '../delivery/protocol';
import { ChunkCollector, fileFromFragment } from '../delivery/protocol';
import { OFFICE_EVENT_TYPES } from '../delivery/office-ui';
import { DELIVERY_PHRASES } from '../delivery/phrases';

const T = DELIVERY_PHRASES.page;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function render(children: HTMLElement[]): void {
  const root = document.getElementById('root');
  if (!root) return;
  root.replaceChildren(el('h1', T.title), ...children);
}

function kb(bytes: number): string {
  return (Math.ceil(bytes / 102.4) / 10).toString();
}

function showFile(file: { readonly name: string; readonly bytes: Uint8Array }, autoSave: boolean): void {
  const button = el('button', T.save, { type: 'button', 'data-testid': 'save-docx' });
  button.addEventListener('click', () => blobDownload(file.name, file.bytes));
  render([el('p', T.ready(file.name, kb(file.bytes.length)), { 'data-testid': 'ready' }), button, el('p', T.hint, { class: 'hint' })]);
  button.focus();
  if (autoSave) blobDownload(file.name, file.bytes);
}

type OfficeGlobal = {
  onReady?: () => Promise<unknown>;
  EventType?: Record<string, string>;
  context?: {
    ui?: {
      messageParent?(message: string): void;
      addHandlerAsync?(type: string, handler: (args: { message: string }) => void, callback?: (r: { status: string }) => void): void;
    };
  };
};

function send(ui: NonNullable<NonNullable<OfficeGlobal['context']>['ui']>, m: PageMessage): void {
  ui.messageParent?.(JSON.stringify(m));
}

/** office.js from our own origin (the build's path), loaded only for the dialog mode. */
function loadOfficeJs(): Promise<void> {
  const src = document.getElementById('root')?.getAttribute('data-office-js');
  if (!src || (globalThis as unknown as { Office?: unknown }).Office) return Promise.resolve();
  return new Promise((resolve) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => resolve(); // no Office: the page says there is nothing to save
    document.head.appendChild(s);
  });
}

async function start(): Promise<void> {
  const fromFragment = fileFromFragment(location.hash);
  if (fromFragment) {
    // Keep the report out of the address bar and history once read.
    history.replaceState(null, '', location.pathname + location.search);
    showFile(fromFragment, true);
    return;
  }
  render([el('p', T.waiting, { 'data-testid': 'waiting' })]);
  await loadOfficeJs();
  const office = (globalThis as unknown as { Office?: OfficeGlobal }).Office;
  if (office?.onReady) await office.onReady();
  const ui = office?.context?.ui;
  if (!ui || typeof ui.messageParent !== 'function' || typeof ui.addHandlerAsync !== 'function') {
    render([el('p', T.noData, { 'data-testid': 'no-data' })]);
    return;
  }
  const collector = new ChunkCollector();
  const type = office?.EventType?.DialogParentMessageReceived ?? OFFICE_EVENT_TYPES.parentMessageReceived;
  ui.addHandlerAsync(
    type,
    (args) => {
      let m: PaneMessage;
      try {
        m = JSON.parse(args.message) as PaneMessage;
      } catch {
        return;
      }
      if (m.type !== 'chunk') return;
      try {
        const file = collector.add(m);
        if (file) {
          send(ui, { type: 'received', bytes: file.bytes.length });
          showFile(file, false);
        }
      } catch (e) {
        send(ui, { type: 'failed', reason: e instanceof Error ? e.message : String(e) });
      }
    },
    () => send(ui, { type: 'ready' }),
  );
}

void start();
