/**
 * The role matchers of the two block kinds: a header label key → the column role it names, with
 * the confidence of the match (exact family 1, key-word guess 0.6). Shared by the block readers
 * and the row classes (row-classes.ts).
 */
import type { IndicatorColumnRole } from '../model';
import type { FundsColumnRole } from '../mapping/types';
import { FUNDS_COLUMNS, INDICATOR_COLUMNS, guessFundsColumn, guessIndicatorColumn } from './families';
import type { RoleMatcher } from './header';

/** Exact family match (confidence 1), else a key-word guess (0.6). */
export const FUNDS_MATCHER: RoleMatcher<FundsColumnRole> = (key) => {
  const exact = FUNDS_COLUMNS.get(key);
  if (exact) return { role: exact, confidence: 1 };
  const guess = guessFundsColumn(key);
  return guess ? { role: guess, confidence: 0.6 } : undefined;
};

/** Exact family match (confidence 1), else a key-word guess (0.6). */
export const INDICATOR_MATCHER: RoleMatcher<IndicatorColumnRole> = (key) => {
  const exact = INDICATOR_COLUMNS.get(key);
  if (exact) return { role: exact, confidence: 1 };
  const guess = guessIndicatorColumn(key);
  return guess ? { role: guess, confidence: 0.6 } : undefined;
};
