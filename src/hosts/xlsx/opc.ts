/**
 * Open Packaging Conventions helpers: relationship parts, part-name resolution, content types.
 */
import { TOK_EOF, TOK_START, XmlScanner, escapeXml } from './xml-scan';

export interface Relationship {
  readonly id: string;
  /** Full type URI; compare with relTypeIs(). */
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export const REL_OFFICE_DOCUMENT = 'officeDocument';
export const REL_WORKSHEET = 'worksheet';
export const REL_SHARED_STRINGS = 'sharedStrings';
export const REL_STYLES = 'styles';

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL_TYPE_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
export const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** True when the relationship type ends in '/<short>' (transitional and strict URIs alike). */
export function relTypeIs(rel: Relationship, short: string): boolean {
  return rel.type.endsWith('/' + short);
}

export function parseRels(xml: string): Relationship[] {
  const sc = new XmlScanner(xml);
  const out: Relationship[] = [];
  for (let k = sc.next(); k !== TOK_EOF; k = sc.next()) {
    if (k === TOK_START && sc.name === 'Relationship') {
      out.push({
        id: sc.attr('Id') ?? '',
        type: sc.attr('Type') ?? '',
        target: sc.attr('Target') ?? '',
        external: (sc.attr('TargetMode') ?? '') === 'External',
      });
    }
  }
  return out;
}

/** The rels part of a part: 'xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'. */
export function relsPathOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target against its source part (no leading '/'; '..' handled). */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  try {
    t = decodeURIComponent(t);
  } catch {
    // keep as is
  }
  const base = t.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** A target for `part` written relative to `sourcePart`'s folder (same folder or below). */
export function relativeTarget(sourcePart: string, part: string): string {
  const dir = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  return part.startsWith(dir) ? part.slice(dir.length) : '/' + part;
}

/** Insert a Relationship before `</Relationships>`. */
export function addRelationship(relsXml: string, id: string, type: string, target: string): string {
  const el = `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  const close = relsXml.lastIndexOf('</');
  if (close < 0 || /<(\w+:)?Relationships[^>]*\/>\s*$/.test(relsXml)) {
    return relsXml.replace(/<((?:\w+:)?Relationships)([^>]*)\/>\s*$/, `<$1$2>${el}</$1>`);
  }
  return relsXml.slice(0, close) + el + relsXml.slice(close);
}

export const EMPTY_RELS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PACKAGE_REL}"></Relationships>`;

/** A relationship id not used in `rels`: rId<n>. */
export function freeRelId(rels: readonly Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Add an Override for `/partName` to [Content_Types].xml unless one exists. */
export function addContentTypeOverride(ctXml: string, partName: string, contentType: string): string {
  const pn = '/' + partName;
  const sc = new XmlScanner(ctXml);
  for (let k = sc.next(); k !== TOK_EOF; k = sc.next()) {
    if (k === TOK_START && sc.name === 'Override' && (sc.attr('PartName') ?? '').toLowerCase() === pn.toLowerCase()) return ctXml;
  }
  const el = `<Override PartName="${escapeXml(pn)}" ContentType="${escapeXml(contentType)}"/>`;
  const close = ctXml.lastIndexOf('</');
  return ctXml.slice(0, close) + el + ctXml.slice(close);
}
