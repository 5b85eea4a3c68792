/**
 * Chinese texts of the indicator computation (I01 reasons: why a row was not scored by rule, or
 * how its direction was inferred). Templates only; the logic lives in indicator-eval.ts.
 */
export const INDICATOR_REASONS = {
  ownMethod: (method: string) => `本行有自己的评分方法（“${method}”），按其评分，不按通用公式核算得分`,
  qualitativeNature: '指标性质为定性，按评价档次打分，不按公式核算',
  qualitativeTarget: (target: string) => `年度指标值“${target}”无数值，按定性指标打分，不按公式核算`,
  dateTarget: (target: string) => `年度指标值“${target}”为时间要求，按定性指标打分，不按公式核算`,
  targetBlank: '年度指标值为空，无法按公式核算得分',
  targetAmbiguous: (target: string) => `年度指标值“${target}”含多个数值或区间，无法按公式核算得分`,
  targetNegative: (target: string) => `年度指标值“${target}”为负数，无法按公式核算得分`,
  actualText: (actual: string) => `实际完成值“${actual}”无数值，按定性指标打分，不按公式核算`,
  actualAmbiguous: (actual: string) => `实际完成值“${actual}”含多个数值或为日期，无法按公式核算得分`,
  unitMismatch: (targetUnit: string, actualUnit: string) =>
    `年度指标值单位“${targetUnit || '无'}”与实际完成值单位“${actualUnit || '无'}”不一致，无法按公式核算得分`,
  weightBlank: '分值为空，无法按公式核算得分',
  inferredPositive: '年度指标值未写明方向（≥、≤、以上、以内等），按正向指标（越高越好）计分',
  inferredReverse: '成本指标的年度指标值未写明方向，按反向指标（越低越好）计分',
  inferredFromScore: (reverse: boolean) =>
    `年度指标值未写明方向，表中得分与按${reverse ? '反向指标（越低越好）' : '正向指标（越高越好）'}计分一致，按此核对`,
  inferredByMeasure: (reverse: boolean) =>
    reverse ? '年度指标值未写明方向，按指标所衡量的内容（费用、成本、差错率等以低为好）按反向指标计分' : '年度指标值未写明方向，按指标所衡量的内容（完成率、合格率、满意度等以高为好）按正向指标计分',
} as const;
