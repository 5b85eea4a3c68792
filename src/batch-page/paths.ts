/**
 * Which files of a folder are checked, and in what order — the CLI's rules (src/cli/batch.ts
 * batchFiles, Node-only so not importable here): extensions .xlsx .xlsm .xls .et .docx .doc (.xls,
 * .et and .doc become 无法读取 rows asking to save as .xlsx / .docx; a .docx's tables are checked); lock files (~$…) and hidden files and folders
 * (.…) skipped at any depth; paths sorted by code point (no locale collation: the CLI and the page
 * give the same order).
 */
const WORKBOOK = /\.(xlsx|xlsm|xls|et|docx|doc)$/i;

/** `path`: '/'-separated, relative to the chosen folder. */
export function isWorkbookPath(path: string): boolean {
  const parts = path.split('/');
  if (parts.some((p) => p.startsWith('.') || p.startsWith('~$'))) return false;
  return WORKBOOK.test(parts[parts.length - 1]);
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
