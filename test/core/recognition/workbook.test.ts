import { recogniseWorkbook, RECOGNITION_PHRASES } from '../../../src/core/recognition';
import { buildSheet, BLANK, n, numField, txt } from './helpers';
import { HUNAN_MERGES, HUNAN_SHEET, hunanEntries } from './hunan.fixture';

describe('sheets without a table, supporting sheets, unknown columns', () => {
  it('a sheet with no table yields one M01 note; 基本情况 and 收支明细 yield none', () => {
    const other = buildSheet('说明', { A1: '填表说明', A2: '请按要求填写' }, []);
    const basic = buildSheet('基本情况', {
      A1: '基本情况',
      A2: '部门名称', B2: '岳阳市信访局',
      A3: '年度', B3: 2024,
      A4: '在职人数', B4: 28,
      A5: '退休人数', B5: '11人',
      A6: '公务车辆编制', B6: null,
      A7: '上年结转结余（非财政拨款）', B7: 59.28,
      A8: '存在的问题及原因分析', B8: '预算编制能力有待提升',
    }, []);
    const detail = buildSheet('收支明细', {
      A1: '项目支出明细（万元）',
      A2: '序号', B2: '项目名称', C2: '年初预算', D2: '本年追加', E2: '上年结转结余', F2: '全年执行数',
      A3: 1, B3: '信访专项', C3: 50, D3: '20.5', E3: null, F3: 70.5,
      A4: 2, B4: null, C4: null, D4: null, E4: null, F4: null,
      B5: '合计', C5: 103.59, D5: 272.64, E5: 16.25, F5: 376.23,
      A6: '专项个数', B6: 11,
    }, []);
    const result = recogniseWorkbook({ sheets: [other, basic, detail] });
    expect(result.tables).toEqual([]);
    expect(result.notes).toEqual([{ sheet: '说明', message: '未在工作表“说明”中识别到自评表，已跳过' }]);
    const B = '基本情况';
    expect(result.basicInfo).toEqual({
      sheet: B,
      departmentName: txt(B, 'B2', '岳阳市信访局'),
      year: txt(B, 'B3', 2024, '2024'),
      staffActive: numField(B, 'B4', 28, n('28', 0)),
      staffRetired: numField(B, 'B5', '11人', n('11', 0, { fromText: true })),
      vehicles: numField(B, 'B6', null, BLANK),
      problems: txt(B, 'B8', '预算编制能力有待提升'),
      other: { '上年结转结余(非财政拨款)': txt(B, 'B7', 59.28, '59.28') },
    });
    const D = '收支明细';
    expect(result.spendingDetail).toEqual({
      sheet: D,
      unit: 'wan',
      projects: [
        {
          name: txt(D, 'B3', '信访专项'),
          initialBudget: numField(D, 'C3', 50, n('50', 0)),
          supplement: numField(D, 'D3', '20.5', n('20.5', 1, { fromText: true })),
          carryover: numField(D, 'E3', null, BLANK),
          executed: numField(D, 'F3', 70.5, n('70.5', 1)),
        },
      ],
      totals: {
        initialBudget: numField(D, 'C5', 103.59, n('103.59', 2)),
        supplement: numField(D, 'D5', 272.64, n('272.64', 2)),
        carryover: numField(D, 'E5', 16.25, n('16.25', 2)),
        executed: numField(D, 'F5', 376.23, n('376.23', 2)),
      },
      projectCount: numField(D, 'B6', 11, n('11', 0)),
    });
  });

  it('an unknown header column (序号) is an M01 note; the vertical block label is ignored silently', () => {
    const e = hunanEntries();
    e.J12 = '指标\n解释';
    const result = recogniseWorkbook({ sheets: [buildSheet(HUNAN_SHEET, e, HUNAN_MERGES)] });
    expect(result.notes).toEqual([{ sheet: HUNAN_SHEET, address: 'J12', message: RECOGNITION_PHRASES.columnIgnored('指标解释') }]);
    expect(result.notes[0].message).toBe('未识别“指标解释”列，已忽略');
    expect(result.tables[0].indicators?.columns).toEqual({ level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 });
  });

  it('a funds row with amounts but an unknown label is an M01 note, not a guessed role', () => {
    const sheet = buildSheet('表', {
      A1: '资金类别', B1: '年初预算数', C1: '全年预算数', D1: '全年执行数',
      A2: '年度资金总额', B2: 10, C2: 10, D2: 9,
      A3: '其中：专项债券', B3: 5, C3: 5, D3: 5,
      A4: '项目支出', B4: 5, C4: 5, D4: 4,
    }, []);
    const result = recogniseWorkbook({ sheets: [sheet] });
    expect(result.notes).toEqual([{ sheet: '表', address: 'A3', message: '未识别“其中：专项债券”行，已忽略' }]);
    const funds = result.tables[0].funds!;
    expect(funds.rows.map((r) => [r.role, r.group, r.label.cell.address])).toEqual([
      ['total', 'total', 'A2'],
      ['projectSpending', 'expenditure', 'A4'],
    ]);
    expect(result.tables[0].layout).toBe('generic');
    expect(result.tables[0].range).toEqual({ top: 0, left: 0, bottom: 3, right: 3 });
  });

  it('a 自评等级 label takes the next real cell to its right when the table has no score column right of it', () => {
    const e = hunanEntries();
    e.B24 = '自评等级';
    e.C24 = '优';
    const result = recogniseWorkbook({ sheets: [buildSheet(HUNAN_SHEET, e, HUNAN_MERGES)] });
    expect(result.tables[0].grade).toEqual(txt(HUNAN_SHEET, 'C24', '优'));
    expect(result.tables[0].range).toEqual({ top: 0, left: 0, bottom: 23, right: 8 });
  });
});
