/**
 * Text from cells, normalised for the report (issue 12 point 4): a line break typed inside a
 * sentence ("绩效评\n价") is removed; a break after a sentence end or before a list item's number
 * starts a new paragraph. Pure string work.
 */

/** Spaces next to a Chinese character or full-width punctuation (“加强部门协调， 发挥…”): typing noise. */
const CJK_SPACE = /[ \t\u3000]+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])|(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \t\u3000]+/gu;

/** Ends a sentence or a clause that stands alone on its line. */
const SENTENCE_END = /[。！？；：!?;:…）)”"]$/u;
/** Starts a list item or a numbered part: （1） 1. 1、 一、 ① 任务1 第一 */
const ITEM_START = /^(?:[（(]\s*[0-9０-９一二三四五六七八九十]+\s*[)）]|[0-9０-９]+\s*[.．、]|[一二三四五六七八九十]+、|[①-⑳]|任务\s*[0-9０-９一二三四五六七八九十]+|第[一二三四五六七八九十0-9]+)/u;

/** Paragraphs of a free-text cell: lines broken inside a sentence joined, blank lines dropped. */
export function paragraphsOf(text: string | undefined): string[] {
  const lines = (text ?? '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim().replace(CJK_SPACE, ''))
    .filter((l) => l !== '');
  const out: string[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !SENTENCE_END.test(prev) && !ITEM_START.test(l) && !isItemHeading(prev)) out[out.length - 1] = joinBroken(prev, l);
    else out.push(l);
  }
  return out;
}

/** One line of text: breaks inside sentences removed, other breaks kept as one space-free join per paragraph. */
export function oneParagraph(text: string | undefined): string {
  return paragraphsOf(text).join('');
}

/** Cell text for a table cell: breaks inside a sentence removed, others kept. */
export function cellParagraphs(text: string | undefined): string {
  return paragraphsOf(text).join('\n');
}

/** A numbered line that is a short heading of its own (“1.预算编制能力有待提升”): no punctuation inside. */
function isItemHeading(line: string): boolean {
  return ITEM_START.test(line) && !/[，,。；;：:]/u.test(line.replace(ITEM_START, '')) && line.length <= 30;
}

/** Join two pieces of one sentence: no space between Chinese characters, one between Latin words. */
function joinBroken(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
