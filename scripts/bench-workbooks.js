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
  // Varied like a real department's tables (not one value repeated 10,000 times, which would let
  // any cache flatter the figures): 分值 cycle around their mean and total 90 exactly, targets and
  // actuals (one decimal) differ by row and by sheet. All generated in integer tenths/hundredths,
  // so the generator needs no float rounding.
  const weights = weightTenths(rows);
  for (let r = 0; r < rows; r++) {
    const [l1, l2] = LEVELS[Math.floor((r * LEVELS.length) / rows)];
    const t = 400 + ((r * 37 + index * 11) % 600); // target, tenths: 40.0 – 99.9
    const a = t - ((r * 13 + index * 7) % 60); // actual, tenths: up to 5.9 below the target
    const wt = weights[r]; // 分值, tenths
    // Staff type the scores: most as the rule gives (分值 × actual ÷ target, rounded half-up to
    // 2 decimals, in integer hundredths), every tenth row off by 0.5 so the checker has findings.
    const hundredths = Math.floor((2 * wt * 10 * a + t) / (2 * t));
    const typed = (hundredths - (r % 10 === 0 ? 50 : 0)) / 100;
    out.push([l1, l2, `指标${r + 1}`, `≥${t / 10}个`, `${a / 10}个`, wt / 10, typed, a < t ? '受客观因素影响' : '']);
  }
  out.push(['总分', '', '', '', '', 100, null, '']); // 总分 left for recompute to fill
  return out;
}

/** 分值 of `rows` indicators in tenths, cycling below/at/above their mean, summing to exactly 900 (90 points). */
function weightTenths(rows) {
  const base = Math.floor(900 / rows);
  const step = Math.floor(base / 3);
  const out = [];
  let sum = 0;
  for (let r = 0; r < rows - 1; r++) {
    const w = Math.max(1, base + ((r % 3) - 1) * step);
    out.push(w);
    sum += w;
  }
  out.push(900 - sum);
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
