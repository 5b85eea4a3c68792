/** Every Chinese text of the bureau's batch page (dist/batch.html). */
import type { Severity } from '../core/findings';

export const PAGE = {
  title: '自评表批量检查',
  intro:
    '把各单位报送的绩效自评表（.xlsx）所在的文件夹拖到下面的框里，或点击“选择文件夹”“选择文件”。' +
    '文件夹里的子文件夹也会一并检查。',
  privacy: '所有文件只在本机浏览器中检查，不会上传到任何地方，断网也能使用。',
  dropHint: '将文件夹或多个 .xlsx 文件拖到这里',
  pickFolder: '选择文件夹',
  pickFiles: '选择文件',
  stop: '停止检查',
  download: '下载汇总表',
  summaryName: '汇总.xlsx',
  reading: '正在读取文件夹…',
  noWorkbooks: '所选内容中没有 .xlsx 工作簿（也没有 .xls / .et 文件）。',
  progress: (done: number, total: number) => `已检查 ${done} / ${total} 个文件`,
  stopped: (done: number, total: number) => `已停止：检查了 ${done} / ${total} 个文件。汇总表只含已检查的文件。`,
  totals: (t: { files: number; errors: number; warnings: number; clean: number; unreadable: number }) =>
    `共 ${t.files} 个文件：需退回修改（有错误）${t.errors} 个，需核实（仅有警告）${t.warnings} 个，` +
    `未发现问题 ${t.clean} 个，无法读取 ${t.unreadable} 个。`,
  building: '正在生成汇总表…',
  summaryFailed: (why: string) => `汇总表未能生成：${why}`,
  busy: '正在检查，请等当前这批检查完或先点“停止检查”。',
  status: { unreadable: '无法读取', error: '需退回', warning: '需核实', clean: '无问题' },
  columns: {
    status: '结论',
    file: '文件',
    unit: '单位',
    kind: '类型',
    statedTotal: '表中总分',
    computedTotal: '核算总分',
    statedGrade: '表中等级',
    computedGrade: '核算等级',
    rate: '执行率',
    error: '错误',
    warning: '警告',
    info: '提示',
    first: '首要问题',
    note: '备注',
  },
  sortHint: '点击列名排序，点击一行查看该文件的全部问题。',
  unitFromFileName: '（取自文件名）',
  details: (file: string) => `${file} 的检查结果`,
  detailColumns: { sheet: '工作表', cell: '单元格', severity: '级别', rule: '规则', message: '说明' },
  noFindings: '未发现问题。',
  unreadableReason: '无法读取的原因：',
  severity: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  totalNotComputed: (why: string) => `未核算总分：${why}`,
  gradeNotComputed: (why: string) => `未核定等级：${why}`,
} as const;
