/**
 * The files the user gave the page — dropped files and folders (DataTransfer items, folders read
 * through webkitGetAsEntry and recursed), a folder picked with `<input webkitdirectory>`, or files
 * picked with a plain multiple input — as workbook files with their paths relative to the chosen
 * folder ('/'-separated), sorted by path as the CLI sorts them.
 *
 * DOM types are described structurally (EntryLike, ItemLike, FileLike) so that tests drive this
 * with plain objects.
 */
import { isWorkbookPath, comparePaths } from './paths';

export interface FileLike {
  readonly name: string;
  readonly size: number;
  readonly lastModified?: number;
  /** `<input webkitdirectory>`: "chosen folder/sub/file.xlsx". Empty for a plain pick or a drop. */
  readonly webkitRelativePath?: string;
}

/** A FileSystemEntry as webkitGetAsEntry returns it (Chromium 13+). */
export interface EntryLike {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
  file?(ok: (f: FileLike) => void, fail?: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: EntryLike[]) => void, fail?: (e: unknown) => void): void };
}

/** A DataTransferItem. */
export interface ItemLike {
  readonly kind: string;
  webkitGetAsEntry?(): EntryLike | null;
  getAsFile(): FileLike | null;
}

/** One workbook to check: its path relative to the chosen folder, its file, or why it could not be opened. */
export interface Picked<F extends FileLike = FileLike> {
  readonly path: string;
  readonly file?: F;
  readonly error?: string;
}

/** Top-level things the user gave: a file, or a folder (paths below it are relative to it). */
export type Root = { readonly kind: 'file'; readonly file: FileLike } | { readonly kind: 'entry'; readonly entry: EntryLike };

function sortPicked<F extends FileLike>(list: Picked<F>[]): Picked<F>[] {
  return list.sort((a, b) => comparePaths(a.path, b.path));
}

/**
 * Files of an `<input type=file multiple [webkitdirectory]>`. With a folder picked, paths are
 * relative to it (its own name dropped); otherwise the bare file names.
 */
export function pickedFromInput<F extends FileLike>(files: ArrayLike<F>): Picked<F>[] {
  const out: Picked<F>[] = [];
  const all = Array.prototype.slice.call(files) as F[];
  const roots = new Set(all.map((f) => (f.webkitRelativePath ? f.webkitRelativePath.split('/')[0] : '')));
  // One folder chosen (the input's own case): drop its name. Several (not possible with one input) keep theirs.
  const strip = roots.size === 1 && !roots.has('');
  for (const f of all) {
    const rel = f.webkitRelativePath ? (strip ? f.webkitRelativePath.split('/').slice(1).join('/') : f.webkitRelativePath) : f.name;
    if (isWorkbookPath(rel)) out.push({ path: rel, file: f });
  }
  return sortPicked(out);
}

/**
 * The entries of a drop, taken synchronously (a DataTransfer is emptied when the event handler
 * returns), then read. A drop of one folder: paths relative to it. Otherwise each folder's files
 * keep the folder's name in front (as the CLI given several paths prints them).
 */
export function rootsOfDrop(items: ArrayLike<ItemLike>): Root[] {
  const roots: Root[] = [];
  for (const item of Array.prototype.slice.call(items) as ItemLike[]) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
    if (entry && entry.isDirectory) roots.push({ kind: 'entry', entry });
    else {
      const file = item.getAsFile();
      if (file) roots.push({ kind: 'file', file });
      else if (entry) roots.push({ kind: 'entry', entry });
    }
  }
  return roots;
}

export async function pickedFromDrop(roots: readonly Root[]): Promise<Picked[]> {
  const out: Picked[] = [];
  const oneFolder = roots.length === 1 && roots[0].kind === 'entry' && roots[0].entry.isDirectory;
  for (const root of roots) {
    if (root.kind === 'file') {
      if (isWorkbookPath(root.file.name)) out.push({ path: root.file.name, file: root.file });
    } else if (root.entry.isDirectory) await walk(root.entry, oneFolder ? '' : `${root.entry.name}/`, out);
    else await addFileEntry(root.entry, root.entry.name, out);
  }
  return sortPicked(out);
}

async function walk(dir: EntryLike, prefix: string, out: Picked[]): Promise<void> {
  let children: EntryLike[];
  try {
    children = await readAll(dir);
  } catch (e) {
    out.push({ path: prefix.replace(/\/$/, '') || dir.name, error: reasonOf(e) });
    return;
  }
  for (const child of children) {
    const path = `${prefix}${child.name}`;
    if (child.isDirectory) await walk(child, `${path}/`, out);
    else if (child.isFile) await addFileEntry(child, path, out);
  }
}

async function addFileEntry(entry: EntryLike, path: string, out: Picked[]): Promise<void> {
  if (!isWorkbookPath(path)) return;
  try {
    const file = await new Promise<FileLike>((ok, fail) => entry.file!(ok, fail));
    out.push({ path, file });
  } catch (e) {
    out.push({ path, error: reasonOf(e) });
  }
}

/** readEntries returns at most 100 entries a call (Chromium): call it until it returns none. */
async function readAll(dir: EntryLike): Promise<EntryLike[]> {
  const reader = dir.createReader!();
  const all: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function reasonOf(e: unknown): string {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  if (name === 'NotFoundError') return '文件已不存在（可能已被移动或删除）';
  if (name === 'NotReadableError' || name === 'SecurityError') return '没有读取权限，或文件正被其他程序占用';
  return `无法读取（${name || String(e)}）`;
}
