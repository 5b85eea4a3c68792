/** Every Chinese text of the task pane (UI labels, messages). */
import type { Severity } from '../core/findings';
import { FINDINGS_SHEET, FINDINGS_TITLE } from '../core/output-sheets';

export const PANE = {
  appTitle: '绩效自评助手',
  buttons: {
    insertTemplate: '插入模板',
    recompute: '重新计算',
    check: '检查',
    report: '生成报告',
    mark: '标记到工作簿',
    undo: '撤销',
    apply: '应用',
    cancel: '取消',
    close: '关闭',
    replace: '覆盖',
    downloadDocx: '下载 Word 报告',
  },
  severity: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  filterAll: '全部',
  hostLabel: { excel: 'Excel', wps: 'WPS 表格', preview: '浏览器预览（示例工作簿）' },
  progress: {
    reading: '正在读取工作簿…',
    analysing: '正在分析…',
    writing: '正在写入单元格…',
    verifying: '正在核对单元格是否有变动…',
    template: '正在插入模板…',
    report: '正在生成报告…',
    marking: '正在标记…',
    loading: '正在加载…',
  },
  empty: {
    notChecked: '点击“检查”查看本工作簿的问题。',
    noFindings: '没有发现问题。',
    noneOfSeverity: '此类别下没有问题。',
  },
  summary: (total: number) => `共 ${total} 条检查结果`,
  findingCell: (sheet: string, cell: string) => `${sheet}!${cell}`,
  selectCellTitle: (ref: string) => `选中单元格 ${ref}`,
  recompute: {
    title: '重新计算：将修改以下单元格',
    none: '所有计算结果均已正确，无需修改。',
    columns: { cell: '单元格', before: '原值', after: '新值' },
    count: (n: number) => `共 ${n} 个单元格`,
    more: (next: number, rest: number) => `再显示 ${next} 项（还有 ${rest} 项未列出；“应用”会写入全部）`,
    applied: (n: number) => `已写入 ${n} 个单元格。可点击“撤销”恢复原值（Excel 自身的撤销对加载项写入无效）。`,
    undone: (n: number) => `已恢复 ${n} 个单元格的原值。`,
    stale: (cells: string) => `自预览以来以下单元格已被修改，未写入任何内容，请重新点击“重新计算”：${cells}`,
    blank: '（空）',
  },
  template: {
    confirmTitle: '覆盖已有工作表？',
    confirmBody: (names: string) => `工作簿中已有工作表“${names}”。插入模板将清空并重写这些工作表，已填写的内容会丢失。`,
    done: (names: string) => `已插入模板工作表：${names}`,
  },
  report: {
    done: (sheet: string) => `已生成报告工作表“${sheet}”，并准备好 Word 文档。`,
    docxName: '部门整体支出绩效自评报告.docx',
  },
  mark: {
    done: (cells: number, notes: boolean) =>
      notes ? `已在 ${cells} 个单元格标记颜色和批注，并写入“检查结果”工作表。` : `已在 ${cells} 个单元格标记颜色，并写入“检查结果”工作表（此版本 Excel 不支持批注）。`,
    needCheck: '请先点击“检查”。',
  },
  findingsSheet: {
    // What recognition knows as jixiao's own output (core/output-sheets.ts): never re-read as input.
    name: FINDINGS_SHEET,
    title: FINDINGS_TITLE,
    headers: ['序号', '级别', '规则', '规则名称', '工作表', '单元格', '说明'],
    none: '未发现问题。',
  },
  errors: {
    titleDefault: '操作失败',
    cause: (text: string) => `原因：${text}`,
    reportMissing: '报告模块尚未安装，无法生成报告',
    wpsMissing: 'WPS 模块尚未安装',
    sampleMissing: '示例工作簿未随加载项打包',
    unknown: '未知错误',
  },
  preview: {
    title: '示例工作簿',
    note: '未检测到 Excel 或 WPS：加载项正在浏览器中运行，操作的是内置示例工作簿。',
    truncated: (rows: number, cols: number) => `仅显示前 ${rows} 行、${cols} 列`,
    hiddenSheets: (names: string) => `隐藏工作表（加载项设置，不显示标签）：${names}`,
  },
} as const;
