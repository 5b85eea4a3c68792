/** Every role a column may take, per block kind (the pane's choices), with its Chinese name. */
import type { BlockKind, MappedRole } from './types';
import { MAPPING_PHRASES } from './phrases';

export const FUNDS_ROLE_CHOICES: readonly MappedRole[] = [
  'label', 'initialBudget', 'adjustedBudget', 'executed', 'weight', 'executionRate', 'score', 'share', 'reason', 'method', 'serial', 'ignore',
];

export const INDICATOR_ROLE_CHOICES: readonly MappedRole[] = [
  'level1', 'level2', 'name', 'nature', 'target', 'unit', 'actual', 'weight', 'score', 'scoreCoefficient', 'reason', 'method', 'serial', 'ignore',
];

export const MAPPED_ROLES: ReadonlySet<MappedRole> = new Set([...FUNDS_ROLE_CHOICES, ...INDICATOR_ROLE_CHOICES]);

export function roleChoices(kind: BlockKind): readonly MappedRole[] {
  return kind === 'funds' ? FUNDS_ROLE_CHOICES : INDICATOR_ROLE_CHOICES;
}

/** 年初预算数, 三级指标 …: the name the pane shows for a role in a block of `kind`. */
export function roleName(kind: BlockKind, role: MappedRole): string {
  return MAPPING_PHRASES.roles[kind][role] ?? MAPPING_PHRASES.roles.common[role] ?? role;
}
