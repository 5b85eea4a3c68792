/** Chinese texts of the 识别映射 view (the table mapping the user checks, corrects and saves). */
import type { TableKind } from '../../../core/model';

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export const MAPPING_PANE = {
  tabs: { findings: '检查结果', mapping: '识别映射' },
  intro: '以下是加载项在工作簿中识别到的表格及每一列的含义。请核对，必要时修改列的角色或手工指定区域，然后点击“确认并保存”；保存的映射存放在隐藏工作表中，下次检查（包括命令行）直接沿用。',
  notChecked: '尚未读取工作簿：点击“检查”或切换到此页时自动识别。',
  noTables: '未在工作簿中识别到自评表。请确认表头包含“年初预算数”“三级指标”“分值”“得分”等列名。',
  buttons: { save: '确认并保存', reset: '恢复自动识别' },
  saveTitle: '确认并保存识别映射',
  resetTitle: '恢复自动识别',
  kind: { department: '部门整体', project: '项目支出' } satisfies Record<TableKind, string>,
  kindUnknown: '未知类型',
  level: { high: '高', medium: '中', low: '低' } satisfies Record<ConfidenceLevel, string>,
  tableHeading: (n: number, sheet: string) => `表 ${n}：工作表“${sheet}”`,
  tableRange: (range: string) => `区域 ${range}`,
  confidence: (level: string, value: number) => `置信度 ${level}（${value}）`,
  confirmed: '已确认',
  unconfirmed: '待确认',
  lowGuess: '需核对',
  headerRows: (top: number, bottom: number) => (top === bottom ? `表头：第 ${top} 行` : `表头：第 ${top}–${bottom} 行`),
  columns: { col: '列', header: '表头', role: '角色', confidence: '置信度' },
  blankHeader: '（无表头）',
  rangeLabel: '区域（可手工指定，如 A5:I19）',
  rangeHint: '区域须包含表头行；最后一行即表格末行。',
  rangeUser: '手工指定',
  dirty: '有未保存的修改。',
  problemsTitle: '请先修正以下问题再保存：',
  saved: (tables: number) => `已保存 ${tables} 个表格的识别映射（隐藏工作表“_jixiao_mapping”），检查结果已按确认的映射更新。`,
  reset: '已清除保存的识别映射，检查结果已按自动识别更新。',
  nothingToReset: '工作簿中没有保存的识别映射，当前即为自动识别结果。',
  progress: { saving: '正在保存识别映射…', resetting: '正在清除保存的识别映射…' },
  errors: {
    rangeEmpty: '请输入区域，如 A5:I19',
    rangeSyntax: (text: string) => `“${text}”不是有效的区域，请输入如 A5:I19 的区域（左上角单元格:右下角单元格）`,
    rangeTooBig: (text: string) => `“${text}”超出工作表范围（最多 1048576 行、XFD 列）`,
    rangeMissesHeader: (range: string, header: string) => `区域 ${range} 未完整包含表头（${header}）且其下至少一行数据`,
    rangeMissesColumn: (range: string, col: string, role: string) => `列 ${col}（${role}）在区域 ${range} 之外：请扩大区域，或先把该列设为“忽略此列”`,
    rangeOverlaps: (range: string, row: number, block: string) => `区域 ${range} 延伸到了下方“${block}”的表头（第 ${row} 行），请在其上一行结束`,
    duplicateRole: (block: string, role: string, cols: string) => `${block}：角色“${role}”同时指定给了 ${cols} 列，请只保留一列`,
  },
} as const;
