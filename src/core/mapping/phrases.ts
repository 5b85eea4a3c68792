/** Chinese texts of the mapping: role names (pane choices) and the settings sheet's note. */
import type { MappedRole } from './types';

type RoleNames = Readonly<Partial<Record<MappedRole, string>>>;

export const MAPPING_PHRASES = {
  sheetNote: '此隐藏工作表保存“绩效自评”加载项确认过的表格识别映射，请勿手工修改',
  roles: {
    funds: {
      label: '资金类别（行标签）',
      initialBudget: '年初预算数',
      adjustedBudget: '全年预算数（调整后）',
      executed: '全年执行数',
      weight: '分值（权重）',
      executionRate: '执行率',
      score: '得分',
      share: '占比',
      reason: '原因',
      method: '评分方法',
    } as RoleNames,
    indicators: {
      level1: '一级指标',
      level2: '二级指标',
      name: '三级指标',
      nature: '指标性质',
      target: '年度指标值',
      unit: '度量单位',
      actual: '实际完成值',
      weight: '分值（权重）',
      score: '得分',
      scoreCoefficient: '得分系数',
      reason: '偏差原因',
      method: '评分标准（得分计算方法）',
    } as RoleNames,
    common: { serial: '序号（不参与检查）', ignore: '忽略此列' } as RoleNames,
  },
  blockName: { funds: '资金（预算执行情况）', indicators: '绩效指标' },
} as const;
