/**
 * How sure recognition is of a table (0–1), shown in the pane so the user knows what to check:
 * the mean confidence of its header columns (1 = family label, 0.9 = two-row label, 0.6 =
 * guessed, 0 = not recognised), rounded to 2 decimals. A table without columns has 0.
 * A display figure, not money: plain numbers are fine here.
 */
import type { BlockMapping } from './types';

export function tableConfidence(blocks: readonly BlockMapping[]): number {
  const cols = blocks.flatMap((b) => b.columns);
  if (cols.length === 0) return 0;
  const sum = cols.reduce((s, c) => s + c.confidence, 0);
  return Math.round((sum / cols.length) * 100) / 100;
}
