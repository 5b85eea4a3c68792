import { CELL_STYLES, type SheetLayout } from '../../../src/core/grid/layout';
import { rangeToA1, toA1, fromA1 } from '../../../src/core/grid/a1';
import {
  templateInputCells,
  templateLayouts,
  templateOutputCells,
  TEMPLATE_SHEET_NAMES,
} from '../../../src/core/template/definition';
import {
  BASIC_INFO_FIELDS,
  basicInfoCell,
  SPENDING_COUNT_ROW,
  SPENDING_TOTAL_ROW,
  TEMPLATE_SHARES,
} from '../../../src/core/template/cells';

const [evaluation, basicInfo, spendingDetail] = templateLayouts();

function cellAt(layout: SheetLayout, address: string) {
  const { row, col } = fromA1(address);
  return layout.cells.find((c) => c.row === row && c.col === col);
}

/** Every address in A1 range notation 'C4:E5' → C4 D4 E4 C5 D5 E5. */
function expand(ref: string): string[] {
  const [a, b = a] = ref.split(':');
  const p = fromA1(a);
  const q = fromA1(b);
  const out: string[] = [];
  for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) out.push(toA1(r, c));
  return out;
}

describe('template sheets', () => {
  it('has 自评表, 基本情况, 收支明细 in that order', () => {
    expect(templateLayouts().map((l) => l.name)).toEqual(['自评表', '基本情况', '收支明细']);
    expect(TEMPLATE_SHEET_NAMES).toEqual({ evaluation: '自评表', basicInfo: '基本情况', spendingDetail: '收支明细' });
  });

  it.each(templateLayouts().map((l) => [l.name, l] as const))('%s: A4 print, widths, no cell twice, merges disjoint', (_n, layout) => {
    // The official form's print setup (issue 12 point 10): A4 portrait, one page wide, centred, the
    // whole form as print area, the title rows repeated on every page.
    const bottom = Math.max(...layout.cells.map((c) => c.row));
    const right = Math.max(...layout.cells.map((c) => c.col));
    const titleRows = { 自评表: { top: 0, bottom: 1 }, 基本情况: { top: 0, bottom: 0 }, 收支明细: { top: 0, bottom: 1 } }[layout.name as '自评表'];
    expect(layout.print).toEqual({ paper: 'A4', orientation: 'portrait', fitToWidth: true, centerHorizontally: true, printArea: { top: 0, left: 0, bottom, right }, titleRows });
    expect(layout.columnWidths.every((w) => w > 0)).toBe(true);
    const keys = layout.cells.map((c) => `${c.row},${c.col}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 0; i < layout.merges.length; i++)
      for (let j = i + 1; j < layout.merges.length; j++) {
        const a = layout.merges[i];
        const b = layout.merges[j];
        const overlap = a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
        expect(overlap).toBe(false);
      }
  });

  it.each(templateLayouts().map((l) => [l.name, l] as const))('%s: every cell of a merge is styled like its top-left and holds no value', (_n, layout) => {
    for (const m of layout.merges) {
      const master = layout.cells.find((c) => c.row === m.top && c.col === m.left)!;
      expect(master).toBeDefined();
      for (const a of expand(rangeToA1(m))) {
        const c = cellAt(layout, a);
        expect(c?.style).toBe(master.style);
        if (a !== toA1(m.top, m.left)) expect(c?.value).toBeNull();
      }
    }
  });
});

describe('自评表 (docs/TEMPLATE.md)', () => {
  it('has exactly the merges of the doc', () => {
    const expected = [
      'A1:I1', 'A2:B2', 'C2:F2', 'H2:I2', 'A3:A12', 'A13:A14', 'B13:E13', 'F13:I13', 'B14:E14', 'F14:I14', 'H15:I15',
      'A16:A20', 'H16:I16', 'H17:I17', 'B18:B19', 'H18:I18', 'H19:I19', 'H20:I20', 'A21:A24', 'H21:I21', 'H22:I22',
      'H23:I23', 'H24:I24', 'H25:I25', 'A26:E26', 'H26:I26', 'A27:E27', 'H27:I27',
      // the signature line under the form
      'A29:C29', 'D29:F29', 'G29:I29',
    ];
    expect(evaluation.merges.map(rangeToA1).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['A1', '部门整体支出绩效自评表'],
    ['A2', '预算部门名称'],
    ['G2', '金额单位'],
    ['H2', '万元'],
    ['A3', '年度预算申请（万元）'],
    ['B3', '资金类别'],
    ['C3', '年初预算数'],
    ['D3', '全年预算数'],
    ['E3', '全年执行数'],
    ['F3', '分值'],
    ['G3', '执行率'],
    ['H3', '得分'],
    ['I3', '占比'],
    ['B4', '年度资金总额'],
    ['F4', 10],
    ['B5', '其中：一般公共预算'],
    ['B6', '政府性基金拨款'],
    ['B7', '纳入专户管理的非税收入拨款'],
    ['B8', '其他资金'],
    ['B9', '基本支出'],
    ['B10', '其中：人员经费'],
    ['B11', '公用经费'],
    ['B12', '项目支出'],
    ['A13', '年度总体目标'],
    ['B13', '预期目标'],
    ['F13', '实际完成情况'],
    ['A15', '一级指标'],
    ['B15', '二级指标'],
    ['C15', '三级指标'],
    ['D15', '年度指标值'],
    ['E15', '实际完成值'],
    ['F15', '分值'],
    ['G15', '得分'],
    ['H15', '偏差原因分析及改进措施'],
    ['A16', '产出指标'],
    ['A21', '效益指标'],
    ['A25', '满意度指标'],
    ['B16', '数量指标'],
    ['B17', '质量指标'],
    ['B18', '时效指标'],
    ['B20', '成本指标'],
    ['B21', '经济效益指标'],
    ['B22', '社会效益指标'],
    ['B23', '生态效益指标'],
    ['B24', '可持续影响指标'],
    ['B25', '服务对象满意度指标'],
    ['A26', '总分（含预算执行得分）'],
    ['F26', 100],
    ['A27', '自评等级'],
    ['H27', '优≥90，良≥80，中≥60，差<60'],
  ])('%s holds %p', (address, value) => {
    expect(cellAt(evaluation, address)?.value).toBe(value);
  });

  it('lists the output cells of the doc: 执行率 G4–G12, 资金得分 H4, 占比 I5–I12, 得分 G16–G25, 总分 G26, 等级 G27', () => {
    const expected = [
      ...expand('G4:G12'), 'H4', ...expand('I5:I12'), ...expand('G16:G25'), 'G26', 'G27',
    ];
    expect([...templateOutputCells()].sort()).toEqual([...expected].sort());
  });

  it('lists the input cells of the doc (merged inputs by their top-left cell)', () => {
    const expected = [
      'C2', 'H2', 'F4', ...expand('C4:E12'), 'B14', 'F14', ...expand('C16:F25'), ...expand('H16:H25'), 'F26',
    ];
    expect([...templateInputCells()].sort()).toEqual([...new Set(expected)].sort());
  });

  it('shows rates and shares as 0.00%, amounts and scores as 0.00', () => {
    for (const a of [...expand('G4:G12'), ...expand('I5:I12')]) expect(CELL_STYLES[cellAt(evaluation, a)!.style!].numFmt).toBe('0.00%');
    for (const a of ['H4', ...expand('G16:G26'), ...expand('C4:E12')]) expect(CELL_STYLES[cellAt(evaluation, a)!.style!].numFmt).toBe('0.00');
  });

  it('makes inputs and outputs visibly distinct and locks only outputs/labels', () => {
    const input = CELL_STYLES[cellAt(evaluation, 'C4')!.style!];
    const output = CELL_STYLES[cellAt(evaluation, 'G4')!.style!];
    const label = CELL_STYLES[cellAt(evaluation, 'B4')!.style!];
    expect(input.fill).toBeDefined();
    expect(output.fill).toBeDefined();
    expect(input.fill).not.toBe(output.fill);
    expect(label.fill).toBeUndefined();
    expect(input.locked).toBe(false);
    expect(output.locked).toBe(true);
    expect(label.locked).toBe(true);
  });

  it('uses 宋体 11 with borders for every table cell below the title', () => {
    for (const c of evaluation.cells.filter((x) => x.row > 0 && x.row < 28)) {
      const s = CELL_STYLES[c.style!];
      expect([s.font, s.size, s.border]).toEqual(['宋体', 11, true]);
    }
    expect(CELL_STYLES[cellAt(evaluation, 'A1')!.style!].font).toBe('宋体');
  });

  it('ends with the signature line 单位（盖章） / 填报人 / 填报日期 (row 29, unbordered, after a spacer row)', () => {
    expect(['A29', 'D29', 'G29'].map((a) => cellAt(evaluation, a)?.value)).toEqual(['单位（盖章）：', '填报人：', '填报日期：　　年　　月　　日']);
    expect(evaluation.cells.filter((c) => c.row === 27)).toEqual([]);
    expect(CELL_STYLES[cellAt(evaluation, 'A29')!.style!].border).toBeUndefined();
  });

  it('relates each 占比 to the denominator the doc gives (E ÷ E4 or E ÷ E9)', () => {
    expect(TEMPLATE_SHARES.map((s) => `${s.cell}=${s.part}/${s.whole}`)).toEqual([
      'I5=generalBudget/total',
      'I6=governmentFunds/total',
      'I7=specialAccount/total',
      'I8=otherFunds/total',
      'I9=basicSpending/total',
      'I10=personnelCosts/basicSpending',
      'I11=operatingCosts/basicSpending',
      'I12=projectSpending/total',
    ]);
    for (const s of TEMPLATE_SHARES) expect(templateOutputCells()).toContain(s.cell);
  });
});

describe('基本情况', () => {
  it('has the title and the labels of the doc from row 2, inputs in B', () => {
    expect(cellAt(basicInfo, 'A1')?.value).toBe('基本情况');
    const labels = [
      '部门名称', '年度', '主要职责', '内设机构', '在职人数', '退休人数', '公务车辆编制', '政府性基金预算支出',
      '国有资本经营预算支出', '社会保险基金预算支出', '上年结转结余（非财政拨款）', '绩效情况概述', '存在的问题及原因分析',
      '下一步改进措施', '自评结果拟应用和公开情况',
    ];
    labels.forEach((label, i) => {
      expect(cellAt(basicInfo, `A${i + 2}`)?.value).toBe(label);
      expect(cellAt(basicInfo, `B${i + 2}`)?.style).toBe('input');
    });
    expect(BASIC_INFO_FIELDS.map((f) => f.label)).toEqual(labels);
    expect(templateInputCells('基本情况')).toEqual(labels.map((_l, i) => `B${i + 2}`));
    expect(basicInfoCell('duties')).toBe('B4');
    expect(basicInfoCell('disclosure')).toBe('B16');
  });

  it('wraps the long answers (wide B, tall rows)', () => {
    expect(basicInfo.columnWidths[1]).toBeGreaterThanOrEqual(60);
    expect(CELL_STYLES.input.wrap).toBe(true);
    expect(basicInfo.rowHeights?.[3]).toBeGreaterThan(100);
  });
});

describe('收支明细', () => {
  it('has title, headers, blank detail rows, 合计 and 专项个数', () => {
    expect(cellAt(spendingDetail, 'A1')?.value).toBe('项目支出明细（万元）');
    expect(['A2', 'B2', 'C2', 'D2', 'E2', 'F2'].map((a) => cellAt(spendingDetail, a)?.value)).toEqual([
      '序号', '项目名称', '年初预算', '本年追加', '上年结转结余', '全年执行数',
    ]);
    expect(cellAt(spendingDetail, 'B3')?.style).toBe('input');
    expect(cellAt(spendingDetail, 'C3')?.style).toBe('inputNumber');
    expect(SPENDING_COUNT_ROW).toBe(SPENDING_TOTAL_ROW + 1);
    expect(cellAt(spendingDetail, `A${SPENDING_TOTAL_ROW}`)?.value).toBe('合计');
    for (const c of 'CDEF') expect(cellAt(spendingDetail, `${c}${SPENDING_TOTAL_ROW}`)?.style).toBe('inputNumber');
    expect(cellAt(spendingDetail, `A${SPENDING_COUNT_ROW}`)?.value).toBe('专项个数');
    expect(cellAt(spendingDetail, `B${SPENDING_COUNT_ROW}`)?.style).toBe('input');
    // No detail cell holds a value in the blank template.
    for (const c of spendingDetail.cells.filter((x) => x.row >= 2 && x.row < SPENDING_TOTAL_ROW - 1)) expect(c.value).toBeNull();
  });

  it('returns no input cells for a sheet the template does not have', () => {
    expect(templateInputCells('检查结果')).toEqual([]);
  });
});
