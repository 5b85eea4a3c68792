/**
 * A tiny event walk over an OOXML part with saxes (no namespace processing: element names keep
 * their prefix, 'w:p'). Throws saxes' own error on malformed XML; callers turn it into a result.
 */
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  open?(name: string, attrs: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

export function walkXml(xml: string, h: XmlHandlers): void {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v);
    h.open?.(tag.name, attrs, tag.isSelfClosing);
  });
  parser.on('closetag', (tag) => h.close?.(tag.name));
  parser.on('text', (t) => h.text?.(t));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}
