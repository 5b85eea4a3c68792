/**
 * One indicator row evaluated by SPEC §3: is it computable, in which direction, what score the
 * rule gives (rounded once, half-up, 2 decimals, from the exact inputs), and if not, why (I01).
 * The computation (indicators.ts) and the checks both read this, so they never disagree.
 */
import { Dec, decOf, roundHalfUp, maxDec, ZERO, HUNDRED } from '../money/decimal';
import type { IndicatorRow } from '../model';
import type { ScoringProfile } from './profile';
import { cellQuantityText, parseActual, parseNature, parseTarget, type Direction, type ParsedActual, type ParsedTarget } from './target-parse';
import { normalizeUnit } from './target-units';
import { exactRuleScore, isOverTarget } from './indicator-score';
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
  /** Actual beyond the over-achievement margin (SPEC §3; S14, S17). */
  readonly overTarget: boolean;
  /** profile.overTargetDeduction was applied to `score`. */
  readonly deducted: boolean;
  /** I01 text: why not computable, or how the direction was inferred. Undefined when another rule reports the cause (blank actual → S09, invalid cell → P01). */
  readonly note?: string;
}

type Partial_ = Omit<IndicatorEvaluation, 'row' | 'shape' | 'notApplicable' | 'target' | 'actual'>;

function notComputable(qualitative: boolean, note: string | undefined): Partial_ {
  return { computable: false, byCoefficient: false, qualitative, direction: undefined, directionInferred: false, exactScore: undefined, ruleScore: undefined, score: undefined, overTarget: false, deducted: false, note };
}

/** Evaluate one row against the profile (SPEC §3). Never throws. */
export function evaluateIndicatorRow(row: IndicatorRow, profile: ScoringProfile): IndicatorEvaluation {
  const shape = rowShape(row);
  const targetText = row.target ? cellQuantityText(row.target.cell.raw, row.target.text, row.target.cell.numFmt) : '';
  const actualText = row.actual ? cellQuantityText(row.actual.cell.raw, row.actual.text, row.actual.cell.numFmt) : '';
  const target = parseTarget(targetText);
  const actual = parseActual(actualText);
  const p = shape !== 'indicator' ? notComputable(false, undefined) : scoreRow(row, profile, target, actual);
  // One object literal of a fixed shape (no spreads): 10k rows per workbook are evaluated here.
  return {
    row,
    shape,
    notApplicable: isNotApplicableRow(row),
    target,
    actual,
    computable: p.computable,
    byCoefficient: p.byCoefficient,
    qualitative: p.qualitative,
    direction: p.direction,
    directionInferred: p.directionInferred,
    exactScore: p.exactScore,
    ruleScore: p.ruleScore,
    score: p.score,
    overTarget: p.overTarget,
    deducted: p.deducted,
    note: p.note,
  };
}

function scoreRow(row: IndicatorRow, profile: ScoringProfile, target: ParsedTarget, actual: ParsedActual): Partial_ {
  if (row.weight?.parsed.kind === 'invalid') return notComputable(false, undefined);
  const weight = numberOf(row.weight);
  if (!isBlankText(row.method)) return notComputable(false, INDICATOR_REASONS.ownMethod(textOf(row.method).trim()));
  if (weight === undefined) return notComputable(false, INDICATOR_REASONS.weightBlank);
  if (weight.isNegative()) return notComputable(false, undefined); // S03 reports it

  // Chongqing: 得分 = 权重 × 得分系数 (the coefficient column is in %; a plain 95 means 95%).
  const coef = row.scoreCoefficient;
  if (coef && coef.parsed.kind === 'invalid') return notComputable(false, undefined);
  if (coef && coef.parsed.kind === 'number') {
    const ratio = coefficientRatio(coef.parsed.value, coef.parsed.percent);
    if (ratio.isNegative() || ratio.greaterThan(1)) return notComputable(false, undefined); // S03 reports it
    const exact = weight.times(ratio);
    const score = roundHalfUp(exact, 2);
    return { computable: true, byCoefficient: true, qualitative: false, direction: undefined, directionInferred: false, exactScore: exact, ruleScore: score, score, overTarget: false, deducted: false, note: undefined };
  }

  const nature = parseNature(row.nature?.text);
  const targetText = textOf(row.target).trim();
  const actualText = textOf(row.actual).trim();
  if (nature.qualitative) return notComputable(true, INDICATOR_REASONS.qualitativeNature);
  switch (target.kind) {
    case 'blank':
      return notComputable(false, INDICATOR_REASONS.targetBlank);
    case 'text':
      return notComputable(true, INDICATOR_REASONS.qualitativeTarget(targetText));
    case 'date':
      return notComputable(true, INDICATOR_REASONS.dateTarget(targetText));
    case 'ambiguous':
      return notComputable(false, INDICATOR_REASONS.targetAmbiguous(targetText));
    default:
      break;
  }
  switch (actual.kind) {
    case 'blank':
      return notComputable(false, undefined); // S09
    case 'text':
      return notComputable(true, INDICATOR_REASONS.actualText(actualText));
    case 'date':
    case 'ambiguous':
      return notComputable(false, INDICATOR_REASONS.actualAmbiguous(actualText));
    default:
      break;
  }
  const t = target.quantity;
  if (t.value.isNegative()) return notComputable(false, INDICATOR_REASONS.targetNegative(targetText));
  const columnUnit = row.unit ? normalizeUnit(row.unit.text.replace(/\s+/g, '')) : '';
  const targetUnit = t.unit !== '' ? t.unit : columnUnit;
  const actualUnit = actual.quantity.unit !== '' ? actual.quantity.unit : targetUnit;
  if (targetUnit !== actualUnit) return notComputable(false, INDICATOR_REASONS.unitMismatch(targetUnit, actual.quantity.unit));

  // Direction: the 指标性质 column when it states one, else the target's operator, else inferred.
  let direction: Direction | undefined = nature.direction ?? target.direction;
  const equals = nature.equals ?? (nature.direction === undefined && target.equals);
  let inferred = false;
  if (direction === undefined && equals) direction = t.value.isZero() ? 'reverse' : 'positive';
  if (direction === undefined) {
    inferred = !t.value.isZero();
    direction = isCostRow(row) ? 'reverse' : 'positive';
    if (t.value.isZero()) direction = 'reverse';
  }
  const explicitPositive = direction === 'positive' && !inferred && !equals;
  const a = actual.quantity.value;
  const exact = exactRuleScore({ direction, explicitPositive, target: t.value, actual: a, weight }, profile);
  const ruleScore = roundHalfUp(exact, 2);
  const overTarget = isOverTarget(direction, t.value, a, decOf(profile.overTargetMargin));
  const deduction = profile.overTargetDeduction === null ? undefined : decOf(profile.overTargetDeduction);
  const deducted = overTarget && deduction !== undefined;
  const score = deducted ? maxDec(ZERO, ruleScore.minus(deduction)) : ruleScore;
  const note = inferred ? (direction === 'reverse' ? INDICATOR_REASONS.inferredReverse : INDICATOR_REASONS.inferredPositive) : undefined;
  return { computable: true, byCoefficient: false, qualitative: false, direction, directionInferred: inferred, exactScore: exact, ruleScore, score, overTarget, deducted, note };
}

/** 得分系数(%) as a ratio: a percent cell is already a ratio; a plain 95 means 95% (the column is in %). */
export function coefficientRatio(value: Dec, percent: boolean): Dec {
  return percent ? value : value.dividedBy(HUNDRED);
}
