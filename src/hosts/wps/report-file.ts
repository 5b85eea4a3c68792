/**
 * Saving the Word report from a WPS 加载项. A WPS task pane is an embedded Chromium view, not a
 * browser: an `<a download>` click has no documented outcome there. WPS gives add-in pages the
 * local file system instead, so the pane writes the .docx itself and opens it with the system's
 * handler for .docx (WPS 文字 on the desktops WPS is deployed to).
 *
 * Every member used, with its source:
 * - [JSAPI-D]  Kingsoft's typings of the add-in API, npm `wps-jsapi` 1.0.5 (the devDependency of
 *              `wpsjs`), src/index.d.ts: `wps.Env.GetHomePath()` ("获取本机用户home目录路径"),
 *              `wps.FileSystem.Exists(path)`, `wps.OAAssist.ShellExecute(file, params)`
 *              ("执行一个本地程序…类似于winapi的ShellExecute"); the et template of `wpsjs` 2.2.3
 *              calls `Application.OAAssist.ShellExecute(param)` (et/js/util.js).
 * - [FS-BIN]   `FileSystem.writeAsBinaryString(path, binaryString)` ("写二进制字符串对象到指定文件"):
 *              not in the typings (their `WriteFile` is a commented-out "todo"), documented in the
 *              FileSystem member list at https://blog.csdn.net/huaermeier/article/details/132805219
 *              and used by Kingsoft's OA 助手 demo (DownloadFile: `wps.Env.GetTempPath()` +
 *              `wps.FileSystem.writeAsBinaryString(path, reader.result)`). Detected at run time:
 *              a WPS without it falls back to the pane's download and the 自评报告 sheet.
 * - [ET-API]   `Workbook.Path` (lib.et.d.ts of the same typings; VBA Workbook.Path): the folder of
 *              the open workbook, '' while it was never saved.
 *
 * The report goes next to the workbook (else into the user's home folder) and never replaces a
 * file: 自评报告.docx, 自评报告(2).docx, …
 */
import type { WpsApplication } from './types';

/** `wps.FileSystem` [JSAPI-D, FS-BIN]. */
export interface WpsFileSystem {
  Exists(path: string): boolean;
  writeAsBinaryString(path: string, binaryString: string): unknown;
}

/** `wps.Env` [JSAPI-D]. */
export interface WpsEnv {
  GetHomePath(): string;
}

/** `wps.OAAssist` [JSAPI-D]. */
export interface WpsOAAssist {
  ShellExecute(file: string, params?: unknown): void;
}

/** The add-in services a report save needs (from the page's `wps` object). */
export interface WpsFileServices {
  readonly FileSystem: WpsFileSystem;
  readonly Env: WpsEnv;
  readonly OAAssist?: WpsOAAssist;
}

export interface SavedReport {
  readonly path: string;
  /** True when ShellExecute was called without an error (the file opens in its default program). */
  readonly opened: boolean;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => v !== null && (typeof v === 'object' || typeof v === 'function');

/**
 * The page's file services when this WPS can write a binary file: `wps.*` (every build), else
 * `Application.*` (the same objects hang off the Application in newer builds [FS-BIN]).
 */
export function wpsFileServices(win: unknown): WpsFileServices | undefined {
  if (!isObject(win)) return undefined;
  for (const owner of [win.wps, win.Application]) {
    try {
      if (!isObject(owner)) continue;
      const fs = owner.FileSystem;
      const env = owner.Env;
      if (!isObject(fs) || !isObject(env)) continue;
      if (typeof fs.writeAsBinaryString !== 'function' || typeof fs.Exists !== 'function' || typeof env.GetHomePath !== 'function') continue;
      const oa = owner.OAAssist;
      return {
        FileSystem: fs as unknown as WpsFileSystem,
        Env: env as unknown as WpsEnv,
        OAAssist: isObject(oa) && typeof oa.ShellExecute === 'function' ? (oa as unknown as WpsOAAssist) : undefined,
      };
    } catch {
      // a host object that throws on access: try the other owner
    }
  }
  return undefined;
}

/** Bytes → the "binary string" (one char per byte) writeAsBinaryString takes. */
export function binaryString(bytes: Uint8Array): string {
  let out = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) out += String.fromCharCode(...bytes.subarray(i, i + step));
  return out;
}

function separatorOf(folder: string): string {
  return folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
}

function join(folder: string, name: string): string {
  const sep = separatorOf(folder);
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

/** '自评报告.docx' → '自评报告(2).docx'. */
function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}(${n})${name.slice(dot)}` : `${name}(${n})`;
}

function workbookFolder(app: WpsApplication): string {
  try {
    const path = app.ActiveWorkbook?.Path;
    return typeof path === 'string' ? path : '';
  } catch {
    return '';
  }
}

/** Thrown when no free name or the write did not leave a file; the pane shows it with the sheet fallback. */
export class ReportFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReportFileError';
  }
}

/** Write `bytes` as `name` beside the workbook (else in the home folder) and open it. */
export function saveReportFile(app: WpsApplication, services: WpsFileServices, name: string, bytes: Uint8Array): SavedReport {
  const folder = workbookFolder(app) || services.Env.GetHomePath();
  if (!folder) throw new ReportFileError('无法确定保存位置（工作簿尚未保存，且取不到用户目录）');
  let path = join(folder, name);
  for (let n = 2; services.FileSystem.Exists(path); n++) {
    if (n > 99) throw new ReportFileError(`“${folder}”中同名文件过多，未保存`);
    path = join(folder, numbered(name, n));
  }
  try {
    services.FileSystem.writeAsBinaryString(path, binaryString(bytes));
  } catch (cause) {
    throw new ReportFileError(`无法写入“${path}”`, { cause });
  }
  if (!services.FileSystem.Exists(path)) throw new ReportFileError(`写入“${path}”后找不到该文件（可能没有写入权限）`);
  let opened = false;
  if (services.OAAssist) {
    try {
      services.OAAssist.ShellExecute(path);
      opened = true;
    } catch {
      opened = false; // saved; the pane names the path so the user opens it
    }
  }
  return { path, opened };
}
