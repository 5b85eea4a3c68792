import type { TableRule } from '../registry-types';

/** PLACEHOLDER (being written): P01 (funds cells), F01–F08. */
export const FUNDS_RULES: readonly TableRule[] = [];
