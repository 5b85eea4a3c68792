/**
 * Serialising one cell's value as `<c>` content: numbers as `<v>`, text as an inline string
 * (`t="inlineStr"`, escaped; text starting with = + - @ stays text because it is never an `<f>`).
 */
import { escapeXml, encodeOoxmlEscapes } from './xml-scan';

/** Shortest round-trip decimal text of a finite number ('0.125', '1e-7'); -0 → '0'. */
export function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** `<is><t>…</t></is>` for `text` (prefix = element prefix such as 'x:'). */
export function inlineStringXml(text: string, prefix = ''): string {
  const body = escapeXml(encodeOoxmlEscapes(text));
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<${prefix}is><${prefix}t${space}>${body}</${prefix}t></${prefix}is>`;
}

/** `<v>n</v>`. */
export function numberValueXml(n: number, prefix = ''): string {
  return `<${prefix}v>${numberText(n)}</${prefix}v>`;
}
