/**
 * R03 COUNT_MISMATCH (RULES §4): a stated count (`安排专项11个，即…`, `内设科室9个，分别是…`)
 * that differs from the items of the closed list that follows — in the same sentence, or as the
 * numbered paragraphs after a sentence ending in `：`. A list ending in 等 is open: not checked.
 */
import type { Finding } from '../core/findings';
import { R03 } from '../core/checks/draft/r03-count-mismatch';
import { toHalfWidth } from '../core/grid/text';
import type { DraftDocument } from './draft-read';
import { parseCount } from '../ooxml/chinese-numerals';
import { headingPrefix } from './draft-headings';
import { R03_COUNT } from './phrases';

const COUNT = '(\\d+|[一二三四五六七八九十两]+)(个|项|条|类|家|名|所|方面)';
const INLINE = new RegExp(`${COUNT}[\\u4e00-\\u9fff]{0,8}?[，,：:]?\\s*(即|分别是|分别为|包括|具体为|具体是|主要有|有)[：:]?(.+)$`, 'u');
const TRAILING = new RegExp(`${COUNT}[\\u4e00-\\u9fff]{0,8}?(如下|分别是|分别为|包括|即)?[：:]$`, 'u');

/** Items of an inline list; undefined when the list is open (…等). A nested `以及2个…` counts 2. */
export function listItems(list: string): number | undefined {
  const t = list.replace(/[（(][^（）()]*[)）]/gu, '').replace(/[。.;；\s]+$/u, '');
  if (/等[\u4e00-\u9fff]{0,6}$/u.test(t)) return undefined;
  let n = 0;
  for (const raw of t.split(/[、，,；;]/u)) {
    const item = raw.trim().replace(/^(以及|及|和|还有|另有)/u, '');
    if (item === '') continue;
    const nested = new RegExp(`^${COUNT}`, 'u').exec(item);
    n += nested ? parseCount(nested[1]) ?? 1 : 1;
  }
  return n;
}

export function checkCounts(draft: DraftDocument): Finding[] {
  const out: Finding[] = [];
  const paras = draft.paragraphs;
  paras.forEach((p, i) => {
    if (p.inTable || p.text === '') return;
    const text = toHalfWidth(p.text);
    for (const sm of text.matchAll(/[^。！？!?]+[。！？!?]?/gu)) {
      const sentence = sm[0];
      const m = INLINE.exec(sentence);
      if (m) {
        const stated = parseCount(m[1]);
        const listed = listItems(m[4]);
        if (stated !== undefined && listed !== undefined && listed !== stated) {
          out.push(R03.finding({ file: draft.fileName, paragraph: p.index, excerpt: sentence.slice(0, 60), message: R03_COUNT(m[1] + m[2], listed), expected: String(stated), actual: String(listed) }));
        }
        continue;
      }
      const t = TRAILING.exec(sentence.trim());
      if (!t || sm.index! + sentence.length < text.trimEnd().length) continue;
      // The list is the numbered paragraphs that follow, in one numbering style.
      const first = paras[i + 1] && headingPrefix(paras[i + 1].text);
      if (!first) continue;
      let listed = 0;
      let last = '';
      for (let j = i + 1; j < paras.length; j++) {
        const h = headingPrefix(paras[j].text);
        if (!h || h.style !== first.style) break;
        listed++;
        last = paras[j].text;
      }
      const stated = parseCount(t[1]);
      if (/等[\u4e00-\u9fff]{0,6}[。.]?$/u.test(last)) continue;
      if (stated !== undefined && listed !== stated) {
        out.push(R03.finding({ file: draft.fileName, paragraph: p.index, excerpt: sentence.slice(0, 60), message: R03_COUNT(t[1] + t[2], listed), expected: String(stated), actual: String(listed) }));
      }
    }
  });
  return out;
}
