/**
 * M01 UNRECOGNISED (RULES §4): a sheet, row or column not recognised, said plainly; amounts
 * converted from 元. A meta code: recognition writes the notes (model RecognitionNote, in its
 * own words), core/analyse.ts turns each into a finding.
 */
import { defineRule } from '../define-rule';

export const M01 = defineRule({
  code: 'M01',
  name: 'UNRECOGNISED',
  title: '未识别',
  severity: 'info',
  kind: 'meta',
  meaning: '未识别的工作表、表格或列（已说明如何处理）',
  params: [],
  messages: {},
});
