import type { TableRule } from '../registry-types';
import { I01_NOT_COMPUTABLE, P01_INDICATOR_CELLS } from './p01-i01';
import { S01_WEIGHT_TOTAL, S02_WEIGHT_PROFILE } from './s01-s02-weights';
import { S03_SCORE_RANGE, S04_REASON_MISSING, S07_QUANT_SCORE, S14_OVER_TARGET, S16_SCORE_MISSING } from './row-scores';
import { S08_NOT_QUANTIFIED, S09_ACTUAL_MISSING, S13_PLACEHOLDER } from './row-texts';
import { QUALITATIVE_SCORES } from './qualitative';
import { S11_HIERARCHY } from './hierarchy';
import { S05_TOTAL, S06_GRADE, S17_TOTAL_CAP } from './totals';

/** P01 (indicator cells), I01, S01–S17 (SPEC §4), in evaluation order. */
export const INDICATOR_RULES: readonly TableRule[] = [
  P01_INDICATOR_CELLS,
  I01_NOT_COMPUTABLE,
  S01_WEIGHT_TOTAL,
  S02_WEIGHT_PROFILE,
  S03_SCORE_RANGE,
  S04_REASON_MISSING,
  S05_TOTAL,
  S06_GRADE,
  S07_QUANT_SCORE,
  S08_NOT_QUANTIFIED,
  S09_ACTUAL_MISSING,
  QUALITATIVE_SCORES,
  S11_HIERARCHY,
  S13_PLACEHOLDER,
  S14_OVER_TARGET,
  S16_SCORE_MISSING,
  S17_TOTAL_CAP,
];
