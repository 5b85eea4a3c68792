/**
 * R01 TEXT_FIGURE_MISMATCH (RULES §4): a figure in the report text ≠ the table's. A draft rule:
 * evaluated over a report's paragraphs by src/report/draft-figures.ts.
 */
import { defineRule } from '../define-rule';

export const R01 = defineRule({
  code: 'R01',
  name: 'TEXT_FIGURE_MISMATCH',
  title: '报告数字与表不符',
  severity: 'error',
  kind: 'draft',
  meaning: '报告正文中的数字与表中填写的数字不符',
  params: [],
  messages: {
    wrong: (figure: string, quantity: string, stated: string) => `“${figure}”与自评表不符：${quantity}应为${stated}`,
    share: (figure: string, part: string, whole: string, expected: string) => `“${figure}”与自评表不符：${part}占${whole}的比例应为${expected}`,
    diff: (figure: string, a: string, b: string, expected: string) => `“${figure}”与自评表不符：${a}与${b}之差应为${expected}`,
    untied: (figure: string) => `“${figure}”未能对应到自评表中的数据，请人工核对`,
  },
});
