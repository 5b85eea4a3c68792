/** Crafted inputs for the batch tests: a zip bomb, an encrypted file, an .xls, and a real slow workbook. */
import { strToU8, strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { cfb } from '../reliability/cfb';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SAMPLE = (name: string) => new Uint8Array(fs.readFileSync(path.join(ROOT, 'samples', name)));

/** A zip whose central directory declares 600 MB for an entry whose stored data is garbage (as test/reliability/bad-files). */
export function zipBomb(): Uint8Array {
  const real = zipSync({ 'xl/workbook.xml': [strToU8('<workbook>' + 'x'.repeat(2000) + '</workbook>'), { level: 9 }] });
  const b = new Uint8Array(real);
  const dv = new DataView(b.buffer);
  const dataStart = 30 + dv.getUint16(26, true) + dv.getUint16(28, true);
  const compressed = dv.getUint32(18, true);
  for (let i = dataStart; i < dataStart + compressed; i++) b[i] ^= 0x5a;
  for (let i = b.length - 22; i >= 0; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      dv.setUint32(dv.getUint32(i + 16, true) + 24, 600 * 1024 * 1024, true);
      return b;
    }
  }
  throw new Error('no end of central directory');
}

export const encrypted = (): Uint8Array => cfb(['EncryptionInfo', 'EncryptedPackage']);
export const oldXls = (): Uint8Array => new Uint8Array(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'reliability', 'lo-book.xls')));

/**
 * A real slow input: the seed template's 自评表 sheet repeated `copies` times (every copy a full
 * table that is recognised, computed and checked), 3,000 copies by the tests: ≈ 3 s of CPU to check
 * here (≈ 1 ms a table), past `--timeout 1` on any machine of today.
 */
export function manyTables(copies: number): Uint8Array {
  const files = unzipSync(SAMPLE('seed-template.xlsx'));
  const wbXml = strFromU8(files['xl/workbook.xml']);
  const relsXml = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const rid = /<sheet [^>]*name="自评表"[^>]*r:id="([^"]+)"/.exec(wbXml)![1];
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(relsXml)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(relsXml)![1];
  const sheetPart = 'xl/' + target.replace(/^\/?xl\//, '');
  const sheetXml = files[sheetPart];
  const out: Zippable = {};
  for (const [k, v] of Object.entries(files)) out[k] = [v, { level: 1 }];
  let sheets = '';
  let rels = '';
  let types = '';
  for (let i = 1; i <= copies; i++) {
    out[`xl/worksheets/copy${i}.xml`] = [sheetXml, { level: 1 }];
    sheets += `<sheet name="自评表${i}" sheetId="${1000 + i}" r:id="rIdCopy${i}"/>`;
    rels += `<Relationship Id="rIdCopy${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/copy${i}.xml"/>`;
    types += `<Override PartName="/xl/worksheets/copy${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  }
  out['xl/workbook.xml'] = [strToU8(wbXml.replace('</sheets>', sheets + '</sheets>')), { level: 1 }];
  out['xl/_rels/workbook.xml.rels'] = [strToU8(relsXml.replace('</Relationships>', rels + '</Relationships>')), { level: 1 }];
  out['[Content_Types].xml'] = [strToU8(strFromU8(files['[Content_Types].xml']).replace('</Types>', types + '</Types>')), { level: 1 }];
  return zipSync(out);
}
