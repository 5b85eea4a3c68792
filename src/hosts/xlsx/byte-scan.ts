/**
 * XmlScanner (./xml-scan) over the UTF-8 bytes of a part instead of its decoded text: the same
 * tokens in the same order, offsets in bytes. Sound because every character the scanner looks
 * for is ASCII, and in UTF-8 a byte below 0x80 is always that ASCII character (the bytes of a
 * multi-byte character, valid or not, are all ≥ 0x80, and the decoder turns them into non-ASCII
 * characters). Only what a caller needs as text is decoded (decodeBytes).
 *
 * Used by the read-only sheet reader (sheet-bytes-reader.ts): a check never needs the whole
 * sheet as a string. Error messages carry byte offsets; that reader re-reads a sheet it cannot
 * read with the text scanner, whose error is the one reported.
 */
import { TOK_END, TOK_EOF, TOK_START, XmlScanError } from './xml-scan';

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * bytes[start, end) as text: a short ASCII run by char codes (no decoder call), anything else by
 * the UTF-8 decoder (a U+FEFF at the start kept: it is content here, not a byte order mark).
 */
export function decodeBytes(b: Uint8Array, start: number, end: number): string {
  if (end - start <= 256) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (b[i] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
  }
  return utf8.decode(b.subarray(start, end));
}

