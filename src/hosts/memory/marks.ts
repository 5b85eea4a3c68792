/**
 * Marking findings in a workbook (标记到工作簿): a fill colour per cell and, where the host can,
 * a note. Shared shape of the Excel and in-memory hosts (structural; each host declares its own).
 */
export interface CellMark {
  readonly sheet: string;
  /** A1, e.g. 'G16'. */
  readonly address: string;
  /** Fill colour, '#RRGGBB'. */
  readonly color: string;
  /** Note text (Simplified Chinese); written only where the host supports notes. */
  readonly note?: string;
}

export interface MarkResult {
  readonly filled: number;
  /** False when the host cannot write notes (e.g. Excel below ExcelApi 1.18). */
  readonly notesWritten: boolean;
}
