import type { TableRule } from '../registry-types';

/** PLACEHOLDER (being written): P01 (indicator cells), I01, S01–S17. */
export const INDICATOR_RULES: readonly TableRule[] = [];
