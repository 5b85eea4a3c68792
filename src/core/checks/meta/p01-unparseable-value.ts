/**
 * P01 UNPARSEABLE_VALUE (RULES §4): a cell that must hold a number does not (text, `#DIV/0!`, a
 * mark where a number is required, a negative amount). A meta code: reported on funds cells
 * (funds/p01-funds-cells.ts), on indicator cells (indicators/p01-indicator-cells.ts) and for a
 * total row stating a rate from a blank 执行数 (funds/i01-funds-notes.ts).
 */
import { defineRule } from '../define-rule';
import { fundsPhrases } from '../phrases-funds';
import { INDICATOR_PHRASES } from '../phrases-indicators';

export const P01 = defineRule({
  code: 'P01',
  name: 'UNPARSEABLE_VALUE',
  title: '数值无法识别',
  severity: 'error',
  kind: 'meta',
  meaning: '应填数字的单元格不是数字（如文字、“—”、#DIV/0!）',
  params: ['normalizeTo100'],
  messages: { notNumber: fundsPhrases.notNumber, negative: fundsPhrases.negative, executedBlank: fundsPhrases.executedBlank, P01: INDICATOR_PHRASES.P01 },
});
