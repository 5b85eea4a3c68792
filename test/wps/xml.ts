/** Parsing XML in the WPS packaging tests (saxes; any well-formedness error throws). */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly path: string;
  text: string;
}

export function parseXml(xml: string): XmlElement[] {
  const parser = new SaxesParser();
  const elements: XmlElement[] = [];
  const stack: XmlElement[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (node) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(node.attributes as Record<string, unknown>)) attributes[k] = typeof v === 'string' ? v : String((v as { value: unknown }).value);
    const el: XmlElement = { name: node.name, attributes, path: [...stack.map((s) => s.name), node.name].join('/'), text: '' };
    elements.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return elements;
}

/** customUI attributes whose value names a callback on the entry page. */
export const CALLBACK_ATTRIBUTES = ['onLoad', 'onAction', 'getImage', 'getEnabled', 'getLabel', 'getVisible', 'getScreentip', 'getPressed', 'onChange'];

export function ribbonCallbacks(elements: readonly XmlElement[]): string[] {
  const names = new Set<string>();
  for (const el of elements) for (const a of CALLBACK_ATTRIBUTES) if (el.attributes[a]) names.add(el.attributes[a]);
  return [...names].sort();
}
