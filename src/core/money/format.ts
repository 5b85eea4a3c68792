import { Dec, roundHalfUp, HUNDRED } from './decimal';

/** 万元 with 2 decimals, half-up: 1186.955 → "1186.96". No thousands separator (as the tables print). */
export function formatAmount(d: Dec, dp = 2): string {
  return roundHalfUp(d, dp).toFixed(dp);
}

/** A ratio shown as percent with `dp` decimals: 0.99935 → "99.94%" (ROUND_HALF_UP via Decimal.toFixed). */
export function formatPercent(ratio: Dec, dp = 2): string {
  return roundHalfUp(ratio.times(HUNDRED), dp).toFixed(dp) + '%';
}

/** A score with 2 decimals: 9.9935 → "9.99". */
export function formatScore(d: Dec, dp = 2): string {
  return roundHalfUp(d, dp).toFixed(dp);
}

/** Shortest plain rendering of a decimal, for messages: 10 → "10", 9.80 → "9.8". */
export function formatPlain(d: Dec): string {
  return d.toString();
}
