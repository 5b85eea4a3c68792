/**
 * R02 HEADING_NUMBERING (RULES §4): heading numbering mixed or out of order (GB/T 9704-2012
 * §7.3.3). A draft rule: evaluated over a report's paragraphs by src/report/draft-headings.ts.
 */
import { defineRule } from '../define-rule';

export const R02 = defineRule({
  code: 'R02',
  name: 'HEADING_NUMBERING',
  title: '标题序号不规范',
  severity: 'warning',
  kind: 'draft',
  meaning: '报告标题序号混用或顺序错误',
  params: [],
  messages: {
    style: (level: string, expected: string, actual: string) => `${level}标题序号应为“${expected}”式，此处为“${actual}”，同级序号混用`,
    styleOnly: (level: string, expected: string, actual: string) => `${level}标题序号按GB/T 9704-2012应为“${expected}”式，此处为“${actual}”`,
    order: (level: string, expected: string, actual: string) => `${level}标题序号不连续：应为“${expected}”，此处为“${actual}”`,
    skip: (actual: string, parent: string) => `“${actual}”直接位于“${parent}”之下，跳过了一个层级`,
  },
});
