/** The XML walk under the Word reader: events as written, and malformed XML refused. */
import { walkXml } from '../../../src/ooxml/xml-walk';

function events(xml: string): string[] {
  const out: string[] = [];
  walkXml(xml, {
    open: (n, a, s) => out.push(`<${n}${Object.entries(a).map(([k, v]) => ` ${k}=${v}`).join('')}${s ? '/' : ''}>`),
    close: (n) => out.push(`</${n}>`),
    text: (t) => out.push(JSON.stringify(t)),
  });
  return out;
}

describe('walkXml', () => {
  it('declaration, comments, attributes in both quotes, empty elements, entities and CDATA', () => {
    expect(events(`\ufeff<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:p a="1&amp;2" b='x>y'><!-- c --><w:t>a&lt;b&#x4E00;&#20108;</w:t><w:br/><![CDATA[<z>]]></w:p>`)).toEqual([
      '<w:p a=1&2 b=x>y>',
      '<w:t>',
      '"a<b一二"',
      '</w:t>',
      '<w:br/>',
      '</w:br>',
      '"<z>"',
      '</w:p>',
    ]);
  });
  it.each([
    ['an unclosed element', '<a><b></b>'],
    ['a crossed end tag', '<a><b></a></b>'],
    ['a stray <', '<a>1 < 2</a>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a bare &', '<a>A & B</a>'],
    ['a DOCTYPE (no entity expansion)', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['two roots', '<a/><b/>'],
    ['no root', '   '],
  ])('refuses %s', (_, xml) => {
    expect(() => walkXml(xml, {})).toThrow(/^XML: /);
  });
});
