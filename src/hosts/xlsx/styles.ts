/**
 * styles.xml: read (cellXfs index → number format code) and append-only edits (a numFmt, a
 * cloned or new cellXf, fonts/fills/borders for layouts). Existing entries are never rewritten;
 * only the containers' `count` attributes change.
 */
import { builtinFormat, builtinFormatId, FIRST_CUSTOM_FORMAT_ID } from './number-formats';
import { TOK_END, TOK_EOF, TOK_START, XmlScanner, escapeXml } from './xml-scan';

export interface StylesInfo {
  /** cellXfs index → numFmtId. */
  readonly xfNumFmtIds: readonly number[];
  /** Custom numFmtId → format code. */
  readonly customFormats: ReadonlyMap<number, string>;
}

export const EMPTY_STYLES: StylesInfo = { xfNumFmtIds: [0], customFormats: new Map() };

export function parseStyles(xml: string): StylesInfo {
  const sc = new XmlScanner(xml);
  const customFormats = new Map<number, string>();
  const xfNumFmtIds: number[] = [];
  let inCellXfs = false;
  let depthInXfs = 0;
  for (let k = sc.next(); k !== TOK_EOF; k = sc.next()) {
    if (k === TOK_START) {
      if (sc.name === 'numFmt') {
        const id = Number(sc.rawAttr('numFmtId'));
        const code = sc.attr('formatCode');
        if (Number.isInteger(id) && code !== undefined) customFormats.set(id, code);
      } else if (sc.name === 'cellXfs') {
        inCellXfs = !sc.selfClosing;
        depthInXfs = 0;
      } else if (inCellXfs) {
        if (depthInXfs === 0 && sc.name === 'xf') {
          const id = Number(sc.rawAttr('numFmtId') ?? '0');
          xfNumFmtIds.push(Number.isInteger(id) ? id : 0);
        }
        if (!sc.selfClosing) depthInXfs++;
      }
    } else if (k === TOK_END) {
      if (sc.name === 'cellXfs' && depthInXfs === 0) inCellXfs = false;
      else if (inCellXfs) depthInXfs--;
    }
  }
  return { xfNumFmtIds, customFormats };
}

export function formatCodeById(info: StylesInfo, id: number): string {
  return info.customFormats.get(id) ?? builtinFormat(id) ?? 'General';
}

/** The number format code of cell style index `s` (absent/out of range → style 0 → 'General'). */
export function formatCodeOfXf(info: StylesInfo, s: number): string {
  const id = info.xfNumFmtIds[s] ?? info.xfNumFmtIds[0] ?? 0;
  return formatCodeById(info, id);
}

/** A minimal stylesheet for packages that have none. */
export const DEFAULT_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Schema order of styleSheet's children (CT_Stylesheet), for inserting a missing container. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

interface Container {
  readonly qname: string;
  readonly start: number;
  readonly startTagEnd: number;
  readonly selfClosing: boolean;
  /** Offset of '</…>' (= startTagEnd - 2 .. when self-closing, unused). */
  readonly endTagStart: number;
  /** Direct children [start, end) spans. */
  readonly children: ReadonlyArray<readonly [number, number]>;
  readonly countValue?: { readonly start: number; readonly end: number };
}

interface Layout {
  readonly rootPrefix: string;
  readonly rootEndTagStart: number;
  readonly containers: ReadonlyMap<string, Container>;
}

function scanLayout(xml: string): Layout {
  const sc = new XmlScanner(xml);
  const containers = new Map<string, Container>();
  let rootPrefix = '';
  let rootEndTagStart = -1;
  let depth = 0;
  let cur: { qname: string; name: string; start: number; startTagEnd: number; children: Array<[number, number]>; count?: { start: number; end: number } } | undefined;
  let childStart = -1;
  for (let k = sc.next(); k !== TOK_EOF; k = sc.next()) {
    if (k === TOK_START) {
      if (depth === 0) {
        const c = sc.qname.indexOf(':');
        rootPrefix = c < 0 ? '' : sc.qname.slice(0, c + 1);
      } else if (depth === 1) {
        const count = findAttrValueSpan(sc, 'count');
        if (sc.selfClosing) {
          containers.set(sc.name, { qname: sc.qname, start: sc.start, startTagEnd: sc.end, selfClosing: true, endTagStart: sc.end, children: [], countValue: count });
        } else {
          cur = { qname: sc.qname, name: sc.name, start: sc.start, startTagEnd: sc.end, children: [], count };
        }
      } else if (depth === 2 && cur) {
        childStart = sc.start;
        if (sc.selfClosing) cur.children.push([sc.start, sc.end]);
      }
      if (!sc.selfClosing) depth++;
    } else if (k === TOK_END) {
      depth--;
      if (depth === 0) rootEndTagStart = sc.start;
      else if (depth === 1 && cur) {
        containers.set(cur.name, { qname: cur.qname, start: cur.start, startTagEnd: cur.startTagEnd, selfClosing: false, endTagStart: sc.start, children: cur.children, countValue: cur.count });
        cur = undefined;
      } else if (depth === 2 && cur) cur.children.push([childStart, sc.end]);
    }
  }
  return { rootPrefix, rootEndTagStart, containers };
}

