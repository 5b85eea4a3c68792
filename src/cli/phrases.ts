/** Chinese text of the command line. */
export const CLI_TEXT = {
  usage: `用法：jixiao <命令> [参数]

命令：
  template -o 文件.xlsx                 生成标准《部门整体支出绩效自评表》模板
  check 文件|目录… [--json] [--report 草稿.docx|.txt] [--profile national|名称|规则.json]
                                        检查自评表（目录表示其中及子目录中所有 .xlsx 和 .docx 文件）；
                                        Word 报告（.docx）：检查其中的表格，并核对正文与表格是否一致
  check 目录|文件… --summary 汇总.xlsx [--units 名单.xlsx|.txt] [--jobs N] [--timeout 秒]
        [--return-letters 目录] [--json]
                                        财政局批量检查：多核并行，生成汇总表（汇总、问题清单、说明）；
                                        目录含子目录；--units 列出未报送和名单外的单位；
                                        --return-letters 为每个有错误的单位生成退回意见（.docx）
  recompute 文件.xlsx -o 输出.xlsx       重新计算执行率、占比、得分、总分、等级并写入新文件
  report 文件.xlsx -o 输出.docx [--draft] 生成自评报告（Word，GB/T 9704 版式）；缺少的内容列在标准错误输出，
                                        --draft 在正文中以【请在…填写…】标出
  report 文件.xlsx --sheet -o 输出.xlsx  把自评报告写入新工作表“自评报告”
  demo                                  用内置样例演示以上全部功能（输出到 out/）

退出码：0 无错误；1 存在“错误”级别的检查结果；2 用法错误或文件无法读取。
（使用 --summary 时：2 仅表示用法错误或汇总表无法写入；有文件无法读取或有错误时为 1。）`,
  unknownCommand: (c: string) => `未知命令“${c}”。`,
  missingOutput: (c: string) => `“${c}”需要用 -o 指定输出文件。`,
  missingInput: (c: string) => `“${c}”需要指定一个输入文件。`,
  unknownOption: (o: string) => `未知参数“${o}”。`,
  sameFile: (f: string) => `输出文件不能与输入文件相同：${f}（不会覆盖原文件）。`,
  noXlsxInDir: (d: string) => `目录“${d}”中没有 .xlsx 或 .docx 文件。`,
  docxMissing: (f: string) => `找不到文件“${f}”，请检查路径是否正确。`,
  docxNoTable: (file: string) => `${file} 文档中没有识别出自评表，只核对了正文的标题序号和列举数量；正文数字无表可对，未核对。`,
  docxTable: (file: string, sheet: string, heading: string) => `${file} ${sheet}（${heading}）`,
  unknownProfile: (p: string) => `未知的评分规则集“${p}”：可用 national、sichuan、platform-caps，或一个 .json 文件。`,
  badProfileFile: (p: string, why: string) => `评分规则集文件“${p}”无法读取：${why}`,
  recomputeNone: '无需修改：所有输出单元格已是正确的值。',
  recomputeWrote: (n: number, f: string) => `已写入 ${n} 个单元格到 ${f}（原文件未改动）。`,
  templateWrote: (f: string) => `已生成模板：${f}`,
  reportWrote: (f: string) => `已生成自评报告：${f}`,
  reportDraftWrote: (f: string) => `已生成自评报告草稿：${f}（缺少的内容以【】标出）`,
  reportGaps: (n: number) => `报告中还有 ${n} 处需要补充（相关语句未写入正文）：`,
  reportGapsDraft: (n: number) => `报告中还有 ${n} 处需要补充（正文中以【】标出）：`,
  reportGap: (sheet: string, cell: string | undefined, what: string) => `  ${sheet}${cell ? `!${cell}` : ''}：${what}`,
  noTable: (f: string) => `${f}：未识别到自评表，无法生成报告。`,
  demoHeading: (s: string) => `\n== ${s} ==`,
  demoDone: (d: string) => `\n演示完成，输出在 ${d}/ 目录。`,
  findingsSummary: (e: number, w: number, i: number) => `共 ${e} 个错误、${w} 个警告、${i} 条提示。`,
  profileInForce: (name: string) => `评分规则集：${name}。`,
  blank: '（空）',
  missingValue: (flag: string) => `参数“${flag}”后面需要一个值。`,
  badJobs: (v: string) => `--jobs 应为 1 至 256 的整数，而不是“${v}”。`,
  badTimeout: (v: string) => `--timeout 应为大于 0 的秒数，而不是“${v}”。`,
  batchOnly: '--units、--jobs、--timeout 只能与 check 的 --summary 或 --return-letters 一起使用。',
  batchNoReport: '--summary / --return-letters 不能与 --report 一起使用。',
} as const;
