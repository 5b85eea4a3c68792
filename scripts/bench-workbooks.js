'use strict';
/**
 * Generated workbooks for the benchmark: `sheets` project tables (national 项目支出绩效自评表 shape)
 * with `rows` indicator rows each. The same cells as an in-memory grid (engine timing) and as an
 * .xlsx authored by exceljs (a fresh file; exceljs never reads users' workbooks in the product).
 */
const LEVELS = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];

function tableRows(index, rows) {
  const out = [];
  out.push(['项目支出绩效自评表']);
  out.push(['项目名称', `测试项目${index + 1}`]);
  out.push(['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  out.push(['', '年度资金总额', 100 + index, 120 + index, 110.37 + index, 10, null, null]);
  out.push(['', '其中：当年财政拨款', 100 + index, 110 + index, 100.37 + index, null, null, null]);
  out.push(['', '上年结转资金', 0, 10, 10, null, null, null]);
  out.push(['', '其他资金', 0, 0, 0, null, null, null]);
  out.push(['年度总体目标', '预期目标', '', '', '实际完成情况']);
  out.push(['', '完成年度任务', '', '', '已完成']);
  out.push(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const w = 90 / rows;
  for (let r = 0; r < rows; r++) {
    const [l1, l2] = LEVELS[Math.floor((r * LEVELS.length) / rows)];
    const target = 40 + (r % 20);
    const actual = target - (r % 7);
    // Staff type the scores: most as the rule gives (分值 × actual ÷ target, 2 decimals — computed
    // here in integer hundredths so the generator needs no float rounding), every tenth row off by
    // 0.5 so the checker has real findings to report.
    const hundredths = Math.floor((w * 100 * actual * 2 + target) / (2 * target));
    const typed = (hundredths - (r % 10 === 0 ? 50 : 0)) / 100;
    out.push([l1, l2, `指标${r + 1}`, `≥${target}个`, `${actual}个`, w, typed, actual < target ? '受客观因素影响' : '']);
  }
  out.push(['总分', '', '', '', '', 100, null, '']); // 总分 left for recompute to fill
  return out;
}

/** The in-memory Workbook (src/core/grid/types.ts shape) of `sheets` tables × `rows` indicators. */
function benchWorkbookGrid(sheets, rows) {
  const list = [];
  for (let s = 0; s < sheets; s++) {
    const values = tableRows(s, rows);
    list.push({ name: `项目${s + 1}`, merges: [], cells: values.map((r) => r.map((v) => (v === null || v === '' ? undefined : { value: v }))) });
  }
  return { sheets: list };
}

async function writeBenchXlsx(file, sheets, rows) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (let s = 0; s < sheets; s++) {
    const ws = wb.addWorksheet(`项目${s + 1}`);
    for (const r of tableRows(s, rows)) ws.addRow(r.map((v) => (v === '' ? null : v))).commit();
    ws.commit();
  }
  await wb.commit();
}

module.exports = { benchWorkbookGrid, writeBenchXlsx, tableRows };
