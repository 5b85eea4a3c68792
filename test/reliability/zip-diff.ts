/**
 * Package diffing for the surgical-write proofs: which zip entries changed, which worksheet part
 * holds which sheet, and part-level comparisons (cells by reference, styles appended only,
 * workbook.xml only by calcPr). Independent of the writer's code: plain regexes over the XML.
 */
import { strFromU8, unzipSync } from 'fflate';

export type Entries = Record<string, Uint8Array>;

export const unzip = (bytes: Uint8Array): Entries => unzipSync(bytes);
export const text = (e: Entries, name: string): string => strFromU8(e[name]);

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Entries that differ or exist on one side only. */
export function changed(a: Entries, b: Entries): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((n) => !sameBytes(a[n], b[n])).sort();
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag)?.[1];

/** Sheet name → worksheet part path, from workbook.xml and its rels. */
export function sheetParts(e: Entries): Map<string, string> {
  const wb = text(e, 'xl/workbook.xml');
  const rels = text(e, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], 'r:id');
    if (name && id && targets.has(id)) out.set(decodeXml(name), targets.get(id)!);
  }
  return out;
}

export function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Cells of a worksheet part by reference: the full `<c …>…</c>` (or self-closing) text. */
export function cellsOf(sheetXml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of sheetXml.matchAll(/<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g)) {
    const r = attr(m[0].slice(0, m[0].indexOf('>') + 1), 'r');
    if (r) out.set(r, m[0]);
  }
  return out;
}

/** The worksheet part without its sheetData (everything else must stay byte-identical). */
export function outsideSheetData(sheetXml: string): string {
  return sheetXml.replace(/<(\w+:)?sheetData\b[\s\S]*?<\/(\w+:)?sheetData>|<(\w+:)?sheetData\s*\/>/, '<sheetData/>');
}

/** Child elements of a container element (`cellXfs`, `numFmts`) as strings, in order. */
export function childrenOf(xml: string, container: string): string[] {
  const m = new RegExp(`<${container}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${container}>)`).exec(xml);
  if (!m || m[1] === undefined) return [];
  const tag = CHILD_TAG[container] ?? 'xf';
  return [...m[1].matchAll(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g'))].map((x) => x[0]);
}

const CHILD_TAG: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', cellStyleXfs: 'xf', dxfs: 'dxf' };

/** styles.xml with the given containers removed (the rest must be identical). */
export function stylesRest(xml: string, containers: readonly string[] = ['numFmts', 'cellXfs']): string {
  let out = xml;
  for (const c of containers) out = out.replace(new RegExp(`<${c}\\b[^>]*?(?:/>|>[\\s\\S]*?</${c}>)`), '');
  return out;
}

/** workbook.xml without calcPr (the recalculate-on-open flag lives there). */
export function workbookWithoutCalcPr(xml: string): string {
  return xml.replace(/<calcPr\b[^>]*?(?:\/>|>[\s\S]*?<\/calcPr>)/, '');
}
