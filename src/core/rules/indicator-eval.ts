/**
 * One indicator row evaluated by RULES §3: is it computable, in which direction, what score the
 * rule gives (rounded once, half-up, 2 decimals, from the exact inputs), and if not, why (I01).
 * The computation (indicators.ts) and the checks both read this, so they never disagree.
 */
import { Dec, decGt, roundHalfUp, ONE, HUNDRED } from '../money/decimal';
import type { IndicatorRow, TextField } from '../model';
import type { ScoringProfile } from './profile';
import { cellQuantityText, parseActual, parseNature, parseTarget, type Direction, type ParsedActual, type ParsedTarget } from './target-parse';
import { normalizeUnit } from './target-units';
import { ruleOutcome } from './indicator-score';
import { INDICATOR_REASONS } from './indicator-phrases';
import { isBlankText, isCostRow, isNotApplicableRow, numberOf, rowShape, textOf, type RowShape } from './indicator-fields';

export interface IndicatorEvaluation {
  readonly row: IndicatorRow;
  readonly shape: RowShape;
  /** Marked 不适用 (left out under profile.normalizeTo100). */
  readonly notApplicable: boolean;
  readonly target: ParsedTarget;
  readonly actual: ParsedActual;
  /** Scored by rule (quantitative or by 得分系数). */
  readonly computable: boolean;
  /** Scored by 权重 × 得分系数 (Chongqing form). */
  readonly byCoefficient: boolean;
  /** Typed within a band (no number in target/actual, a date target, or 定性). */
  readonly qualitative: boolean;
  readonly direction?: Direction;
  readonly directionInferred: boolean;
  /** The generic rule's score, exact (before any over-target deduction). */
  readonly exactScore?: Dec;
  /** The generic rule's score, 2 decimals (before any over-target deduction). */
  readonly ruleScore?: Dec;
  /** The final score, 2 decimals: ruleScore less profile.overTargetDeduction where it applies. */
  readonly score?: Dec;
  /** Actual beyond the over-achievement margin (RULES §3; S14, S17). */
  readonly overTarget: boolean;
  /** profile.overTargetDeduction was applied to `score`. */
  readonly deducted: boolean;
  /** I01 text: why not computable, or how the direction was inferred. Undefined when another rule reports the cause (blank actual → S09, invalid cell → P01). */
  readonly note?: string;
  /**
   * The direction is only a default (a bare target, a name that says neither ceiling nor floor):
   * the score the other direction gives, 2 decimals, for S07's message naming both.
   */
  readonly otherDirectionScore?: Dec;
}

/** The evaluation under construction: every field set in one literal (one shape), then filled in by scoreRow. */
type Draft = { -readonly [K in keyof IndicatorEvaluation]: IndicatorEvaluation[K] };

/** Evaluate one row against the profile (RULES §3). Never throws. */
export function evaluateIndicatorRow(row: IndicatorRow, profile: ScoringProfile): IndicatorEvaluation {
  const shape = rowShape(row);
  const targetText = row.target ? cellQuantityText(row.target.cell.raw, row.target.text, row.target.cell.numFmt) : '';
  const actualText = row.actual ? cellQuantityText(row.actual.cell.raw, row.actual.text, row.actual.cell.numFmt) : '';
  // One object of a fixed shape, filled in place (no intermediate result, no spread): 10k rows
  // per workbook are evaluated here. Defaults: not computable, no note.
  const e: Draft = {
    row,
    shape,
    notApplicable: isNotApplicableRow(row),
    target: parseTarget(targetText),
    actual: parseActual(actualText),
    computable: false,
    byCoefficient: false,
    qualitative: false,
    direction: undefined,
    directionInferred: false,
    exactScore: undefined,
    ruleScore: undefined,
    score: undefined,
    overTarget: false,
    deducted: false,
    note: undefined,
    otherDirectionScore: undefined,
  };
  if (shape === 'indicator') scoreRow(e, profile);
  return e;
}

/** Not computable: qualitative or not, and the I01 note (undefined when another rule reports the cause). */
function notComputable(e: Draft, qualitative: boolean, note: string | undefined): void {
  e.qualitative = qualitative;
  e.note = note;
}

