/**
 * A small pull scanner over an XML string: element start/end tokens with their exact offsets (the
 * patcher splices at them), attributes parsed on demand, text read from simple elements. No DOM,
 * no allocation per attribute unless asked. Namespace prefixes are stripped from `name` (some
 * writers emit `<x:c>`); `qname` keeps them.
 */

export const TOK_EOF = 0;
export const TOK_START = 1;
export const TOK_END = 2;

/** The part's XML is not well-formed where the scanner needed it to be. */
export class XmlScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
    this.name = 'XmlScanError';
  }
}

export function isNameEnd(ch: number): boolean {
  // space, tab, LF, CR, '/', '>'
  return ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62 || ch !== ch;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

export class XmlScanner {
  /** Next read position. */
  pos: number;
  kind = TOK_EOF;
  /** Local name (prefix stripped). */
  name = '';
  qname = '';
  /** Token span [start, end). */
  start = 0;
  end = 0;
  /** Attribute region [attrStart, attrEnd) of a start tag. */
  attrStart = 0;
  attrEnd = 0;
  selfClosing = false;

  constructor(
    readonly xml: string,
    from = 0,
  ) {
    this.pos = from;
  }

  /** Advance to the next element start or end tag, skipping text, comments, PIs, CDATA, DOCTYPE. */
  next(): number {
    const s = this.xml;
    let p = this.pos;
    for (;;) {
      const lt = s.indexOf('<', p);
      if (lt < 0) {
        this.kind = TOK_EOF;
        this.pos = s.length;
        return TOK_EOF;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        p = this.after(s.indexOf('?>', lt + 2), 2, lt);
        continue;
      }
      if (c === 33 /* ! */) {
        if (s.startsWith('!--', lt + 1)) p = this.after(s.indexOf('-->', lt + 4), 3, lt);
        else if (s.startsWith('![CDATA[', lt + 1)) p = this.after(s.indexOf(']]>', lt + 9), 3, lt);
        else p = this.skipDoctype(lt);
        continue;
      }
      if (c === 47 /* / */) {
        const gt = s.indexOf('>', lt + 2);
        if (gt < 0) throw new XmlScanError('unterminated end tag', lt);
        let e = gt;
        while (e > lt + 2 && isSpace(s.charCodeAt(e - 1))) e--;
        this.setName(s.slice(lt + 2, e));
        this.kind = TOK_END;
        this.start = lt;
        this.end = gt + 1;
        this.attrStart = this.attrEnd = e;
        this.selfClosing = false;
        this.pos = gt + 1;
        return TOK_END;
      }
      let i = lt + 1;
      while (!isNameEnd(s.charCodeAt(i))) i++;
      if (i === lt + 1) throw new XmlScanError('bad tag', lt);
      this.setName(s.slice(lt + 1, i));
      return this.startTag(lt, i);
    }
  }

  /**
   * Take the start tag at `lt` whose unprefixed name `name` the caller has already matched (it
   * ends at `nameEnd`): the same token as next() would give, without slicing the name. The sheet
   * reader's fast path for `<row>` and `<c>`.
   */
  startTagNamed(lt: number, nameEnd: number, name: string): number {
    this.qname = this.name = name;
    return this.startTag(lt, nameEnd);
  }

  /** The rest of a start tag whose name ends at `i`: find '>' outside quoted attribute values. */
  private startTag(lt: number, i: number): number {
    const s = this.xml;
    let j = i;
    for (;;) {
      const ch = s.charCodeAt(j);
      if (ch === 62) break;
      if (ch === 34 || ch === 39) {
        j = s.indexOf(ch === 34 ? '"' : "'", j + 1);
        if (j < 0) throw new XmlScanError('unterminated attribute', lt);
      } else if (ch !== ch) {
        throw new XmlScanError('unterminated start tag', lt);
      }
      j++;
    }
    this.selfClosing = s.charCodeAt(j - 1) === 47;
    this.kind = TOK_START;
    this.start = lt;
    this.end = j + 1;
    this.attrStart = i;
    this.attrEnd = this.selfClosing ? j - 1 : j;
    this.pos = j + 1;
    return TOK_START;
  }

  private after(idx: number, len: number, at: number): number {
    if (idx < 0) throw new XmlScanError('unterminated markup', at);
    return idx + len;
  }

  private skipDoctype(lt: number): number {
    const s = this.xml;
    let depth = 0;
    for (let i = lt + 2; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      if (ch === 91) depth++;
      else if (ch === 93) depth--;
      else if (ch === 62 && depth <= 0) return i + 1;
    }
    throw new XmlScanError('unterminated DOCTYPE', lt);
  }

  private setName(q: string): void {
    this.qname = q;
    const colon = q.indexOf(':');
    this.name = colon < 0 ? q : q.slice(colon + 1);
  }

  /**
   * The decoded value of the attribute whose local name is `local` (`r:id` matches 'id' but
   * `sheetId` does not; xmlns declarations never match).
   */
  attr(local: string): string | undefined {
    const raw = this.rawAttr(local);
    return raw === undefined ? undefined : decodeXml(raw);
  }

  /** As attr() but still XML-escaped (fast path for numbers and A1 references). */
  rawAttr(local: string): string | undefined {
    const v = this.rawAttrStart(local);
    return v < 0 ? undefined : this.xml.slice(v, this.xml.indexOf(this.xml[v - 1], v));
  }

  /**
   * Where the raw value of attribute `local` starts (just after its opening quote, which ends it
   * too), or -1 when the tag has no such attribute: rawAttr() without the substring.
   */
  rawAttrStart(local: string): number {
    const s = this.xml;
    let i = this.attrStart;
    const e = this.attrEnd;
    while (i < e) {
      while (i < e && isSpace(s.charCodeAt(i))) i++;
      if (i >= e) break;
      const ns = i;
      while (i < e && s.charCodeAt(i) !== 61 && !isSpace(s.charCodeAt(i))) i++;
      const ne = i;
      while (i < e && s.charCodeAt(i) !== 61) i++;
      i++;
      while (i < e && isSpace(s.charCodeAt(i))) i++;
      const q = s.charCodeAt(i);
      if (q !== 34 && q !== 39) break;
      const ve = s.indexOf(q === 34 ? '"' : "'", i + 1);
      if (ve < 0) break;
      const nlen = ne - ns;
      if (
        nlen >= local.length &&
        s.startsWith(local, ne - local.length) &&
        (nlen === local.length || (s.charCodeAt(ne - local.length - 1) === 58 && !s.startsWith('xmlns:', ns)))
      ) {
        return i + 1;
      }
      i = ve + 1;
    }
    return -1;
  }

  /** All attributes as [qualified name, raw (escaped) value], in document order. */
  attrList(): Array<[string, string]> {
    const region = this.xml.slice(this.attrStart, this.attrEnd);
    const out: Array<[string, string]> = [];
    const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(region))) out.push([m[1], m[2] ?? m[3] ?? '']);
    return out;
  }

  /**
   * The text content of the current (just-scanned) start tag, up to its first child or end tag;
   * CDATA included, comments skipped, entities decoded. Leaves `pos` at that child or end tag.
   */
  readText(): string {
    if (this.kind !== TOK_START || this.selfClosing) return '';
    const s = this.xml;
    let p = this.end;
    let out = '';
    for (;;) {
      const lt = s.indexOf('<', p);
      if (lt < 0) throw new XmlScanError('unterminated element', this.start);
      if (lt > p) out += decodeXml(s.slice(p, lt));
      if (s.startsWith('<![CDATA[', lt)) {
        const e = s.indexOf(']]>', lt + 9);
        if (e < 0) throw new XmlScanError('unterminated CDATA', lt);
        out += s.slice(lt + 9, e);
        p = e + 3;
      } else if (s.startsWith('<!--', lt)) {
        const e = s.indexOf('-->', lt + 4);
        if (e < 0) throw new XmlScanError('unterminated comment', lt);
        p = e + 3;
      } else {
        this.pos = lt;
        return out;
      }
    }
  }

  /** Skip to just after the end tag matching the current start tag (no-op when self-closing). */
  skipElement(): void {
    if (this.kind !== TOK_START || this.selfClosing) return;
    let depth = 1;
    while (depth > 0) {
      const k = this.next();
      if (k === TOK_EOF) throw new XmlScanError('unterminated element', this.start);
      if (k === TOK_START && !this.selfClosing) depth++;
      else if (k === TOK_END) depth--;
    }
  }
}

const ENTITY_RE = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function decodeEntity(_m: string, e: string): string {
  switch (e) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** Decode XML entities and normalise CRLF (as an XML parser would). */
export function decodeXml(t: string): string {
  if (t.indexOf('\r') >= 0) t = t.replace(/\r\n?/g, '\n');
  return t.indexOf('&') < 0 ? t : t.replace(ENTITY_RE, decodeEntity);
}

/** Escape text content or an attribute value. */
export function escapeXml(t: string): string {
  return t.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** OOXML ST_Xstring escapes: '_x000D_' → CR; '_x005F_' → '_'. */
export function decodeOoxmlEscapes(t: string): string {
  return t.indexOf('_x') < 0 ? t : t.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The inverse: escape characters XML 1.0 cannot carry, and literal '_xHHHH_' sequences. */
export function encodeOoxmlEscapes(t: string): string {
  return t
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
