/**
 * Which files of a folder are checked, and in what order: the CLI's rules (PROVISIONAL until
 * src/batch exports them).
 */
const WORKBOOK = /\.(xlsx|xlsm|xls|et)$/i;

export function isWorkbookPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return WORKBOOK.test(name) && !name.startsWith('~$');
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
