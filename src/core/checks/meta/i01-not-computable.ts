/**
 * I01 NOT_COMPUTABLE (RULES §4): why a row was not scored by rule (qualitative, units differ, own
 * method, direction inferred); one info per table for unused template rows; 表格尚未填写 for an
 * unfilled table; funds notes (basis fell back, 执行数 blank, a share over a zero whole). A meta
 * code: reported by indicators/i01-indicator-notes.ts, indicators/i01-template-rows.ts,
 * funds/i01-funds-notes.ts, funds/f05-share-mismatch.ts and the registry (unfilled table).
 */
import { defineRule } from '../define-rule';
import { fundsPhrases } from '../phrases-funds';
import { INDICATOR_PHRASES } from '../phrases-indicators';

export const I01 = defineRule({
  code: 'I01',
  name: 'NOT_COMPUTABLE',
  title: '未按规则计分',
  severity: 'info',
  kind: 'meta',
  meaning: '该指标无法按规则计算得分的原因（方向、单位不同、自定评分方法、定性指标等）',
  params: ['budgetBasis'],
  messages: {
    I01: INDICATOR_PHRASES.I01,
    templateRows: INDICATOR_PHRASES.templateRows,
    tableUnfilled: INDICATOR_PHRASES.tableUnfilled,
    basisFallback: fundsPhrases.basisFallback,
    executedMissing: fundsPhrases.executedMissing,
    shareZeroWhole: fundsPhrases.shareZeroWhole,
  },
});
