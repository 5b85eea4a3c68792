/**
 * R03 COUNT_MISMATCH (RULES §4): a stated count (`安排专项11个，即…`) ≠ the items listed. A draft
 * rule: evaluated over a report's paragraphs by src/report/draft-counts.ts.
 */
import { defineRule } from '../define-rule';

export const R03 = defineRule({
  code: 'R03',
  name: 'COUNT_MISMATCH',
  title: '数量与列举不符',
  severity: 'warning',
  kind: 'draft',
  meaning: '报告中所说的个数与所列项目数不符',
  params: [],
  messages: {
    count: (stated: string, listed: number) => `所述数量${stated}与其后列举的${listed}项不一致`,
  },
});
