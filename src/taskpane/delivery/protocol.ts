/**
 * What the pane and our download page (report-download.html) say to each other. The page is
 * served from the add-in's own origin and never fetches anything: the .docx arrives either in
 * Dialog API messages (pane → `Dialog.messageChild`, page → `Office.context.ui.messageParent`), or
 * in the URL fragment when the page is opened in the system browser (`openBrowserWindow`) — a
 * fragment is never sent to any server.
 */

/** Characters of base64 per messageChild call (messages are strings; kept well below any host limit). */
export const CHUNK_CHARS = 32_000;

export const DOWNLOAD_PAGE = 'report-download.html';

export type PageMessage = { readonly type: 'ready' } | { readonly type: 'received'; readonly bytes: number } | { readonly type: 'failed'; readonly reason: string };

export type PaneMessage = { readonly type: 'chunk'; readonly name: string; readonly index: number; readonly count: number; readonly data: string };

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) bin += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(bin);
}

export function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The messages carrying one file, in order. */
export function chunkMessages(name: string, bytes: Uint8Array, chunkChars = CHUNK_CHARS): PaneMessage[] {
  const b64 = toBase64(bytes);
  const count = Math.max(1, Math.ceil(b64.length / chunkChars));
  const out: PaneMessage[] = [];
  for (let i = 0; i < count; i++) out.push({ type: 'chunk', name, index: i, count, data: b64.slice(i * chunkChars, (i + 1) * chunkChars) });
  return out;
}

/** Collects chunks; `add` returns the file once every chunk arrived, else undefined. */
export class ChunkCollector {
  private parts: string[] = [];
  private seen = 0;
  add(m: PaneMessage): { readonly name: string; readonly bytes: Uint8Array } | undefined {
    if (m.index === 0 || this.parts.length !== m.count) {
      this.parts = new Array<string>(m.count);
      this.seen = 0;
    }
    if (this.parts[m.index] === undefined) this.seen++;
    this.parts[m.index] = m.data;
    return this.seen === m.count ? { name: m.name, bytes: fromBase64(this.parts.join('')) } : undefined;
  }
}

/** `#name=…&docx=…` for the browser-window route (base64url, no padding). */
export function fragmentFor(name: string, bytes: Uint8Array): string {
  const b64url = toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `#name=${encodeURIComponent(name)}&docx=${b64url}`;
}

export function fileFromFragment(hash: string): { readonly name: string; readonly bytes: Uint8Array } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const data = params.get('docx');
  const name = params.get('name');
  if (!data || !name) return undefined;
  const b64 = data.replace(/-/g, '+').replace(/_/g, '/');
  try {
    return { name, bytes: fromBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4)) };
  } catch {
    return undefined;
  }
}
