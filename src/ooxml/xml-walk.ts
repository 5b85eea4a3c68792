/**
 * A small, strict event walk over an OOXML part (no namespace processing: element names keep
 * their prefix, 'w:p'). One regular-expression pass over the string, several times faster than a
 * general SAX parser on Word bodies (BENCHMARKS §6). Well-formedness is checked as far as a
 * reader needs it: every end tag closes the open element of its name, nothing is left open, no
 * stray '<', attribute values quoted, entities known. Throws an Error (English, for the log) on
 * malformed XML; callers turn it into a Chinese message. DOCTYPE declarations are refused (no
 * entity expansion).
 */

export interface XmlHandlers {
  open?(name: string, attrs: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

// groups: 1 CDATA body · 2 processing instruction · 3 '/' of an end tag · 4 name · 5 attributes · 6 '/' of an empty tag · 7 text
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?([\s\S]*?)\?>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/y;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);|&/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (all, e: string | undefined) => {
    if (e === undefined) throw new Error('XML: bare "&"');
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) throw new Error(`XML: bad character reference ${all}`);
      return String.fromCodePoint(code);
    }
    const v = NAMED[e];
    if (v === undefined) throw new Error(`XML: unknown entity ${all}`);
    return v;
  });
}

export function walkXml(xml: string, h: XmlHandlers): void {
  const open: string[] = [];
  let seenRoot = false;
  TOKEN.lastIndex = 0;
  let at = 0;
  if (xml.charCodeAt(0) === 0xfeff) at = TOKEN.lastIndex = 1;
  while (at < xml.length) {
    const m = TOKEN.exec(xml);
    if (!m) throw new Error(`XML: malformed markup at offset ${at}`);
    at = TOKEN.lastIndex;
    const all = m[0];
    if (m[7] !== undefined) {
      const t = decode(m[7]); // checked even when nobody listens: a bad entity is malformed XML
      if (open.length > 0) h.text?.(t);
      else if (t.trim() !== '') throw new Error('XML: text outside the root element');
      continue;
    }
    if (m[1] !== undefined) {
      if (open.length > 0) h.text?.(m[1]);
      continue;
    }
    if (m[4] === undefined) continue; // comment or processing instruction
    const name = m[4];
    if (m[3] === '/') {
      if (m[5] !== '' || m[6] === '/') throw new Error(`XML: malformed end tag ${all}`);
      const top = open.pop();
      if (top !== name) throw new Error(`XML: </${name}> closes <${top ?? ''}>`);
      h.close?.(name);
      continue;
    }
    if (open.length === 0 && seenRoot) throw new Error('XML: more than one root element');
    seenRoot = true;
    const attrs: Record<string, string> = {};
    if (m[5]) {
      ATTR.lastIndex = 0;
      for (let a = ATTR.exec(m[5]); a; a = ATTR.exec(m[5])) attrs[a[1]] = decode(a[2] ?? a[3] ?? '');
    }
    const selfClosing = m[6] === '/';
    if (h.open) h.open(name, attrs, selfClosing);
    if (selfClosing) h.close?.(name);
    else open.push(name);
  }
  if (open.length > 0) throw new Error(`XML: <${open[open.length - 1]}> not closed`);
  if (!seenRoot) throw new Error('XML: no root element');
}
