/**
 * A workbook whose only table recognition misses: its indicator header uses words of no label
 * family for 一级/三级指标 and 指标值 (考核大类, 考核小项, 目标数), so no row reads as an indicator
 * header. The user adds it by hand (A3:G6, 指标表) in the 识别映射 view. F5: 实得分 25 above its
 * 满分值 20 on a qualitative row (S03 of the rule catalogue, RULES §4; a computable row would get S07 instead) once the table is read.
 */
import type { Workbook } from '../../src/core/grid/types';
import { sheetFromValues } from '../../src/core/grid/types';

export const UNRECOGNISED_SHEET = '考核表';
export const UNRECOGNISED_RANGE = 'A3:G6';

export function unrecognisedWorkbook(): Workbook {
  return {
    sheets: [
      sheetFromValues(UNRECOGNISED_SHEET, [
        ['年度考核情况', null, null, null, null, null, null],
        [null, null, null, null, null, null, null],
        ['考核大类', '考核小项', '目标数', '完成数', '满分值', '实得分', '说明备注'],
        ['产出指标', '培训人次', '≥100', '120', 20, 18, null],
        ['产出指标', '验收情况', '合格', '合格', 20, 25, null],
        ['效益指标', '满意度', '≥90%', '95%', 10, 10, null],
      ]),
      sheetFromValues('说明', [['本工作簿用于测试手工添加表格']]),
    ],
  };
}
