/**
 * Units of indicator targets and actuals (RULES §3: "Target and actual must share a unit after
 * normalising (百分比 → %)"). Only units in this list are recognised after a number; any other
 * text after a number is ignored, the same way for target and actual, so both sides agree.
 */

/** Longest first, so `人次` wins over `人` and `万元` over `元`. */
const KNOWN_UNITS: readonly string[] = [
  '百分比', '百分点', '个工作日', '工作日', '平方米', '平方公里', '立方米', '人次', '户次', '场次', '课时', '学时', '小时', '分钟',
  '个月', '公里', '千米', '万元', '万人', '千克', '公斤', '家次', '批次', '件次',
  '%', '‰', '元', '个', '人', '次', '件', '起', '项', '天', '日', '周', '辆', '户', '家', '篇', '期', '场', '份',
  '册', '条', '米', '亩', '吨', '台', '套', '所', '座', '本', '批', '名', '处', '间', '张', '部', '分', '年', '月',
  '宗', '例', '架', '艘', '株', '棵', '只', '头', '种', '类', '门', '节', '轮', '组', '支', '队', '块', '片',
];

/** The canonical spelling of a unit: 百分比 / ％ → %. Empty string means "no unit". */
export function normalizeUnit(unit: string): string {
  const u = unit.trim();
  if (u === '百分比' || u === '％') return '%';
  return u;
}

/** The recognised unit at the start of `text` (already half-width, no spaces), or ''. */
export function unitAtStart(text: string): string {
  for (const u of KNOWN_UNITS) if (text.startsWith(u)) return u;
  return '';
}
