/**
 * The report document model (ReportDocument): the plain intermediate between the workbook model
 * and the two renderers (sheet, .docx). Tests assert on this, not on zip bytes (STYLE §5).
 */
import type { CellRange } from '../core/grid/types';

/**
 * Heading levels of GB/T 9704-2012 §7.3.3: 1 = 一、(黑体), 2 = （一）(楷体_GB2312),
 * 3 = 1. (仿宋_GB2312), 4 = （1）(仿宋_GB2312).
 */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface TitleBlock {
  readonly kind: 'title';
  readonly text: string;
  /** The title broken into balanced lines (GB/T 9704 梯形/菱形), when it takes more than one. */
  readonly lines?: readonly string[];
}

export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: HeadingLevel;
  /** The visible number, e.g. '一、', '（二）', '1.', '（3）'. */
  readonly number: string;
  /** The heading text without its number. */
  readonly text: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
  /** A list item's visible number (（1）…), when the paragraph is one; part of the shown text. */
  readonly number?: string;
  /** The paragraph holds a visible placeholder for a missing input (【请在…填写…】). */
  readonly placeholder?: boolean;
}

/** One cell of a table grid; a merged area's text sits in its top-left cell, the rest are ''. */
export interface ReportTableCell {
  readonly text: string;
  readonly header?: boolean;
  readonly align?: 'left' | 'center' | 'right';
}

/** A rectangular table: a dense grid plus merged areas (0-based, inclusive), as in a sheet. */
export interface ReportTable {
  readonly caption: string;
  /** Relative column widths (any unit; renderers scale them to the type area or sheet). */
  readonly columnWidths: readonly number[];
  readonly rows: ReadonlyArray<ReadonlyArray<ReportTableCell>>;
  readonly merges: readonly CellRange[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly table: ReportTable;
}

export type ReportBlock = TitleBlock | HeadingBlock | ParagraphBlock | TableBlock;

/**
 * The sign-off under the text (GB/T 9704 §7.3.5: 发文机关署名 and 成文日期, right-aligned): the
 * unit's name ('' when unknown: a line to write on) and the date (a blank 年 月 日 to fill in by hand
 * when the workbook gives none).
 */
export interface SignOff {
  readonly unit: string;
  readonly date: string;
}

export interface ReportDocument {
  readonly title: string;
  /** In reading order, the title first. */
  readonly blocks: readonly ReportBlock[];
  /** 单位 and 日期 lines at the end of the document. */
  readonly signOff?: SignOff;
}

/** Something the report still needs (issue 12 point 3): where to fill it in, and what. */
export interface ReportGap {
  /** The sheet to fill in (基本情况 / 收支明细 / the 自评表's sheet). */
  readonly sheet: string;
  /** The A1 cell, when the workbook has one for it. */
  readonly cell?: string;
  /** What is missing, in plain Chinese (“在职人数”, “‘行政三级办理情况’的偏差原因”). */
  readonly what: string;
}

export interface ReportOptions {
  /**
   * true: a draft — each gap shows as a bracketed placeholder (【请在…填写…】). false (default):
   * the final text — a sentence whose data is missing is left out; nothing bracketed.
   */
  readonly draft?: boolean;
}

/** The report as built: the document plus every gap it still has (listed in draft and final alike). */
export interface BuiltReport extends ReportDocument {
  readonly draft: boolean;
  readonly gaps: readonly ReportGap[];
}

/** The visible text of a block (heading number + text), as a reader sees it. */
export function blockText(block: ReportBlock): string {
  switch (block.kind) {
    case 'title':
      return block.text;
    case 'heading':
      return block.number + block.text;
    case 'paragraph':
      return block.text;
    case 'table':
      return block.table.caption;
  }
}

/** The whole report as plain text, one paragraph a line; tables as their caption then tab-separated rows. */
export function reportText(doc: ReportDocument): string {
  const lines: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'table') {
      lines.push(blockText(b));
      continue;
    }
    lines.push(b.table.caption);
    for (const row of b.table.rows) lines.push('\t' + row.map((c) => c.text.replace(/\s*\n\s*/g, ' ')).join('\t'));
  }
  return lines.join('\n');
}
