export interface KeyItem { rule: string; cell: string; severity?: 'error' | 'warning' | 'info'; why: string }
export interface CorpusTable {
  folder: string;
  dir: string;
  source: { url: string; title: string; publisher: string; province: string; kind: 'project' | 'department'; year: number; debris: boolean };
  table: { sheet: string; rows: string[][]; merges?: string[]; numbers: 'typed' | 'text' };
  key: { must: KeyItem[]; tolerated: KeyItem[] };
  excerpt: string;
  problems: string[];
}
export interface CheckFinding { rule: string; severity: string; sheet?: string; cell?: string; message: string }
export type BuildResult = { findings: CheckFinding[] } | { error: unknown };
export interface TableScore {
  folder: string;
  mustTotal: number;
  mustFound: number;
  misses: Array<{ build: string; rule: string; cell: string; severity?: string; why?: string; near?: string[] }>;
  falseAlarms: Array<{ build: string; rule: string; cell?: string; sheet?: string; severity: string; message: string }>;
  tolerated: number;
  infos: number;
  unreadable: Array<{ build: string; error: unknown }>;
}
export interface Totals {
  tables: number; mustTotal: number; mustFound: number; falseErrors: number; falseWarnings: number;
  infos: number; tolerated: number; unreadable: number; recall: number;
}
export const CORPUS: string;
export const BUILDS: string[];
export function tableFolders(): string[];
export function loadTable(folder: string): CorpusTable;
export function loadCorpus(): CorpusTable[];
export function cellsMissingFromExcerpt(t: CorpusTable): string[];
export function scoreTable(t: CorpusTable, results: Record<string, BuildResult>): TableScore;
export function totals(scores: TableScore[]): Totals;
export function resultsByTable(json: { files: Array<{ file: string; findings?: CheckFinding[]; error?: unknown }> }, tables: CorpusTable[]): Map<string, Record<string, BuildResult>>;
export function corpusFiles(tables: CorpusTable[]): string[];
export function formatReport(scores: TableScore[]): string;
export function builtFrom(xlsxPath: string): string | null;
