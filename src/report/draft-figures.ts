/**
 * R01 TEXT_FIGURE_MISMATCH (RULES §4): every figure in 万元, % or 分 in a draft's text, checked
 * against the table's STATED value of the quantity its sentence names. Shares are checked
 * against the denominator the sentence names (a generic 支出总额 means the amount named just
 * before, as in the seed); differences (`A较B增加N万元`) when both operands are named; a figure
 * tied to no table quantity (and equal to none) is info.
 */
import { Dec, roundHalfUp, HUNDRED } from '../core/money/decimal';
import { formatAmount, formatPercent, formatScore } from '../core/money/format';
import { toHalfWidth } from '../core/grid/text';
import type { Finding } from '../core/findings';
import { R01 } from '../core/checks/draft/r01-text-figure-mismatch';
import type { DraftDocument, DraftParagraph } from './draft-read';
import type { TableFacts } from './draft-facts';
import { BASIS_WORDS, DIFFERENCE_VERBS, GENERIC_WHOLES, SUBJECT_WORDS, type AmountSubject, type Basis, type Subject } from './draft-vocabulary';
import { FIELD, R01_DIFF, R01_SHARE, R01_UNTIED, R01_WRONG, ROLE_LABEL } from './phrases';

type Unit = 'wan' | 'percent' | 'score';

interface Figure {
  readonly value: Dec;
  readonly decimals: number;
  readonly unit: Unit;
  readonly shown: string;
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
}

/** An amount figure met earlier in the sentence: what it was resolved to. */
interface SeenAmount {
  readonly subject?: AmountSubject;
  readonly basis?: Basis;
  /** The stated value it matched, else its own value. */
  readonly value: Dec;
}

