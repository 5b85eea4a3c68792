/**
 * The funds rules (RULES §4), in evaluation order: P01 on funds cells first (an unreadable or
 * negative cell is then ignored by every other rule), F01–F08, then I01 notes.
 * Registering a rule: one line here (its module exports the declaration, docs/RULES.md §4).
 */
import { P01_FUNDS_CELLS } from './p01-funds-cells';
import { F01 } from './f01-sum-mismatch';
import { F02 } from './f02-rate-mismatch';
import { F03 } from './f03-fund-score-mismatch';
import { F04 } from './f04-over-execution';
import { F05 } from './f05-share-mismatch';
import { F06 } from './f06-low-execution-no-reason';
import { F07 } from './f07-budget-adjusted-no-reason';
import { F08 } from './f08-zero-base-rate';
import { I01_FUNDS_NOTES } from './i01-funds-notes';

export const FUNDS_RULES = [P01_FUNDS_CELLS, F01, F02, F03, F04, F05, F06, F07, F08, I01_FUNDS_NOTES] as const;
