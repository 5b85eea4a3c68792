/**
 * The Web Worker of the batch page: checks one file at a time with the batch API (the CLI's own
 * checkWorkbookBytes; fflate inflates, the browser has no native raw inflate before Chromium 103),
 * and builds the roll-up workbook (buildSummaryWorkbook, the CLI's writer) when asked.
 *
 * Built as its own bundle and inlined into batch.html as text (webpack.batch.js); the page starts
 * it from a blob: URL, which Chromium allows on a page opened from file:// (a worker file is not).
 */
import { checkWorkbookBytes } from '../batch/check';
import { BATCH_TEXT } from '../batch/phrases';
import { buildSummaryWorkbook } from '../batch/summary';
import type { FileResult } from '../batch/types';
import { NATIONAL_PROFILE } from '../core/rules/profile';
import { XLSX_PHRASES } from '../hosts/xlsx/phrases';
import type { CheckRequest, SummaryRequest, WorkerRequest, WorkerResponse } from './messages';

interface WorkerScope {
  onmessage: ((e: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerResponse, transfer?: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function readReason(e: unknown): string {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  if (name === 'NotFoundError') return '文件已不存在（可能已被移动或删除）';
  if (name === 'NotReadableError') return '没有读取权限，或文件正被其他程序占用';
  return String(e);
}

async function check(msg: CheckRequest): Promise<void> {
  let result: FileResult;
  let bytes: Uint8Array | undefined;
  try {
    bytes = new Uint8Array(await msg.file.arrayBuffer());
  } catch (e) {
    result = { file: msg.path, error: { code: 'UNREADABLE', message: XLSX_PHRASES.unreadable(baseName(msg.path), readReason(e)) } };
  }
  if (bytes !== undefined) {
    try {
      result = await checkWorkbookBytes(msg.path, bytes);
    } catch (e) {
      // checkWorkbookBytes resolves errors as results (never rejects); this is for the unforeseen (say, out of memory):
      // one row, not a file left waiting for the time limit.
      result = { file: msg.path, error: { code: 'INTERNAL', message: BATCH_TEXT.internal(baseName(msg.path), e instanceof Error ? e.message : String(e)) } };
    }
  }
  scope.postMessage({ type: 'result', id: msg.id, result: result! });
}

function summary(msg: SummaryRequest): void {
  try {
    const bytes = buildSummaryWorkbook(msg.results, { ...msg.meta, profile: { id: NATIONAL_PROFILE.id, name: NATIONAL_PROFILE.name } });
    scope.postMessage({ type: 'summary', id: msg.id, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    scope.postMessage({ type: 'summary-error', id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
}

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'check') void check(msg);
  else if (msg.type === 'summary') summary(msg);
};
