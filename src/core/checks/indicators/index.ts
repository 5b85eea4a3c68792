/**
 * P01 (indicator cells), I01, S01–S17 (RULES §4), in evaluation order.
 * Registering a rule: one line here (its module exports the declaration, docs/RULES.md §4).
 */
import { P01_INDICATOR_CELLS } from './p01-indicator-cells';
import { I01_INDICATOR_NOTES } from './i01-indicator-notes';
import { I01_TEMPLATE_ROWS } from './i01-template-rows';
import { S01 } from './s01-weight-total';
import { S02 } from './s02-weight-profile';
import { S03 } from './s03-score-range';
import { S04 } from './s04-deviation-reason-missing';
import { S05 } from './s05-total-mismatch';
import { S06 } from './s06-grade-mismatch';
import { S07 } from './s07-quant-score-mismatch';
import { S08 } from './s08-not-quantified';
import { S09 } from './s09-actual-missing';
import { S10 } from './s10-full-score-but-missed';
import { S12 } from './s12-deducted-but-met';
import { S15 } from './s15-qual-band-mismatch';
import { S11 } from './s11-hierarchy';
import { S13 } from './s13-placeholder-text';
import { S14 } from './s14-over-target-no-reason';
import { S16 } from './s16-score-missing';
import { S17 } from './s17-total-over-cap';
import { S18 } from './s18-duplicate-indicator';

export const INDICATOR_RULES = [
  P01_INDICATOR_CELLS,
  I01_INDICATOR_NOTES,
  I01_TEMPLATE_ROWS,
  S01,
  S02,
  S03,
  S04,
  S05,
  S06,
  S07,
  S08,
  S09,
  S10,
  S12,
  S15,
  S11,
  S13,
  S14,
  S16,
  S17,
  S18,
] as const;
