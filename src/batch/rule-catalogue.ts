/**
 * The rule catalogue (RULES §4) in plain Chinese, for sheet 说明 of the roll-up and the 退回意见:
 * each rule's `meaning`, as its module declares it (core/checks/define-rule.ts).
 */
import type { RuleCode } from '../core/findings';
import { RULE_DECLARATIONS } from '../core/checks/rule-list';

export const RULE_MEANINGS: Readonly<Record<RuleCode, string>> = Object.fromEntries(RULE_DECLARATIONS.map((d) => [d.code, d.meaning])) as Record<RuleCode, string>;
