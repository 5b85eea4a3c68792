/**
 * A strict fake of the WPS add-in file services the report save uses, with a virtual disk.
 * Members and behaviour from their sources (see src/hosts/wps/report-file.ts):
 * - [JSAPI-D] npm `wps-jsapi` 1.0.5 src/index.d.ts: `Env.GetHomePath(): string`,
 *   `FileSystem.Exists(path): boolean`, `OAAssist.ShellExecute(file, params)`;
 * - [FS-BIN]  `FileSystem.writeAsBinaryString(path, binaryString)` (FileSystem member list,
 *   blog.csdn.net/huaermeier/article/details/132805219; Kingsoft's OA 助手 DownloadFile).
 * Anything else read from `wps`, `wps.FileSystem`, `wps.Env` or `wps.OAAssist` throws — other
 * members exist in WPS, but the adapter is not allowed to depend on one this fake does not model.
 * A binary string must hold only chars 0–255 (one per byte), or the write throws.
 */

function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return undefined;
      if (!(key in t)) throw new TypeError(`${name}.${key} is not modelled (not in the cited WPS API pages)`);
      return (t as Record<string, unknown>)[key];
    },
    set(_t, key) {
      throw new TypeError(`${name}.${String(key)} cannot be set`);
    },
  });
}

export interface FakeWpsFilesOptions {
  readonly home?: string;
  /** Folders the user may write in (default: everything under home and C:\\). */
  readonly writable?: (path: string) => boolean;
  /** false: a WPS build without writeAsBinaryString. */
  readonly binaryWrite?: boolean;
  /** false: no OAAssist (ShellExecute). */
  readonly oaAssist?: boolean;
}

export class FakeWpsFiles {
  /** path → bytes. */
  readonly disk = new Map<string, Uint8Array>();
  readonly executed: string[] = [];
  readonly calls: string[] = [];
  readonly wps: Record<string, unknown>;

  constructor(options: FakeWpsFilesOptions = {}) {
    const self = this;
    const home = options.home ?? 'C:\\Users\\kuaiji';
    const writable = options.writable ?? (() => true);
    const fileSystem: Record<string, unknown> = {
      Exists(path: string): boolean {
        self.calls.push(`FileSystem.Exists(${path})`);
        return self.disk.has(path);
      },
    };
    if (options.binaryWrite !== false) {
      fileSystem.writeAsBinaryString = (path: string, data: string): boolean => {
        self.calls.push(`FileSystem.writeAsBinaryString(${path})`);
        if (typeof path !== 'string' || typeof data !== 'string') throw new TypeError('writeAsBinaryString(path: string, data: string)');
        if (!writable(path)) return false; // the host reports failure, writes nothing
        const bytes = new Uint8Array(data.length);
        for (let i = 0; i < data.length; i++) {
          const c = data.charCodeAt(i);
          if (c > 255) throw new RangeError(`writeAsBinaryString: char ${c} at ${i} is not a byte`);
          bytes[i] = c;
        }
        self.disk.set(path, bytes);
        return true;
      };
    }
    const env = {
      GetHomePath(): string {
        self.calls.push('Env.GetHomePath()');
        return home;
      },
    };
    const oa = {
      ShellExecute(file: string, params?: unknown): void {
        self.calls.push(`OAAssist.ShellExecute(${file})`);
        if (params !== undefined && typeof params !== 'string') throw new TypeError('ShellExecute params');
        if (!self.disk.has(file)) throw new Error(`系统找不到指定的文件：${file}`);
        self.executed.push(file);
      },
    };
    const wps: Record<string, unknown> = { FileSystem: strict('wps.FileSystem', fileSystem), Env: strict('wps.Env', env) };
    // A build without OAAssist: the member reads undefined (as a missing host member does).
    wps.OAAssist = options.oaAssist === false ? undefined : strict('wps.OAAssist', oa);
    this.wps = strict('wps', wps);
  }
}
