/**
 * sharedStrings.xml → string table. Rich text runs are concatenated; phonetic runs (`<rPh>`,
 * furigana) are ignored; OOXML `_xHHHH_` escapes are decoded.
 */
import { TOK_END, TOK_EOF, TOK_START, XmlScanner, decodeOoxmlEscapes, decodeXml } from './xml-scan';

/**
 * With the scanner on the start tag of a rich-text container (`<si>`, `<is>`), read its text and
 * leave the scanner on the container's end tag.
 */
export function readRichText(sc: XmlScanner): string {
  if (sc.selfClosing) return '';
  let depth = 1;
  let phonetic = 0;
  let out = '';
  for (;;) {
    const k = sc.next();
    if (k === TOK_EOF) throw new Error('unterminated rich text');
    if (k === TOK_START) {
      if (sc.name === 'rPh') {
        if (!sc.selfClosing) phonetic++, depth++;
        continue;
      }
      if (sc.name === 't' && phonetic === 0) {
        out += sc.readText();
        if (sc.selfClosing) continue;
      }
      if (!sc.selfClosing) depth++;
    } else if (k === TOK_END) {
      depth--;
      if (sc.name === 'rPh' && phonetic > 0) phonetic--;
      if (depth === 0) return decodeOoxmlEscapes(out);
    }
  }
}

export function parseSharedStrings(xml: string): string[] {
  const sc = new XmlScanner(xml);
  const out: string[] = [];
  for (let k = sc.next(); k !== TOK_EOF; k = sc.next()) {
    if (k === TOK_START && sc.name === 'si') out.push(plainItem(sc) ?? readRichText(sc));
  }
  return out;
}

const T_PRESERVE = '<t xml:space="preserve">';

/**
 * The common plain item `<si><t>text</t></si>` (or `<t xml:space="preserve">`) read without a
 * scanner token per element, the scanner left after `</si>`; undefined for any other shape.
 */
function plainItem(sc: XmlScanner): string | undefined {
  if (sc.selfClosing) return undefined;
  const xml = sc.xml;
  const open = xml.startsWith('<t>', sc.end) ? 3 : xml.startsWith(T_PRESERVE, sc.end) ? T_PRESERVE.length : 0;
  if (open === 0) return undefined;
  const start = sc.end + open;
  const lt = xml.indexOf('<', start);
  if (lt < 0 || !xml.startsWith('</t></si>', lt)) return undefined;
  sc.pos = lt + 9;
  return decodeOoxmlEscapes(decodeXml(xml.slice(start, lt)));
}