function findAttrValueSpan(sc: XmlScanner, name: string): { start: number; end: number } | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(["'])`).exec(sc.xml.slice(sc.attrStart, sc.attrEnd));
  if (!m) return undefined;
  const start = sc.attrStart + m.index + m[0].length;
  const end = sc.xml.indexOf(m[1], start);
  return { start, end };
}

/** Prefix every element name of a fragment (for stylesheets written as `<x:styleSheet>`). */
function withPrefix(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : fragment;
}

/** Append-only editor over the styles.xml text. */
export class StylesEditor {
  constructor(public xml: string) {}

  info(): StylesInfo {
    return parseStyles(this.xml);
  }

  /** Append `fragment` (unprefixed XML of one child) to container `name`; returns the child's index. */
  private append(name: string, fragment: string): number {
    const lay = scanLayout(this.xml);
    const frag = withPrefix(fragment, lay.rootPrefix);
    const c = lay.containers.get(name);
    const index = c ? c.children.length : 0;
    const count = String(index + 1);
    if (!c) {
      const later = ORDER.slice(ORDER.indexOf(name) + 1)
        .map((n) => lay.containers.get(n))
        .filter((x): x is Container => x !== undefined)
        .sort((a, b) => a.start - b.start)[0];
      const at = later ? later.start : lay.rootEndTagStart;
      const q = lay.rootPrefix + name;
      this.splice(at, at, `<${q} count="1">${frag}</${q}>`);
      return 0;
    }
    if (c.selfClosing) {
      const open = this.xml.slice(c.start, c.endTagStart).replace(/\s*\/>$/, '>');
      this.splice(c.start, c.endTagStart, this.withCount(open, count) + frag + `</${c.qname}>`);
      return index;
    }
    // Insert before the end tag first, then fix the count (earlier offset, unaffected).
    this.splice(c.endTagStart, c.endTagStart, frag);
    if (c.countValue) this.splice(c.countValue.start, c.countValue.end, count);
    else this.splice(c.startTagEnd - 1, c.startTagEnd - 1, ` count="${count}"`);
    return index;
  }

  private withCount(openTag: string, count: string): string {
    return /\scount\s*=/.test(openTag) ? openTag.replace(/(\scount\s*=\s*["'])[^"']*/, `$1${count}`) : openTag.replace(/>$/, ` count="${count}">`);
  }

  private splice(start: number, end: number, text: string): void {
    this.xml = this.xml.slice(0, start) + text + this.xml.slice(end);
  }

  /** The numFmtId for `code`: built-in, else an existing custom one, else a newly appended one. */
  ensureNumFmt(code: string): number {
    const builtin = builtinFormatId(code);
    if (builtin !== undefined) return builtin;
    const info = this.info();
    let max = FIRST_CUSTOM_FORMAT_ID - 1;
    for (const [id, c] of info.customFormats) {
      if (c === code) return id;
      if (id > max) max = id;
    }
    const id = max + 1;
    this.append('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The raw XML of cellXfs child `index` (xf 0 when out of range; a plain default when none). */
  xfXml(index: number): string {
    const c = scanLayout(this.xml).containers.get('cellXfs');
    const span = c?.children[index] ?? c?.children[0];
    return span ? this.xml.slice(span[0], span[1]) : '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  }

  /** Append a copy of cellXf `baseIndex` with `numFmtId` (applyNumberFormat="1"); returns its index. */
  appendXfWithNumFmt(baseIndex: number, numFmtId: number): number {
    let xf = this.xfXml(baseIndex);
    const openEnd = xf.indexOf('>');
    let open = xf.slice(0, openEnd);
    const rest = xf.slice(openEnd);
    open = setAttr(open, 'numFmtId', String(numFmtId));
    open = setAttr(open, 'applyNumberFormat', '1');
    xf = open + rest;
    // The fragment may carry the stylesheet's prefix already; strip it so append() re-adds it once.
    return this.append('cellXfs', xf.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, '<$1'));
  }

  appendFont(fragment: string): number {
    return this.append('fonts', fragment);
  }
  appendFill(fragment: string): number {
    return this.append('fills', fragment);
  }
  appendBorder(fragment: string): number {
    return this.append('borders', fragment);
  }
  appendXf(fragment: string): number {
    return this.append('cellXfs', fragment);
  }
}

/** Set (replace or add) an attribute in a start-tag text without its closing '>' or '/>'. */
export function setAttr(openTag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(["'])[^"']*\\2`);
  if (re.test(openTag)) return openTag.replace(re, `$1"${value}"`);
  const selfClose = openTag.endsWith('/');
  const body = selfClose ? openTag.slice(0, -1).trimEnd() : openTag;
  return `${body} ${name}="${value}"${selfClose ? '/' : ''}`;
}