const FIGURE_RE = /((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(万元|%|分)/gu;
const AMOUNT_SUBJECTS = new Set<Subject>(['total', 'generalBudget', 'governmentFunds', 'specialAccount', 'stateCapitalBudget', 'socialInsuranceFund', 'otherFunds', 'basicSpending', 'projectSpending', 'personnelCosts', 'operatingCosts', 'supplement', 'carryover', 'spendingBreakdown']);

const SUBJECT_NAME: Readonly<Record<Subject, string>> = {
  ...(ROLE_LABEL as Record<string, string>),
  supplement: '本年追加',
  carryover: '上年结转结余',
  spendingBreakdown: '基本支出与项目支出合计',
  executionRate: '执行率',
  fundScore: '资金得分',
  totalScore: '总分',
} as Record<Subject, string>;
const BASIS_NAME: Readonly<Record<Basis, string>> = { initialBudget: FIELD.initialBudget, adjustedBudget: FIELD.adjustedBudget, executed: FIELD.executed };

function figuresIn(sentence: string): Figure[] {
  const out: Figure[] = [];
  for (const m of sentence.matchAll(FIGURE_RE)) {
    const num = m[1].replace(/,/g, '');
    const i = num.indexOf('.');
    const unit: Unit = m[2] === '万元' ? 'wan' : m[2] === '%' ? 'percent' : 'score';
    out.push({ value: new Dec(num), decimals: i < 0 ? 0 : num.length - i - 1, unit, shown: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** The last subject word in `text` (by end position; longest on ties) whose kind fits `accept`. */
function lastSubject(text: string, accept: (s: Subject) => boolean): Subject | undefined {
  let best: { end: number; len: number; subject: Subject } | undefined;
  for (const [word, subject] of SUBJECT_WORDS) {
    if (!accept(subject)) continue;
    let i = text.indexOf(word);
    while (i >= 0) {
      const end = i + word.length;
      if (!best || end > best.end || (end === best.end && word.length > best.len)) best = { end, len: word.length, subject };
      i = text.indexOf(word, i + 1);
    }
  }
  return best?.subject;
}

function blankSubjects(text: string): string {
  let t = text;
  for (const [word] of SUBJECT_WORDS) t = t.split(word).join('□'.repeat(word.length));
  return t;
}

function lastBasis(text: string): Basis | undefined {
  const t = blankSubjects(text);
  let best: { end: number; basis: Basis } | undefined;
  for (const [word, basis] of BASIS_WORDS) {
    const i = t.lastIndexOf(word);
    if (i >= 0 && (!best || i + word.length > best.end)) best = { end: i + word.length, basis };
  }
  return best?.basis;
}

const isAmountSubject = (s: Subject): s is AmountSubject => AMOUNT_SUBJECTS.has(s);
const sameAmount = (a: Dec, b: Dec) => roundHalfUp(a, 2).equals(roundHalfUp(b, 2));
/** A stated percent matches an exact ratio when equal to it rounded half-up to the decimals shown (RULES §4). */
const percentMatches = (f: Figure, ratio: Dec) => roundHalfUp(ratio.times(HUNDRED), f.decimals).equals(f.value);
const showPercent = (ratio: Dec, dp: number) => formatPercent(ratio, dp);

/** Clause bounds around offset `at`: clauses end at ，；：。 and their ASCII forms. */
function clauseStart(sentence: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if ('，,；;：:'.includes(sentence[i])) return i + 1;
  return 0;
}

export function checkFigures(draft: DraftDocument, facts: TableFacts): Finding[] {
  const findings: Finding[] = [];
  for (const p of draft.paragraphs) {
    if (p.inTable || p.text === '') continue;
    checkParagraph(draft.fileName, p, facts, findings);
  }
  return findings;
}

function checkParagraph(file: string, p: DraftParagraph, facts: TableFacts, out: Finding[]): void {
  const text = toHalfWidth(p.text);
  let topic: AmountSubject | undefined;
  for (const sm of text.matchAll(/[^。！？!?\n]+[。！？!?]?/gu)) {
    const sentence = sm[0];
    const seen: SeenAmount[] = [];
    let prevBasis: Basis | undefined;
    let prevEnd = 0;
    for (const f of figuresIn(sentence)) {
      // A subject named before an earlier figure belongs to that figure: look only after it.
      const fullStart = clauseStart(sentence, f.start);
      const cStart = Math.max(fullStart, prevEnd);
      prevEnd = f.end;
      const clausePrefix = sentence.slice(cStart, f.start);
      const fullClausePrefix = sentence.slice(fullStart, f.start);
      const sentencePrefix = sentence.slice(0, f.start);
      // Offsets are the same in the original text (toHalfWidth maps one character to one).
      const excerpt = p.text.slice(sm.index! + Math.max(0, fullStart - 12), sm.index! + f.end).trim();
      const report = (message: string, severity?: 'info', expected?: string) =>
        out.push(R01.finding({ file, paragraph: p.index, excerpt, message, actual: f.shown, ...(expected ? { expected } : {}), ...(severity ? { severity } : {}) }));

      if (f.unit === 'wan') {
        const basis = lastBasis(clausePrefix) ?? prevBasis;
        prevBasis = basis;
        const diff = new RegExp(`^(.*)较(.+?)(${DIFFERENCE_VERBS})了?(为|约)?$`, 'u').exec(clausePrefix);
        if (diff) {
          checkDifference(f, diff[1], diff[2], basis, facts, report);
          continue;
        }
        // `占全年执行数1186.19万元的…`: the figure restates a denominator; it is not the next share's part.
        const inShare = fullClausePrefix.includes('占');
        let subject = lastSubject(clausePrefix, isAmountSubject) as AmountSubject | undefined;
        if (!subject && lastBasis(clausePrefix) !== undefined) subject = inShare ? 'total' : topic;
        // A bare 年初预算 / 全年预算 / 全年执行数 with no topic yet is the total row's.
        if (!subject && /年初预算|全年预算|调整后预算|全年执行数/u.test(clausePrefix)) subject = 'total';
        if (inShare) {
          const cands = subject ? facts.amounts(subject, basis) : [];
          if (cands.length > 0 && !cands.some((c) => sameAmount(c, f.value))) {
            const expected = cands.map((c) => formatAmount(c)).join('或');
            report(R01_WRONG(f.shown, SUBJECT_NAME[subject!], expected + '万元'), undefined, expected);
          } else if (cands.length === 0 && !facts.allAmounts.some((a) => sameAmount(a, f.value))) report(R01_UNTIED(f.shown), 'info');
          continue;
        }
        if (!subject) {
          seen.push({ value: f.value });
          if (!facts.allAmounts.some((a) => sameAmount(a, f.value))) report(R01_UNTIED(f.shown), 'info');
          continue;
        }
        topic = subject;
        const candidates = facts.amounts(subject, basis);
        if (candidates.length === 0) {
          seen.push({ subject, basis, value: f.value });
          if (!facts.allAmounts.some((a) => sameAmount(a, f.value))) report(R01_UNTIED(f.shown), 'info');
          continue;
        }
        const hit = candidates.find((c) => sameAmount(c, f.value));
        seen.push({ subject, basis, value: hit ?? candidates[0] });
        if (!hit) {
          const name = SUBJECT_NAME[subject] + (basis && subject === 'total' ? `（${BASIS_NAME[basis]}）` : '');
          const expected = candidates.map((c) => formatAmount(c)).join('或');
          report(R01_WRONG(f.shown, name, expected + '万元'), undefined, expected);
        }
        continue;
      }

      if (f.unit === 'percent') {
        const share = /占([^占]*?)的?(比例|比重)?(为|达|约)?$/u.exec(fullClausePrefix) ?? (/占比(为|达|约)?$/u.test(fullClausePrefix) ? ['', '比'] : null);
        if (share) {
          checkShare(f, share[1], sentencePrefix, seen, facts, report);
          continue;
        }
        if (lastSubject(clausePrefix, (s) => s === 'executionRate') && facts.executionRate.length > 0) {
          if (!facts.executionRate.some((r) => percentMatches(f, r))) {
            const e = showPercent(facts.executionRate[0], Math.max(f.decimals, 2));
            report(R01_WRONG(f.shown, SUBJECT_NAME.executionRate, e), undefined, e);
          }
          continue;
        }
        if (!facts.allRates.some((r) => percentMatches(f, r))) report(R01_UNTIED(f.shown), 'info');
        continue;
      }

      // 分
      const subject = lastSubject(clausePrefix, (s) => s === 'fundScore' || s === 'totalScore');
      const stated = subject === 'fundScore' ? facts.fundScore : subject === 'totalScore' ? facts.totalScore : [];
      if (subject && stated.length > 0) {
        if (!stated.some((s) => sameAmount(s, f.value))) {
          const e = formatScore(stated[0]);
          report(R01_WRONG(f.shown, SUBJECT_NAME[subject], e + '分'), undefined, e);
        }
        continue;
      }
      if (!facts.allScores.some((s) => sameAmount(s, f.value))) report(R01_UNTIED(f.shown), 'info');
    }
  }
}

type Report = (message: string, severity?: 'info', expected?: string) => void;

function checkShare(f: Figure, wholePhrase: string, sentencePrefix: string, seen: readonly SeenAmount[], facts: TableFacts, report: Report): void {
  const part = seen[seen.length - 1];
  if (!part) {
    report(R01_UNTIED(f.shown), 'info');
    return;
  }
  const phrase = wholePhrase.trim();
  let wholes: Dec[] = [];
  let wholeName = phrase;
  const named = phrase === '比' || phrase === '' ? undefined : lastSubject(phrase, isAmountSubject);
  if (named) {
    wholes = [...facts.amounts(named as AmountSubject, part.basis)];
    if (wholes.length === 0) wholes = [...facts.amounts(named as AmountSubject, undefined)];
  } else if (GENERIC_WHOLES.some((g) => phrase.includes(g)) && seen.length >= 2) {
    // A generic 支出总额 means the amount named just before the part (`X万元，其中Y万元，占支出总额的Z%`).
    wholes = [seen[seen.length - 2].value];
  } else if (phrase !== '比' && phrase !== '' && lastBasis(phrase) !== undefined) {
    // 占全年执行数的… / 占全年预算的…: the total row on that basis.
    wholes = [...facts.amounts('total', lastBasis(phrase))];
    wholeName = BASIS_NAME[lastBasis(phrase)!];
  } else if (phrase === '比' || phrase === '') {
    // 占比 without a named whole: the `X中` the sentence opened with (基本支出中人员经费…).
    const m = [...sentencePrefix.matchAll(/([\u4e00-\u9fff]{2,12})中/gu)].map((x) => lastSubject(x[1], isAmountSubject)).filter((s) => s !== undefined);
    const ctx = m[m.length - 1] as AmountSubject | undefined;
    if (ctx) {
      wholes = [...facts.amounts(ctx, undefined)];
      wholeName = SUBJECT_NAME[ctx];
    }
  }
  if (wholes.length === 0) {
    report(R01_UNTIED(f.shown), 'info');
    return;
  }
  const ratios = wholes.filter((w) => !w.isZero()).map((w) => part.value.dividedBy(w));
  if (ratios.some((r) => percentMatches(f, r))) return;
  if (ratios.length === 0) return;
  const e = showPercent(ratios[0], Math.max(f.decimals, 2));
  report(R01_SHARE(f.shown, part.subject ? SUBJECT_NAME[part.subject] : formatAmount(part.value) + '万元', wholeName || formatAmount(wholes[0]) + '万元', e), undefined, e);
}

function checkDifference(f: Figure, aPhrase: string, bPhrase: string, basis: Basis | undefined, facts: TableFacts, report: Report): void {
  // An operand named only by an explicit budget column (年初预算, 全年预算) is the total row's.
  const explicit = (t: string) => /年初预算|全年预算|调整后预算|全年执行数/u.test(t);
  const a = (lastSubject(aPhrase, isAmountSubject) ?? (explicit(aPhrase) ? 'total' : undefined)) as AmountSubject | undefined;
  const b = (lastSubject(bPhrase, isAmountSubject) ?? (explicit(bPhrase) ? 'total' : undefined)) as AmountSubject | undefined;
  const bBasis = lastBasis(bPhrase) ?? basis;
  const as = a ? facts.amounts(a, lastBasis(aPhrase) ?? basis) : [];
  const bs = b ? facts.amounts(b, bBasis) : [];
  if (as.length === 0 || bs.length === 0) {
    report(R01_UNTIED(f.shown), 'info');
    return;
  }
  const diffs = as.flatMap((x) => bs.map((y) => x.minus(y).abs()));
  if (diffs.some((d) => sameAmount(d, f.value))) return;
  const e = formatAmount(diffs[0]);
  report(R01_DIFF(f.shown, SUBJECT_NAME[a!], SUBJECT_NAME[b!], e + '万元'), undefined, e);
}
