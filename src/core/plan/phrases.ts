/** Chinese text of the write plan (what the preview and the CLI show for withheld cells). */
export const PLAN_TEXT = {
  total: '总分',
  grade: '等级',
  weightsOff: (all: string, funds: string, indicators: string, expected: string, where: string) =>
    `分值合计为${all}（资金${funds} + 绩效指标${indicators}），不等于${expected}，按此算出的总分没有意义，总分与等级不写入。请先处理“分值合计不符”（S01，${where}）：核对分值使合计为${expected}后再重新计算。`,
  over100: (total: string) => `按各项得分合计总分为${total}，超过100，总分与等级不写入。请先处理“总分不符”（S05），核对各项分值与得分后再重新计算。`,
  withheldLine: (where: string, what: string, reason: string) => `${where}（${what}）未写入：${reason}`,
} as const;
