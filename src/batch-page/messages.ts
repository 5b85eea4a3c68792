/** Messages between the page and its workers (structured-cloned; a File/Blob is passed as a handle). */
import type { FileResult } from '../batch/types';
import type { SummaryMeta } from '../batch/summary';

/** Check one file: `path` relative to the chosen folder, the worker reads `file` itself. */
export interface CheckRequest {
  readonly type: 'check';
  readonly id: number;
  readonly path: string;
  readonly file: Blob;
}

/** Build the roll-up workbook (汇总.xlsx) from every result. */
export interface SummaryRequest {
  readonly type: 'summary';
  readonly id: number;
  readonly results: readonly FileResult[];
  /** The profile is the worker's (the page checks with the national profile, as the CLI by default). */
  readonly meta: Omit<SummaryMeta, 'profile'>;
}

export type WorkerRequest = CheckRequest | SummaryRequest;

export type CheckResponse = { readonly type: 'result'; readonly id: number; readonly result: FileResult };

export type SummaryResponse =
  | { readonly type: 'summary'; readonly id: number; readonly bytes: Uint8Array }
  | { readonly type: 'summary-error'; readonly id: number; readonly message: string };

export type WorkerResponse = CheckResponse | SummaryResponse;