function scoreRow(e: Draft, profile: ScoringProfile): void {
  const row = e.row;
  if (row.weight?.parsed.kind === 'invalid') return;
  const weight = numberOf(row.weight);
  if (!isBlankText(row.method)) return notComputable(e, false, INDICATOR_REASONS.ownMethod(textOf(row.method).trim()));
  if (weight === undefined) return notComputable(e, false, INDICATOR_REASONS.weightBlank);
  if (weight.isNegative()) return; // S03 reports it

  // Chongqing: 得分 = 权重 × 得分系数 (the coefficient column is in %; a plain 95 means 95%).
  const coef = row.scoreCoefficient;
  if (coef && coef.parsed.kind === 'invalid') return;
  if (coef && coef.parsed.kind === 'number') {
    const ratio = coefficientRatio(coef.parsed.value, coef.parsed.percent);
    if (ratio.isNegative() || decGt(ratio, ONE)) return; // S03 reports it
    const exact = weight.times(ratio);
    const score = roundHalfUp(exact, 2);
    e.computable = true;
    e.byCoefficient = true;
    e.exactScore = exact;
    e.ruleScore = score;
    e.score = score;
    return;
  }

  const nature = parseNature(row.nature?.text);
  if (nature.qualitative) return notComputable(e, true, INDICATOR_REASONS.qualitativeNature);
  const target = e.target;
  switch (target.kind) {
    case 'blank':
      return notComputable(e, false, INDICATOR_REASONS.targetBlank);
    case 'text':
      return notComputable(e, true, INDICATOR_REASONS.qualitativeTarget(trimmedText(row.target)));
    case 'date':
      return notComputable(e, true, INDICATOR_REASONS.dateTarget(trimmedText(row.target)));
    case 'ambiguous':
      return notComputable(e, false, INDICATOR_REASONS.targetAmbiguous(trimmedText(row.target)));
    default:
      break;
  }
  const actual = e.actual;
  switch (actual.kind) {
    case 'blank':
      return; // S09
    case 'text':
      return notComputable(e, true, INDICATOR_REASONS.actualText(trimmedText(row.actual)));
    case 'date':
    case 'ambiguous':
      return notComputable(e, false, INDICATOR_REASONS.actualAmbiguous(trimmedText(row.actual)));
    default:
      break;
  }
  const t = target.quantity;
  if (t.value.isNegative()) return notComputable(e, false, INDICATOR_REASONS.targetNegative(trimmedText(row.target)));
  const columnUnit = row.unit ? normalizeUnit(row.unit.text.replace(/\s+/g, '')) : '';
  const targetUnit = t.unit !== '' ? t.unit : columnUnit;
  const actualUnit = actual.quantity.unit !== '' ? actual.quantity.unit : targetUnit;
  if (targetUnit !== actualUnit) return notComputable(e, false, INDICATOR_REASONS.unitMismatch(targetUnit, actual.quantity.unit));

  // Direction: the 指标性质 column when it states one, else the target's operator, else inferred.
  let direction: Direction | undefined = nature.direction ?? target.direction;
  const equals = nature.equals ?? (nature.direction === undefined && target.equals);
  let inferred = false;
  let byDefault = false;
  let byName: Direction | undefined;
  let adopted = false;
  if (direction === undefined && equals) direction = t.value.isZero() ? 'reverse' : 'positive';
  if (direction === undefined) {
    inferred = !t.value.isZero();
    // A bare target takes its direction from what the indicator measures (RULES §3): a ceiling
    // (…调整率, 成本, 费用 …) is 反向, a floor (…完成率, 满意度 …) 正向 — also under 成本指标;
    // otherwise the default: 正向, except under 成本指标.
    byName = t.value.isZero() ? undefined : directionByMeasure(textOf(row.name));
    direction = t.value.isZero() ? 'reverse' : (byName ?? (isCostRow(row) ? 'reverse' : 'positive'));
    byDefault = inferred && byName === undefined;
  }
  const explicitPositive = direction === 'positive' && !inferred && !equals;
  const a = actual.quantity.value;
  // Shared by the rows with the same inputs (memoised per Decimal instance, indicator-score.ts).
  let outcome = ruleOutcome(direction, explicitPositive, t.value, a, weight, profile);
  if (byDefault) {
    // Only a default: the score both ways. A stated score that matches the other direction shows
    // which one the table meant (no score finding, nothing rewritten); matching neither, S07 names both.
    const other: Direction = direction === 'positive' ? 'reverse' : 'positive';
    const alt = ruleOutcome(other, false, t.value, a, weight, profile);
    const stated = numberOf(row.score);
    if (stated !== undefined && !alt.score.equals(outcome.score) && roundHalfUp(stated, 2).equals(alt.score) && !roundHalfUp(stated, 2).equals(outcome.score)) {
      direction = other;
      outcome = alt;
      adopted = true;
    } else if (!alt.score.equals(outcome.score)) {
      e.otherDirectionScore = alt.score;
    }
  }
  e.computable = true;
  e.direction = direction;
  e.directionInferred = inferred;
  e.exactScore = outcome.exact;
  e.ruleScore = outcome.ruleScore;
  e.score = outcome.score;
  e.overTarget = outcome.overTarget;
  e.deducted = outcome.deducted;
  e.note = !inferred
    ? undefined
    : adopted
      ? INDICATOR_REASONS.inferredFromScore(direction === 'reverse')
      : byName !== undefined
      ? INDICATOR_REASONS.inferredByMeasure(direction === 'reverse')
      : direction === 'reverse'
        ? INDICATOR_REASONS.inferredReverse
        : INDICATOR_REASONS.inferredPositive;
}

/** Ceilings (反向) and floors (正向) by what an indicator measures (RULES §3). */
const CEILING_WORDS = /(调整率|结转结余率|结余率|超支率|差错率|出错率|投诉率|事故率|发生率|损耗率|成本|费用|单价|开支|支出)/gu;
const FLOOR_WORDS = /(完成率|合格率|覆盖率|及时率|达标率|执行率|知晓率|满意度|满意率|到位率|办结率|达成率|通过率|使用率|利用率|普及率|参保率|受益率|入学率)/gu;

/** End of the last match of `re` in `t`, or -1. */
function lastMatchEnd(re: RegExp, t: string): number {
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) end = m.index + m[0].length;
  return end;
}

/**
 * The direction a name implies: the word that ends latest wins (`成本控制执行率` measures a rate
 * of execution, a floor; `每人次培训成本` a cost, a ceiling); undefined when it names neither.
 */
export function directionByMeasure(name: string): Direction | undefined {
  const t = name.replace(/\s+/gu, '');
  if (t === '') return undefined;
  const ceiling = lastMatchEnd(CEILING_WORDS, t);
  const floor = lastMatchEnd(FLOOR_WORDS, t);
  if (ceiling < 0 && floor < 0) return undefined;
  return floor >= ceiling ? 'positive' : 'reverse';
}

/** A cell's text trimmed, for I01 notes (only built for rows that get one). */
function trimmedText(field: TextField | undefined): string {
  return textOf(field).trim();
}

/** 得分系数(%) as a ratio: a percent cell is already a ratio; a plain 95 means 95% (the column is in %). */
export function coefficientRatio(value: Dec, percent: boolean): Dec {
  return percent ? value : value.dividedBy(HUNDRED);
}
