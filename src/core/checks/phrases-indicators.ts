/**
 * Chinese message templates of the indicator rules (P01 for indicator cells, I01, S01–S17).
 * Numbers arrive formatted (scores with 2 decimals, weights as typed); names are 三级指标 texts.
 */
export const INDICATOR_PHRASES = {
  P01: (address: string, text: string) => `${address}：“${text}” 不是数字`,
  I01: (name: string, reason: string) => `“${name}”：${reason}`,
  S01total: (all: string, funds: string, indicators: string, expected: string) =>
    `分值合计为${all}（资金${funds} + 绩效指标${indicators}），应为${expected}`,
  S01totalRow: (stated: string, sum: string) => `总分行的分值合计${stated}与各项分值之和${sum}不符`,
  S01level1: (label: string, stated: string, sum: string) => `一级指标“${label}”标注${stated}分，其下指标分值合计为${sum}`,
  S02level1: (label: string, actual: string, expected: string, profile: string, source?: string) =>
    `一级指标“${label}”分值合计${actual}，与评分规则集“${profile}”的${expected}不符${source ? `（${source}）` : ''}`,
  S02funds: (actual: string, expected: string, profile: string, source?: string) =>
    `预算执行（资金）分值${actual}，与评分规则集“${profile}”的${expected}不符${source ? `（${source}）` : ''}`,
  S02missing: (label: string, expected: string) =>
    `缺少一级指标“${label}”（评分规则集为${expected}分），其分值须在其他指标间重新分配，并说明理由`,
  S03: (score: string, weight: string) => `得分${score}超出0～${weight}（分值）的范围`,
  S03negative: (score: string) => `得分${score}为负数`,
  S03coefficient: (coefficient: string) => `得分系数${coefficient}超出0%～100%的范围`,
  S04: (name: string, score: string, weight: string) => `“${name}”得分${score}低于分值${weight}，未填写偏差原因分析及改进措施`,
  S05: (stated: string, sum: string) => `总分${stated}与各项得分合计${sum}不符`,
  S05subtotal: (stated: string, sum: string) => `绩效指标合计${stated}与各项指标得分之和${sum}不符`,
  S05fundsLeftOut: (stated: string, funds: string, sum: string) => `总分${stated}未计入资金（预算执行）得分${funds}，含资金得分应为${sum}`,
  S05recomputed: (asEntered: string, fixes: string, recomputed: string) =>
    `；按表中各项得分合计为${asEntered}，${fixes === '' ? '按规则重新计算' : fixes}后为${recomputed}`,
  S05fundFix: (score: string) => `资金得分更正为${score}`,
  S05rowsFix: (n: number) => `${n}项指标得分按规则更正`,
  S05notWritten: '；分值合计不为100（见S01），重新计算不写入总分与等级',
  S05notWrittenOver100: '；重新计算的总分超过100，不写入总分与等级',
  S06: (stated: string, total: string, band: string) => `等级“${stated}”与总分${total}对应的等级“${band}”不符`,
  S06weights: '权重合计不为100，未评定等级',
  S06over100: (total: string) => `总分${total}超过100，未评定等级`,
  S07: (name: string, stated: string, expected: string) => `“${name}”得分${stated}，按规则应为${expected}`,
  S07metButDeducted: (name: string, stated: string, expected: string) => `达标但扣分：“${name}”已达到年度指标值，得分${stated}，应为${expected}`,
  S07missedButFull: (name: string, stated: string, expected: string) => `未达标但满分：“${name}”未达到年度指标值，得分${stated}，按比例应为${expected}`,
  S07bothWays: (name: string, stated: string, positive: string, reverse: string) =>
    `“${name}”年度指标值未写明方向，得分${stated}与按正向计分的${positive}、按反向计分的${reverse}均不符`,
  S07coefficient: (name: string, stated: string, expected: string) => `“${name}”得分${stated}，按“权重 × 得分系数”应为${expected}`,
  S08: (name: string, level2: string, target: string) => `“${name}”属${level2}，年度指标值“${target}”没有数值，未量化`,
  S08blank: (name: string, level2: string) => `“${name}”属${level2}，年度指标值为空，未量化`,
  S09: (name: string) => `“${name}”实际完成值为空`,
  S10: (name: string, actual: string) => `“${name}”实际完成值“${actual}”表明未完全达成目标，却得满分`,
  S11level2: (level2: string, level1: string) => `二级指标“${level2}”不属于一级指标“${level1}”`,
  S11unknownLevel1: (level1: string) => `一级指标“${level1}”不在评分规则集的指标体系中`,
  S11level1NameMissing: (text: string) => `一级指标栏只写了“${text}”，未写一级指标名称（产出指标、效益指标、满意度指标等），其下各行无法归入指标体系`,
  S11emptyLevel1: (level1: string) => `一级指标“${level1}”下没有任何指标`,
  S12: (name: string, score: string, lower: string) => `“${name}”实际完成值与年度指标值一致（已达成），得分${score}却低于达成档下限${lower}`,
  S13instruction: (text: string) => `“${text}”是模板说明文字，请替换为实际内容`,
  S13draft: '偏差原因仍是“（草稿）”，请补全原因与改进措施并删去“（草稿）”后再报送',
  S13whole: (text: string) => `仅填写“${text}”，请写明具体内容`,
  S14: (name: string, actual: string, target: string, margin: string) =>
    `“${name}”实际完成值${actual}超出年度指标值${target}达${margin}以上，未分析原因（指标值是否设置过低）`,
  S15: (name: string, band: string, score: string, lower: string, upper: string) =>
    `“${name}”实际完成情况为“${band}”，得分${score}不在该档${lower}～${upper}之内`,
  S16: (name: string, weight: string) => `“${name}”分值${weight}，得分为空`,
  S16total: '总分为空，各项得分已填写',
  S16subtotal: '合计行的得分为空，各项得分已填写（按合计行应填写得分合计理解）',
  S16funds: (weight: string) => `预算执行（资金）权重${weight}，得分为空`,
  S17cap: (stated: string, rate: string, cap: string) => `执行率${rate}，总分不得超过${cap}，现为${stated}`,
  S17deduction: (name: string, margin: string, deduction: string, expected: string) =>
    `“${name}”实际完成值偏离年度指标值${margin}以上，应扣${deduction}分，得分应为${expected}`,
  templateRows: (count: number) => `${count} 行模板占位行未填写，可删除`,
  tableUnfilled: '表格尚未填写，未作检查',
  bandMet: '达成',
  bandPartial: '部分达成',
  bandMissed: '未达成',
  rowFallbackName: (row: number) => `第${row}行指标`,
} as const;
