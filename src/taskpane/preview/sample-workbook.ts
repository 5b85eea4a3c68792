/**
 * The preview's workbook: the bundled sample (samples/seed-template.xlsx), inlined into this lazy
 * chunk as a data: URL by webpack — no request of its own — and read by the browser-safe reader.
 * A workbook the page injected as `window.__JIXIAO_PREVIEW_WORKBOOK__` (the benchmark's generated
 * 10k-row workbook; see injected-workbook.ts) is used instead when present.
 */
import type { Workbook } from '../../core/grid/types';
import { readXlsx } from '../../hosts/xlsx/reader';
import { injectedWorkbook } from './injected-workbook';
import sampleDataUrl from '../../../samples/seed-template.xlsx';

/** 'data:…;base64,XXXX' → bytes. */
export function bytesOfDataUrl(url: string): Uint8Array {
  const comma = url.indexOf(',');
  const bin = atob(url.slice(comma + 1));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The injected workbook of `win` if any, else the bundled sample. */
export function loadSampleWorkbook(win: unknown = globalThis): Workbook {
  return injectedWorkbook(win) ?? readXlsx(bytesOfDataUrl(sampleDataUrl));
}
