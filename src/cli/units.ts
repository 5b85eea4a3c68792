/**
 * `--units 名单.xlsx|.txt`: the units expected to submit. A text file holds one unit a line
 * (UTF-8, or GBK as Windows Notepad saves it); a workbook, one unit a row in the first sheet's
 * column headed 单位/部门/名称 (else column A); headers, 序号 and blank rows are skipped. The
 * workbook is read through the WorkbookHost port (the xlsx host), its first sheet only.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { XlsxWorkbookHost } from '../hosts/xlsx/host';
import { NODE_ZIP_CODEC } from '../hosts/xlsx/file-io';
import { XlsxError } from '../hosts/xlsx/errors';

export class UnitsError extends Error {}

const HEADER = /^(单位|部门|名称|单位名称|部门名称|预算单位|预算部门|报送单位|序号|编号)$/u;

function clean(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const t = raw.replace(/^\uFEFF/, '').replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
    if (t === '' || HEADER.test(t.replace(/[\s\u3000]+/gu, '')) || /^\d+[.、]?$/.test(t)) continue;
    out.push(t.replace(/^\d+[.、\s]\s*/u, ''));
  }
  return out;
}

export async function readUnits(path: string): Promise<string[]> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UnitsError(`找不到报送名单“${path}”。`);
  }
  const ext = extname(path).toLowerCase();
  let units: string[];
  if (ext === '.xlsx' || ext === '.xlsm') {
    try {
      const host = XlsxWorkbookHost.open(new Uint8Array(bytes), NODE_ZIP_CODEC);
      // Sheet by sheet: only the first sheet is parsed.
      const sheets = await host.readSheets();
      const cells = sheets.names.length > 0 ? sheets.read(sheets.names[0]).cells : [];
      let col = 0;
      for (let r = 0; r < Math.min(cells.length, 5); r++) {
        const c = (cells[r] ?? []).findIndex((x) => typeof x?.value === 'string' && /单位|部门|名称/u.test(x.value) && !/序号/u.test(x.value));
        if (c >= 0) {
          col = c;
          break;
        }
      }
      units = clean(cells.map((row) => {
        const v = row?.[col]?.value;
        return typeof v === 'string' ? v : '';
      }));
    } catch (err) {
      if (err instanceof XlsxError) throw new UnitsError(`报送名单“${basename(path)}”无法读取：${err.withFile(basename(path)).message}`);
      throw err;
    }
  } else if (ext === '.txt' || ext === '.csv' || ext === '') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('gbk').decode(bytes);
    }
    units = clean(text.split(/\r\n|\r|\n/).map((l) => l.split(/[,\t，]/u)[0]));
  } else throw new UnitsError(`报送名单应为 .xlsx 或 .txt 文件：“${basename(path)}”。`);
  if (units.length === 0) throw new UnitsError(`报送名单“${basename(path)}”中没有单位名称。`);
  return units;
}