/** isNameEnd of xml-scan at b[i] (past the end counts as a name end, as NaN does there). */
export function isNameEndAt(b: Uint8Array, i: number): boolean {
  if (i >= b.length) return true;
  const ch = b[i];
  return ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/** Does b hold the ASCII text `s` at `at`? */
export function bytesStartWith(b: Uint8Array, s: string, at: number): boolean {
  if (at < 0 || at + s.length > b.length) return false;
  for (let k = 0; k < s.length; k++) if (b[at + k] !== s.charCodeAt(k)) return false;
  return true;
}

/**
 * The first offset ≥ from of byte `ch`, or -1: a plain loop for the short distances of a tag (a
 * quote's match, an attribute's end). Uint8Array.prototype.indexOf calls into the runtime, which
 * costs more than the few bytes it skips there — above all in a cold run.
 */
export function indexOfByte(b: Uint8Array, ch: number, from: number): number {
  for (let i = from, n = b.length; i < n; i++) if (b[i] === ch) return i;
  return -1;
}

/** The first offset ≥ from where b holds the ASCII text `s`, or -1. */
function indexOfText(b: Uint8Array, s: string, from: number): number {
  const first = s.charCodeAt(0);
  for (let i = b.indexOf(first, from); i >= 0; i = b.indexOf(first, i + 1)) {
    if (bytesStartWith(b, s, i)) return i;
  }
  return -1;
}

export class ByteScanner {
  /** Next read position. */
  pos: number;
  kind = TOK_EOF;
  /** The local name (prefix stripped), [nameStart, nameEnd). */
  nameStart = 0;
  nameEnd = 0;
  /** Token span [start, end). */
  start = 0;
  end = 0;
  /** Attribute region [attrStart, attrEnd) of a start tag. */
  attrStart = 0;
  attrEnd = 0;
  selfClosing = false;

  constructor(
    readonly b: Uint8Array,
    from = 0,
  ) {
    this.pos = from;
  }

  /** Is the current token's local name the ASCII `name`? */
  nameIs(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && bytesStartWith(this.b, name, this.nameStart);
  }

  /** As XmlScanner.next(). */
  next(): number {
    const b = this.b;
    let p = this.pos;
    for (;;) {
      // Elements mostly follow one another: look at the next byte before searching.
      const lt = b[p] === 60 ? p : b.indexOf(60, p);
      if (lt < 0) {
        this.kind = TOK_EOF;
        this.pos = b.length;
        return TOK_EOF;
      }
      const c = b[lt + 1];
      if (c === 63 /* ? */) {
        p = this.after(indexOfText(b, '?>', lt + 2), 2, lt);
        continue;
      }
      if (c === 33 /* ! */) {
        if (bytesStartWith(b, '!--', lt + 1)) p = this.after(indexOfText(b, '-->', lt + 4), 3, lt);
        else if (bytesStartWith(b, '![CDATA[', lt + 1)) p = this.after(indexOfText(b, ']]>', lt + 9), 3, lt);
        else p = this.skipDoctype(lt);
        continue;
      }
      if (c === 47 /* / */) {
        const gt = indexOfByte(b, 62, lt + 2);
        if (gt < 0) throw new XmlScanError('unterminated end tag', lt);
        let e = gt;
        while (e > lt + 2 && isSpace(b[e - 1])) e--;
        this.setName(lt + 2, e);
        this.kind = TOK_END;
        this.start = lt;
        this.end = gt + 1;
        this.attrStart = this.attrEnd = e;
        this.selfClosing = false;
        this.pos = gt + 1;
        return TOK_END;
      }
      let i = lt + 1;
      while (!isNameEndAt(b, i)) i++;
      if (i === lt + 1) throw new XmlScanError('bad tag', lt);
      this.setName(lt + 1, i);
      return this.startTag(lt, i);
    }
  }

  /** As XmlScanner.startTagNamed: the start tag at `lt` whose unprefixed name ends at `nameEnd`. */
  startTagNamed(lt: number, nameEnd: number): number {
    this.nameStart = lt + 1;
    this.nameEnd = nameEnd;
    return this.startTag(lt, nameEnd);
  }

  private startTag(lt: number, i: number): number {
    const b = this.b;
    const n = b.length;
    let j = i;
    for (;;) {
      if (j >= n) throw new XmlScanError('unterminated start tag', lt);
      const ch = b[j];
      if (ch === 62) break;
      if (ch === 34 || ch === 39) {
        j = indexOfByte(b, ch, j + 1);
        if (j < 0) throw new XmlScanError('unterminated attribute', lt);
      }
      j++;
    }
    this.selfClosing = b[j - 1] === 47;
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
    const b = this.b;
    let depth = 0;
    for (let i = lt + 2; i < b.length; i++) {
      const ch = b[i];
      if (ch === 91) depth++;
      else if (ch === 93) depth--;
      else if (ch === 62 && depth <= 0) return i + 1;
    }
    throw new XmlScanError('unterminated DOCTYPE', lt);
  }

  /** The local name: after the first ':' of the qualified name b[start, end). */
  private setName(start: number, end: number): void {
    const b = this.b;
    let local = start;
    for (let i = start; i < end; i++) {
      if (b[i] === 58) {
        local = i + 1;
        break;
      }
    }
    this.nameStart = local;
    this.nameEnd = end;
  }

  /** As XmlScanner.rawAttrStart: where the raw value of attribute `local` starts, or -1. */
  rawAttrStart(local: string): number {
    const b = this.b;
    let i = this.attrStart;
    const e = this.attrEnd;
    while (i < e) {
      while (i < e && isSpace(b[i])) i++;
      if (i >= e) break;
      const ns = i;
      while (i < e && b[i] !== 61 && !isSpace(b[i])) i++;
      const ne = i;
      while (i < e && b[i] !== 61) i++;
      i++;
      while (i < e && isSpace(b[i])) i++;
      const q = b[i];
      if (q !== 34 && q !== 39) break;
      const ve = indexOfByte(b, q, i + 1);
      if (ve < 0) break;
      const nlen = ne - ns;
      if (
        nlen >= local.length &&
        bytesStartWith(b, local, ne - local.length) &&
        (nlen === local.length || (b[ne - local.length - 1] === 58 && !bytesStartWith(b, 'xmlns:', ns)))
      ) {
        return i + 1;
      }
      i = ve + 1;
    }
    return -1;
  }

  /** As XmlScanner.rawAttr: the still XML-escaped value. */
  rawAttr(local: string): string | undefined {
    const v = this.rawAttrStart(local);
    if (v < 0) return undefined;
    const end = indexOfByte(this.b, this.b[v - 1], v);
    return decodeBytes(this.b, v, end < 0 ? this.b.length : end);
  }

  /** As XmlScanner.skipElement. */
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
