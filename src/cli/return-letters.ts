/**
 * 退回意见: for each unit with errors, one .docx the bureau sends back — what to correct, cell by
 * cell, in plain Chinese (the errors to correct, then the warnings to verify). Written with the
 * `docx` package (as src/report), the CLI only. Files are written only after the whole batch is
 * done; each atomically.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findingPlace } from '../batch/phrases';
import type { RollUp } from '../batch/roll-up';
import { isUnreadable, type FileResult } from '../batch/types';
import type { Finding } from '../core/findings';
import { writeFileAtomic } from '../hosts/xlsx/file-io';

/** The 位置 column of a letter: 表 and cell, 正文 and paragraph, or the whole file. */
function placeText(f: Finding): string {
  const place = findingPlace(f);
  if (place.cell !== null) return `${place.sheet ?? ''} ${place.cell}`;
  return place.sheet ?? '整个文件';
}

/** A file name from a unit's name: no characters Windows refuses. */
export function letterFileName(unit: string): string {
  const safe = unit.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 80) || '未知单位';
  return `${safe}-退回意见.docx`;
}

interface UnitFiles {
  readonly unit: string;
  readonly files: FileResult[];
}

/** Units with an error finding or an unreadable file, in the roll-up's order; files by path. */
export function unitsToReturn(results: readonly FileResult[], roll: RollUp): UnitFiles[] {
  const byFile = new Map(results.map((r) => [r.file, r] as const));
  const out = new Map<string, UnitFiles>();
  for (const row of roll.rows) {
    if (row.notSubmitted) continue;
    const r = byFile.get(row.file);
    if (!r) continue;
    const bad = isUnreadable(r) || r.counts.error > 0;
    if (!bad) continue;
    const u = out.get(row.unit) ?? { unit: row.unit, files: [] };
    if (!u.files.includes(r)) u.files.push(r);
    out.set(row.unit, u);
  }
  for (const u of out.values()) u.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return [...out.values()];
}

export async function writeReturnLetters(results: readonly FileResult[], roll: RollUp, dir: string, generatedAt: string): Promise<number> {
  const units = unitsToReturn(results, roll);
  if (units.length === 0) return 0;
  const docx = await import('docx');
  mkdirSync(dir, { recursive: true });
  const FONT = '仿宋_GB2312';
  const run = (text: string, o: { bold?: boolean; size?: number; font?: string } = {}) =>
    new docx.TextRun({ text, bold: o.bold, size: o.size ?? 28, font: { eastAsia: o.font ?? FONT, ascii: o.font ?? FONT, hAnsi: o.font ?? FONT } });
  const para = (text: string, o: { bold?: boolean; size?: number; font?: string; align?: 'center' | 'right'; indent?: boolean } = {}) =>
    new docx.Paragraph({
      children: [run(text, o)],
      alignment: o.align === 'center' ? docx.AlignmentType.CENTER : o.align === 'right' ? docx.AlignmentType.RIGHT : undefined,
      indent: o.indent ? { firstLine: 560 } : undefined,
      spacing: { line: 400 },
    });
  const cell = (text: string, width: number, bold = false) =>
    new docx.TableCell({ width: { size: width, type: docx.WidthType.PERCENTAGE }, children: [new docx.Paragraph({ children: [run(text, { bold, size: 24 })] })] });
  const table = (findings: readonly Finding[]) =>
    new docx.Table({
      width: { size: 100, type: docx.WidthType.PERCENTAGE },
      rows: [
        new docx.TableRow({ tableHeader: true, children: [cell('序号', 8, true), cell('位置', 20, true), cell('问题及修改要求', 72, true)] }),
        ...findings.map(
          (f, i) =>
            new docx.TableRow({
              children: [cell(String(i + 1), 8), cell(placeText(f), 20), cell(f.message.replace(/\s*[\r\n]+\s*/g, ' '), 72)],
            }),
        ),
      ],
    });
  const date = generatedAt.slice(0, 10).replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_m, y: string, mo: string, d: string) => `${y}年${Number(mo)}月${Number(d)}日`);
  for (const u of units) {
    const children: (InstanceType<typeof docx.Paragraph> | InstanceType<typeof docx.Table>)[] = [
      para('绩效自评表退回修改意见', { size: 44, font: '方正小标宋简体', align: 'center' }),
      para(''),
      para(`${u.unit}：`),
      para('经审核，你单位报送的绩效自评表存在以下问题，请逐项修改后重新报送。', { indent: true }),
    ];
    u.files.forEach((r, k) => {
      children.push(para(`${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][k] ?? String(k + 1)}、${r.file}`, { bold: true, font: '黑体' }));
      if (isUnreadable(r)) {
        children.push(para(`文件无法打开：${r.error.message}`, { indent: true }));
        return;
      }
      const errors = r.findings.filter((f) => f.severity === 'error');
      const warnings = r.findings.filter((f) => f.severity === 'warning');
      children.push(para(`（一）须修改的错误（${errors.length} 处）`, { font: '楷体_GB2312' }), table(errors));
      if (warnings.length) children.push(para(`（二）请核实的事项（${warnings.length} 处）`, { font: '楷体_GB2312' }), table(warnings));
    });
    children.push(para(''), para(date, { align: 'right' }));
    const doc = new docx.Document({
      sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children }],
    });
    await writeFileAtomic(join(dir, letterFileName(u.unit)), new Uint8Array(await docx.Packer.toBuffer(doc)));
  }
  return units.length;
}
