/**
 * Which rule set a workbook's layout suggests (issue 12 point 8): a recognised provincial layout
 * proposes its profile; the pane shows the proposal beside the switch, the person decides. Never
 * applied silently. Pure.
 */
import type { EvaluationTable } from '../model';
import { SICHUAN_PROFILE, type ScoringProfile } from './profile';

export interface ProfileProposal {
  readonly profile: ScoringProfile;
  /** Why, in Chinese, naming the table. */
  readonly reason: string;
  readonly sheet: string;
}

export const PROPOSE_TEXT = {
  sichuan: (sheet: string) => `“${sheet}”是四川省项目支出绩效自评表的格式（资金来源分财政资金、单位资金，指标列有指标性质、度量单位），建议使用评分规则集“${SICHUAN_PROFILE.name}”`,
} as const;

/** Sichuan 510000_0013zp: funds by 财政资金 / 单位资金, indicators with 指标性质 and 度量单位 columns. */
function isSichuan(t: EvaluationTable): boolean {
  const roles = new Set((t.funds?.rows ?? []).map((r) => r.role));
  const fundsSign = roles.has('fiscalFunds') && roles.has('unitFunds');
  const rows = t.indicators?.rows ?? [];
  const indicatorSign = rows.some((r) => r.nature !== undefined) && rows.some((r) => r.unit !== undefined);
  return t.kind === 'project' && fundsSign && indicatorSign;
}

/** The profile the first recognised provincial table proposes, unless it is already in force. */
export function proposeProfile(tables: readonly EvaluationTable[], current: ScoringProfile): ProfileProposal | undefined {
  for (const t of tables) {
    if (isSichuan(t) && current.id !== SICHUAN_PROFILE.id) return { profile: SICHUAN_PROFILE, reason: PROPOSE_TEXT.sichuan(t.sheet), sheet: t.sheet };
  }
  return undefined;
}
