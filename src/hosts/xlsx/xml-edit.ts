/**
 * Element-level helpers for surgical edits: locate elements with their offsets, set attributes
 * in a start tag, insert a child in schema order. Edits are string splices; nothing re-serialised.
 */
import { TOK_END, TOK_EOF, TOK_START, XmlScanner } from './xml-scan';

export interface ElementSpan {
  readonly name: string;
  readonly qname: string;
  readonly start: number;
  /** End of the start tag. */
  readonly openEnd: number;
  /** Offset of the end tag; -1 when self-closing. */
  readonly closeStart: number;
  /** End of the element. */
  readonly end: number;
  readonly selfClosing: boolean;
}

/** The element starting at the scanner's current start tag (scanner left after it). */
function spanAt(sc: XmlScanner): ElementSpan {
  const { name, qname, start, end: openEnd, selfClosing } = sc;
  if (selfClosing) return { name, qname, start, openEnd, closeStart: -1, end: openEnd, selfClosing };
  sc.skipElement();
  return { name, qname, start, openEnd, closeStart: sc.start, end: sc.end, selfClosing };
}

/** The document (root) element. */
export function rootElement(xml: string): ElementSpan {
  const sc = new XmlScanner(xml);
  if (sc.next() !== TOK_START) throw new Error('no root element');
  return spanAt(sc);
}

/** Direct children of `parent`. */
export function childElements(xml: string, parent: ElementSpan): ElementSpan[] {
  if (parent.selfClosing) return [];
  const sc = new XmlScanner(xml, parent.openEnd);
  const out: ElementSpan[] = [];
  for (let k = sc.next(); k !== TOK_EOF && sc.start < parent.closeStart; k = sc.next()) {
    if (k === TOK_START) out.push(spanAt(sc));
    else if (k === TOK_END) break;
  }
  return out;
}

export function prefixOf(qname: string): string {
  const c = qname.indexOf(':');
  return c < 0 ? '' : qname.slice(0, c + 1);
}

/** The prefix (with ':') bound to namespace `ns` on the element's start tag; undefined if none. */
export function prefixForNamespace(xml: string, el: ElementSpan, ns: string): string | undefined {
  const tag = xml.slice(el.start, el.openEnd);
  const re = /\sxmlns:([\w.-]+)\s*=\s*(["'])([^"']*)\2/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) if (m[3] === ns) return m[1] + ':';
  return undefined;
}

/** Set (replace or add) attribute `name` on the start tag of `el`. */
export function setAttribute(xml: string, el: ElementSpan, name: string, value: string): string {
  const open = xml.slice(el.start, el.openEnd);
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(["'])[^"']*\\2`);
  let next: string;
  if (re.test(open)) next = open.replace(re, `$1"${value}"`);
  else {
    const tail = el.selfClosing ? '/>' : '>';
    const body = open.slice(0, open.length - tail.length).replace(/\s+$/, '');
    next = `${body} ${name}="${value}"${tail}`;
  }
  return xml.slice(0, el.start) + next + xml.slice(el.openEnd);
}

/** Remove attribute `name` from the start tag of `el` (no-op when absent). */
export function removeAttribute(xml: string, el: ElementSpan, name: string): string {
  const open = xml.slice(el.start, el.openEnd);
  const next = open.replace(new RegExp(`\\s${name}\\s*=\\s*(["'])[^"']*\\1`), '');
  return next === open ? xml : xml.slice(0, el.start) + next + xml.slice(el.openEnd);
}

/**
 * Insert `fragment` as a child of `parent`, before the first existing child whose local name is
 * in `before` (schema order), else at the end.
 */
export function insertChild(xml: string, parent: ElementSpan, fragment: string, before: readonly string[]): string {
  const kids = childElements(xml, parent);
  const next = kids.find((k) => before.includes(k.name));
  if (next) return xml.slice(0, next.start) + fragment + xml.slice(next.start);
  if (parent.selfClosing) {
    const open = xml.slice(parent.start, parent.openEnd).replace(/\s*\/>$/, '>');
    return xml.slice(0, parent.start) + open + fragment + `</${parent.qname}>` + xml.slice(parent.end);
  }
  return xml.slice(0, parent.closeStart) + fragment + xml.slice(parent.closeStart);
}

/** Add the element prefix to every tag of an unprefixed fragment. */
export function prefixFragment(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : fragment;
}

/** The element-name prefix of `el` ('' or 'x:'), used for new siblings and children. */
export function prefixFor(el: ElementSpan): string {
  return prefixOf(el.qname);
}
