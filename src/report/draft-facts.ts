/**
 * The table's STATED values a draft report is checked against (R01): amounts in 万元 per
 * subject and basis, the stated 执行率, 资金得分 and 总分 (the engine's value only where the
 * table leaves the cell blank).
 */
import type { Analysis } from '../core/analyse';
import type { Dec } from '../core/money/decimal';
import type { FundsRowRole } from '../core/model';
import { costFigure, detailAmount, primaryComputation, rowAmounts, statedValue } from './figures';
import type { AmountSubject, Basis } from './draft-vocabulary';

export interface TableFacts {
  /** Candidate stated amounts (万元) of a subject on a basis (any basis when undefined). */
  amounts(subject: AmountSubject, basis: Basis | undefined): readonly Dec[];
  /**
   * 执行率 / 资金得分 / 总分: the stated value, and the engine's where it differs. A text that gives
   * the engine's (right) value is not a text error: the table's wrong cell is F02/F03/S05's finding.
   */
  readonly executionRate: readonly Dec[];
  readonly fundScore: readonly Dec[];
  readonly totalScore: readonly Dec[];
  /** Every stated amount, rate (ratio) and score/weight, for figures tied to no named quantity. */
  readonly allAmounts: readonly Dec[];
  readonly allRates: readonly Dec[];
  readonly allScores: readonly Dec[];
}

const ROLE_SUBJECTS: readonly AmountSubject[] = [
  'total', 'generalBudget', 'governmentFunds', 'specialAccount', 'stateCapitalBudget', 'socialInsuranceFund', 'otherFunds', 'basicSpending', 'projectSpending', 'personnelCosts', 'operatingCosts',
];

export function tableFacts(analysis: Analysis): TableFacts {
  const c = primaryComputation(analysis);
  const detail = analysis.recognised.spendingDetail;
  const total = c?.table.funds?.rows.find((r) => r.role === 'total');
  const defined = (xs: ReadonlyArray<Dec | undefined>): Dec[] => xs.filter((x): x is Dec => x !== undefined);

  const amounts = (subject: AmountSubject, basis: Basis | undefined): Dec[] => {
    if (subject === 'supplement') return defined([detailAmount(detail, 'supplement')]);
    if (subject === 'carryover') return defined([detailAmount(detail, 'carryover')]);
    if (subject === 'spendingBreakdown') {
      // 基本支出 + 项目支出 on the same basis (a Hunan single figure with a single figure).
      const b = rowAmounts(c, 'basicSpending');
      const p = rowAmounts(c, 'projectSpending');
      if (!b || !p) return [];
      const keys: ReadonlyArray<'initialBudget' | 'adjustedBudget' | 'executed' | 'single'> =
        basis === undefined ? ['initialBudget', 'adjustedBudget', 'executed', 'single'] : basis === 'initialBudget' ? ['initialBudget'] : [basis, 'single'];
      return defined(keys.map((k) => (b[k] !== undefined && p[k] !== undefined ? b[k]!.plus(p[k]!) : undefined)));
    }
    const r = rowAmounts(c, subject as FundsRowRole);
    const out: Array<Dec | undefined> = [];
    if (r) {
      if (basis === undefined || basis === 'initialBudget') out.push(r.initialBudget);
      if (basis === undefined || basis === 'adjustedBudget') out.push(r.adjustedBudget);
      if (basis === undefined || basis === 'executed') out.push(r.executed);
      // A Hunan single figure has no stated basis of its own; it is never a 年初预算 figure.
      if (basis !== 'initialBudget') out.push(r.single);
    }
    if (subject === 'projectSpending') {
      if (basis === 'initialBudget') out.push(detailAmount(detail, 'initialBudget'));
      if (basis === undefined || basis === 'executed') out.push(detailAmount(detail, 'executed'));
    }
    if ((subject === 'personnelCosts' || subject === 'operatingCosts') && basis !== 'initialBudget' && !r) out.push(costFigure(analysis, c, subject));
    return defined(out);
  };

  const executionRate = defined([statedValue(total?.executionRate), c?.funds?.executionRate]);
  const fundScore = defined([statedValue(total?.score), c?.funds?.fundScore]);
  const totalScore = defined([statedValue(c?.table.indicators?.total?.score), c?.totalScore]);
  const allAmounts = ROLE_SUBJECTS.flatMap((s) => amounts(s, undefined)).concat(
    defined([detailAmount(detail, 'initialBudget'), detailAmount(detail, 'supplement'), detailAmount(detail, 'carryover')]),
  );
  const allRates = defined([...executionRate, ...(c?.funds?.rows.map((r) => r.executionRate) ?? []), ...(c?.funds?.shares.map((s) => s.value) ?? [])]);
  const allScores = defined([
    ...fundScore,
    ...totalScore,
    c?.funds?.weight,
    statedValue(c?.table.indicators?.total?.weight),
    ...(c?.table.indicators?.rows.flatMap((r) => [statedValue(r.weight), statedValue(r.score)]) ?? []),
  ]);
  return { amounts, executionRate, fundScore, totalScore, allAmounts, allRates, allScores };
}
